from django.urls import path

from . import views

app_name = "petitions"
urlpatterns = [
    path("petitions/<slug:slug>/", views.detail, name="detail"),
    path("petitions/<slug:slug>/sign/", views.sign, name="sign"),
    path("petitions/<slug:slug>/check-your-inbox/", views.check_inbox, name="check_inbox"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("confirm/<str:token>/new-link/", views.resend, name="resend"),
    path("thanks/<str:token>/", views.thanks, name="thanks"),
    path("withdraw/<str:token>/", views.withdraw, name="withdraw"),
]
