from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    default = True
    name = "lms"
    label = "lms"
    verbose_name = _("AI literacy LMS")

    def ready(self):
        from . import cache
        from .provenance import checks as _checks  # noqa: F401  (registers the trust-list check)
        from .provenance import receivers as provenance
        from .roles import ensure_editorial_roles

        cache.connect()
        provenance.connect()
        post_migrate.connect(ensure_editorial_roles, sender=self)


class LmsUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that include display and certificate names."""

    user_viewset = "lms.admin_users.LmsUserViewSet"
