"""Content-Security-Policy middleware: strict on the site, a wider allowance for Wagtail's admin."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Strict policy with nonces everywhere except the Wagtail admin.

    The admin renders inline scripts and styles that a nonce cannot cover; a nonce in the policy
    would make browsers ignore 'unsafe-inline', so admin responses get no nonce.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.update = {**settings.ADMIN_CONTENT_SECURITY_POLICY_EXTRA, **(parts.update or {})}
            parts.replace = {
                **settings.ADMIN_CONTENT_SECURITY_POLICY_REPLACE,
                **(parts.replace or {}),
            }
            parts.nonce = None
        return parts
