"""Reads for the verification pages, the dashboard and the status list."""

from urllib.parse import urlencode

from django.utils import timezone

from .models import Certificate, normalise_code


def certificate_by_code(typed):
    """The certificate a typed code names (tolerating case, spaces, O/0 and I/1), or None."""
    code = normalise_code(typed)
    if code is None:
        return None
    return (
        Certificate.objects.select_related("partner", "superseded_by", "course", "workshop")
        .filter(code=code)
        .first()
    )


def revoked_status_indexes():
    """Status-list indexes of every revoked certificate."""
    return list(
        Certificate.objects.filter(status=Certificate.Status.REVOKED).values_list("pk", flat=True)
    )


def certificates_of(user):
    """A learner's valid and expired certificates, newest first, for "My certificates"."""
    return Certificate.objects.filter(user=user, status=Certificate.Status.VALID)


def linkedin_add_url(certificate, verify_url, issuer_name):
    """LinkedIn's documented "Add to profile" link, prefilled with this certificate."""
    issued = timezone.localtime(certificate.issued_at)
    fields = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.achievement_name,
        "organizationName": issuer_name,
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": verify_url,
        "certId": certificate.code,
    }
    if certificate.valid_until:
        expires = timezone.localtime(certificate.valid_until)
        fields.update(expirationYear=expires.year, expirationMonth=expires.month)
    return "https://www.linkedin.com/profile/add?" + urlencode(fields)


def certificate_record(certificate, verify_url):
    """The public record of a certificate as JSON-ready data (what the page shows)."""
    erased = certificate.recipient_erased_at is not None
    return {
        "code": certificate.code,
        "status": certificate.display_status,
        "recipient": None if erased else certificate.recipient_name,
        "recipient_details_removed": erased,
        "achievement": {
            "name": certificate.achievement_name,
            "description": certificate.achievement_description,
            "criteria": certificate.achievement_criteria,
            "url": certificate.achievement_url or None,
        },
        "issuer": certificate.credential.get("issuer", {}).get("name"),
        "partner": certificate.partner.name if certificate.partner_id else None,
        "issued_at": certificate.issued_at.isoformat(),
        "valid_until": certificate.valid_until.isoformat() if certificate.valid_until else None,
        "revoked_at": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
        "revocation_reason": certificate.revocation_reason or None,
        "superseded_by": certificate.superseded_by.code if certificate.superseded_by_id else None,
        "evidence": certificate.evidence,
        "verification_page": verify_url,
    }


def dashboard_certificates(user):
    """The learner's certificates with the links the dashboard offers."""
    from . import credentials

    issuer = credentials.issuer_name()
    items = []
    for certificate in certificates_of(user):
        url = credentials.verify_url(certificate)
        certificate.verify_url = url
        certificate.linkedin_url = linkedin_add_url(certificate, url, issuer)
        items.append(certificate)
    return items
