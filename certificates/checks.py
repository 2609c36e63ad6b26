"""Deployment check: certificates cannot be issued without the issuer's signing key."""

from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def issuer_key_configured(app_configs, **kwargs):
    from .openbadges.keys import IssuerKeyNotConfigured, issuer_private_key_load

    try:
        issuer_private_key_load()
    except IssuerKeyNotConfigured as error:
        return [
            Error(
                f"Certificates cannot be signed: {error}",
                hint="Set CERTIFICATE_ISSUER_KEY, or CERTIFICATE_ISSUER_KEY_PATH to a key file "
                "made with `manage.py certificate_issuer_key`.",
                id="certificates.E001",
            )
        ]
    return []
