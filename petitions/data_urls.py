"""Public data for press and partners, without a language prefix (issue: press data)."""

from django.urls import path

from . import data_views

urlpatterns = [
    path("petitions/totals.json", data_views.all_totals, name="data-all-totals"),
    path("petitions/<slug:slug>/totals.json", data_views.totals, name="data-totals"),
    path("petitions/<slug:slug>/by-country.csv", data_views.by_country_csv, name="data-by-country"),
    path("petitions/<slug:slug>/by-day.csv", data_views.by_day_csv, name="data-by-day"),
    path("embed/<slug:slug>/", data_views.embed, name="embed"),
]
