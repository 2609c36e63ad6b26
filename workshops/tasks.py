"""Booking emails, sent by the task worker after the booking is committed. Idempotent enough:
sending twice sends the same message twice, never a wrong one."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from .models import Booking

SUBJECTS = {
    "guest_confirm": _("Confirm your workshop booking"),
    "confirmed": _("Your workshop place is booked"),
    "waitlisted": _("You are on the waiting list"),
    "promoted": _("A place has opened up: you are booked"),
    "reminder": _("Reminder: your workshop is coming up"),
    "session_cancelled": _("Your workshop session has been cancelled"),
    # Written by staff for each message; the task receives it as `subject`.
    "waitlist_message": _("A message about the waiting list"),
}


@task()
def send_booking_email(*, booking_id, kind, link="", subject="", text=""):
    booking = (
        Booking.objects.select_related("session__venue", "session__workshop", "user")
        .filter(pk=booking_id)
        .first()
    )
    if booking is None:
        return
    recipient = booking.contact_email
    if not recipient:
        return
    context = {"booking": booking, "session": booking.session, "link": link, "text": text}
    message = EmailMultiAlternatives(
        subject=subject or SUBJECTS[kind],
        body=render_to_string(f"workshops/email/{kind}.txt", context),
        to=[recipient],
    )
    message.attach_alternative(
        render_to_string(f"workshops/email/{kind}.html", context), "text/html"
    )
    if kind in CALENDAR_KINDS:
        message.attach("session.ics", _calendar(booking, link), "text/calendar")
    message.send()


CALENDAR_KINDS = {"confirmed", "promoted", "reminder"}


def _calendar(booking, link):
    from .calendar import calendar_bytes

    return calendar_bytes(
        [booking.session], name=booking.session.workshop.title, url_for=lambda session: link
    ).decode()
