"""Certificates in a person's data export and erasure."""

from django.utils.translation import gettext_lazy as _

from lms.privacy.registry import register

from . import credentials
from .models import Certificate
from .services import certificate_recipient_erase


def certificate_rows(user):
    return [
        {
            "code": certificate.code,
            "achievement": certificate.achievement_name,
            "recipient_name": certificate.recipient_name,
            "issued_at": certificate.issued_at,
            "valid_until": certificate.valid_until,
            "status": certificate.display_status,
            "verification_page": credentials.verify_url(certificate),
            "credential": certificate.credential,
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_at")
    ]


def erase_certificates(user):
    certificate_recipient_erase(user=user)


register(
    Certificate,
    export=certificate_rows,
    erase=erase_certificates,
    outcome=_(
        "Your certificates stay verifiable by their code, but your name and their PDFs are "
        "removed; the verification page says the recipient's details were removed at their "
        "request."
    ),
    description=_("The certificates you earned, with their signed credentials."),
)
