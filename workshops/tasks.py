"""Booking and group-request emails, sent by the task worker after the change has committed.
Idempotent enough: sending twice sends the same message twice, never a wrong one.

Every message is written in the venue's time zone: a session at a Lisbon gallery is at
10:00 Lisbon time in the email, whatever zone the server runs in.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from .calendar import calendar_bytes
from .models import Booking, GroupRequest, PartnerMembership

SUBJECTS = {
    "guest_confirm": _("Confirm your workshop booking"),
    "confirmed": _("Your workshop place is booked"),
    "waitlisted": _("You are on the waiting list"),
    "promoted": _("A place has opened up: you are booked"),
    "reminder": _("Reminder: your workshop is coming up"),
    "session_cancelled": _("Your workshop session has been cancelled"),
    "cancelled": _("Your booking is cancelled"),
    # Written by staff for each message; the task receives it as `subject`.
    "waitlist_message": _("A message about the waiting list"),
}
CALENDAR_KINDS = {"confirmed", "promoted", "reminder"}

GROUP_SUBJECTS = {
    "group_received": _("We have your group request"),
    "group_new": _("New group request: %(organisation)s"),
    GroupRequest.Status.ACCEPTED: _("Your group workshop is booked"),
    GroupRequest.Status.PROPOSED: _("Another date for your group workshop"),
    GroupRequest.Status.DECLINED: _("About your group workshop request"),
}


def _send(*, template, context, subject, to, zone, calendar=None):
    """Render the text and HTML versions of `template` in `zone` and send them."""
    with timezone.override(zone):
        text = render_to_string(f"workshops/email/{template}.txt", context)
        html = render_to_string(f"workshops/email/{template}.html", context)
    # One line: a subject written by staff or built from a name must not break the header.
    message = EmailMultiAlternatives(subject=" ".join(str(subject).split()), body=text, to=to)
    message.attach_alternative(html, "text/html")
    if calendar is not None:
        message.attach("session.ics", calendar, "text/calendar")
    message.send()


def _calendar(session, link):
    return calendar_bytes(
        [session], name=session.workshop.title, url_for=lambda _session: link
    ).decode()


@task()
def send_booking_email(*, booking_id, kind, link="", subject="", text=""):
    booking = (
        Booking.objects.select_related("session__venue", "session__workshop", "user")
        .filter(pk=booking_id)
        .first()
    )
    if booking is None or not booking.contact_email:
        return
    session = booking.session
    _send(
        template=kind,
        context={"booking": booking, "session": session, "link": link, "text": text},
        subject=subject or SUBJECTS[kind],
        to=[booking.contact_email],
        zone=session.venue.timezone,
        calendar=_calendar(session, link) if kind in CALENDAR_KINDS else None,
    )


def _group_request_staff_emails(group_request):
    """The partner's contact address and its coordinators' addresses, each once."""
    coordinators = PartnerMembership.objects.filter(
        partner=group_request.partner_id,
        role=PartnerMembership.Role.COORDINATOR,
        user__is_active=True,
    ).values_list("user__email", flat=True)
    unique = {}
    for address in [group_request.partner.contact_email, *coordinators]:
        if address and address.strip():
            unique.setdefault(address.strip().lower(), address.strip())
    return list(unique.values())


@task()
def send_group_request_email(*, request_id, kind, status_url="", admin_url="", ticket_url=""):
    """`group_received` and `group_answered` go to the group, `group_new` to partner staff."""
    group_request = (
        GroupRequest.objects.select_related(
            "partner", "workshop", "session__venue", "session__workshop", "proposed_venue"
        )
        .filter(pk=request_id)
        .first()
    )
    if group_request is None:
        return
    if kind == "group_new":
        to = _group_request_staff_emails(group_request)
        subject = GROUP_SUBJECTS[kind] % {"organisation": group_request.organisation}
    else:
        to = [group_request.contact_email] if group_request.contact_email else []
        subject = GROUP_SUBJECTS[group_request.status if kind == "group_answered" else kind]
    if not to:
        return
    session = group_request.session
    venue = session.venue if session else group_request.proposed_venue
    accepted = kind == "group_answered" and session is not None
    _send(
        template=kind,
        context={
            "group_request": group_request,
            "session": session,
            "venue": venue,
            "status_url": status_url,
            "admin_url": admin_url,
            "ticket_url": ticket_url,
        },
        subject=subject,
        to=to,
        zone=venue.timezone if venue else timezone.get_default_timezone_name(),
        calendar=_calendar(session, ticket_url or status_url) if accepted else None,
    )
