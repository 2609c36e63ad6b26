"""Certificate emails, queued once the transaction that decided them has committed."""

from django.db import transaction


def send_expiry_reminder(certificate):
    from .tasks import send_certificate_email

    transaction.on_commit(
        lambda: send_certificate_email.enqueue(certificate_id=certificate.pk, kind="expiring")
    )
