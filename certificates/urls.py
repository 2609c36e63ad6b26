from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.lookup, name="lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("verify/<str:code>/record.json", views.record_json, name="record"),
    path("verify/<str:code>/credential.json", views.credential_json, name="credential"),
    path("verify/<str:code>/certificate.pdf", views.certificate_pdf, name="pdf"),
    path("certificates/issuer/", views.issuer, name="issuer"),
    path("certificates/status/revocation/", views.status_list, name="status_list"),
]
