from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete, name="delete"),
    path("consents/<slug:slug>/", views.consent_choice, name="consent"),
]
