"""Queue booking emails once the transaction that made the change has committed."""

from django.db import transaction


def _enqueue(booking, kind, link=""):
    from .tasks import send_booking_email

    transaction.on_commit(
        lambda: send_booking_email.enqueue(booking_id=booking.pk, kind=kind, link=link)
    )


def send_guest_confirmation(booking, link):
    _enqueue(booking, "guest_confirm", link)


def send_promotion_notices(bookings, ticket_url):
    for booking in bookings:
        _enqueue(booking, "promoted", ticket_url(booking))
