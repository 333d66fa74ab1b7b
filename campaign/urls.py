from django.urls import path

from . import press, views

app_name = "campaign"
urlpatterns = [
    path("", views.home, name="home"),
    path("endorsers/", views.endorsers, name="endorsers"),
    path("endorse/", views.endorse, name="endorse"),
    path("endorse/thanks/", views.endorse_thanks, name="endorse_thanks"),
    path("privacy/", views.page, {"slug": "privacy"}, name="privacy"),
    path("about/", views.page, {"slug": "about"}, name="about"),
    path("press/", press.press, name="press"),
]
