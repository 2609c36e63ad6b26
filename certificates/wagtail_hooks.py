"""Certificates admin: templates (snippets with a live PDF preview) and issued certificates."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Certificate, CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Templates")
    list_display = ["name", "is_default", "language", "page_size", "partner"]


class CertificateViewSet(ModelViewSet):
    """Issued certificates are read here and changed only through their actions."""

    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    list_display = ["code", "recipient_name", "achievement_name", "status", "issued_at"]
    list_filter = ["status"]
    search_fields = ["code", "recipient_name", "achievement_name"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_class = admin_views.CertificateInspectView
    inspect_view_fields = [
        "code",
        "recipient_name",
        "achievement_name",
        "issued_at",
        "valid_until",
        "status",
        "revoked_at",
        "revocation_reason",
        "superseded_by",
        "evidence",
    ]
    form_fields = ["revocation_reason"]  # required by ModelViewSet; the actions do the changes
    copy_view_enabled = False
    actions = {
        "revoke": admin_views.CertificateRevokeView,
        "reissue": admin_views.CertificateReissueView,
    }

    def get_index_view_kwargs(self, **kwargs):
        # No add, edit or delete pages: rows open the certificate's record instead.
        view_kwargs = super().get_index_view_kwargs(**kwargs)
        view_kwargs.update(
            add_url_name=None, edit_url_name=self.get_url_name("inspect"), delete_url_name=None
        )
        return view_kwargs

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            action_url_names={action: self.get_url_name(action) for action in self.actions},
            **kwargs,
        ) | {"edit_url_name": None, "delete_url_name": None}

    def get_urlpatterns(self):
        kwargs = {
            "index_url_name": self.get_url_name("index"),
            "inspect_url_name": self.get_url_name("inspect"),
        }
        return [
            *[
                pattern
                for pattern in super().get_urlpatterns()
                if pattern.name not in ("add", "edit", "delete")
            ],
            *(
                path(f"{action}/<int:pk>/", view.as_view(**kwargs), name=action)
                for action, view in self.actions.items()
            ),
            path(
                "course/<int:course_id>/",
                admin_views.CourseCertificatesView.as_view(),
                name="course",
            ),
            path(
                "session/<int:session_id>/",
                admin_views.SessionCertificatesView.as_view(),
                name="session",
            ),
        ]


class CertificatesViewSetGroup(ViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full"
    items = (CertificateViewSet, CertificateTemplateViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return CertificatesViewSetGroup()


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("certificates.revoke", _("Revoke certificate"), _("Revoked"))
    actions.register_action(
        "certificates.reissue", _("Reissue certificate"), _("Issued a corrected certificate")
    )


def _course_certificates_button(page, user, priority):
    from wagtail.admin.widgets import ListingButton

    from courses.models import CoursePage

    if page.specific_class is not CoursePage or not user.has_perm("certificates.add_certificate"):
        return
    yield ListingButton(
        _("Certificates"),
        url=reverse("certificate:course", args=[page.pk]),
        icon_name="doc-full",
        priority=priority,
    )


@hooks.register("register_page_listing_more_buttons")
def course_certificates_listing_button(page, user, next_url=None):
    yield from _course_certificates_button(page, user, priority=70)


@hooks.register("register_page_header_buttons")
def course_certificates_header_button(page, user, view_name, next_url=None):
    yield from _course_certificates_button(page, user, priority=80)
