"""System check: a configured C2PA trust list must be a readable file of PEM certificates."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register


@register()
def trust_anchors_readable(app_configs, **kwargs):
    from cryptography import x509

    path = getattr(settings, "C2PA_TRUST_ANCHORS_FILE", "") or ""
    if not path:
        return []
    try:
        anchors = x509.load_pem_x509_certificates(Path(path).read_bytes())
    except (OSError, ValueError) as error:
        return [
            Error(
                f"The C2PA trust list {path} cannot be used: {error}",
                hint="Point C2PA_TRUST_ANCHORS_FILE (environment: C2PA_TRUST_ANCHORS_FILE) at a "
                "PEM file of the certificate authorities whose signers you trust, or unset it.",
                id="lms.E101",
            )
        ]
    return [] if anchors else [Error(f"{path} holds no certificates.", id="lms.E101")]
