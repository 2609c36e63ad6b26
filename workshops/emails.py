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


def _enqueue_message(booking, kind, **params):
    from .tasks import send_booking_email

    transaction.on_commit(
        lambda: send_booking_email.enqueue(booking_id=booking.pk, kind=kind, **params)
    )


def send_session_cancelled_notices(bookings):
    """Tell each person once (by address) that the session of their booking is cancelled."""
    told = set()
    for booking in bookings:
        address = booking.contact_email.strip().lower()
        if address and address not in told:
            told.add(address)
            _enqueue(booking, "session_cancelled")
    return len(told)


def send_waitlist_message(bookings, *, subject, text):
    """Send staff's message to each waiting booking's holder."""
    for booking in bookings:
        _enqueue_message(booking, "waitlist_message", subject=subject, text=text)


def send_booking_placed(booking, ticket_url):
    """Confirmation (with a calendar file) or waiting-list notice for a newly placed booking."""
    kind = "confirmed" if booking.status == booking.Status.CONFIRMED else "waitlisted"
    _enqueue(booking, kind, ticket_url)


def send_reminder(booking, ticket_url):
    _enqueue(booking, "reminder", ticket_url)


def send_booking_cancelled(booking):
    """Confirm to the holder that their own cancellation went through."""
    _enqueue(booking, "cancelled")


def _enqueue_group(group_request, kind, **links):
    from .tasks import send_group_request_email

    transaction.on_commit(
        lambda: send_group_request_email.enqueue(request_id=group_request.pk, kind=kind, **links)
    )


def send_group_request_received(group_request, *, status_url, admin_url):
    """Tell the group their request arrived, and the partner's staff that it is waiting."""
    _enqueue_group(group_request, "group_received", status_url=status_url)
    _enqueue_group(group_request, "group_new", admin_url=admin_url)


def send_group_request_answer(group_request, *, status_url, ticket_url=""):
    """Tell the group the partner's answer (with the session's calendar file if accepted)."""
    _enqueue_group(group_request, "group_answered", status_url=status_url, ticket_url=ticket_url)
