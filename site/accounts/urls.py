from django.urls import include, path, re_path

from . import views

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    re_path(
        r"^confirm-email/(?P<key>[-:\w]+)/$",
        views.ConfirmEmailView.as_view(),
        name="account_confirm_email",
    ),
    path("privacy/", include("lms.privacy.urls")),
    path("", include("allauth.urls")),
]
