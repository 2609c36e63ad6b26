"""Reads for the verification pages, the dashboard and the status list."""

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
    """A learner's certificates, newest first, for "My certificates"."""
    return Certificate.objects.filter(user=user).select_related("superseded_by")


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
