"""Reads for the door, the roster and certificates: constant queries however long the roster."""

import hashlib
import re
from dataclasses import dataclass

from django.db.models import Prefetch, Q

from ..models import Attendance, Booking, Session, WorkshopPage
from .services import CheckInError, session_minutes

TICKET_IN_URL = re.compile(r"/bookings/tickets/([A-Za-z0-9_-]{16,64})/?")
TICKET_SECRET = re.compile(r"[A-Za-z0-9_-]{16,64}")


def ticket_fingerprint(secret):
    """What the check-in page keeps for offline matching: never the secret itself."""
    return hashlib.sha256(secret.encode()).hexdigest()[:32]


def booking_for_ticket(ticket):
    """The booking a scanned QR (the ticket URL) or a typed secret belongs to."""
    if not isinstance(ticket, str) or len(ticket) > 500:
        raise CheckInError("unknown_ticket")
    ticket = ticket.strip()
    found = TICKET_IN_URL.search(ticket)
    secret = found.group(1) if found else ticket
    if not TICKET_SECRET.fullmatch(secret):
        raise CheckInError("unknown_ticket")
    booking = Booking.objects.select_related("user").filter(ticket_secret=secret).first()
    if booking is None:
        raise CheckInError("unknown_ticket")
    return booking


@dataclass(frozen=True)
class RosterCounts:
    expected: int  # confirmed seats
    present: int  # seats checked in
    waiting: int  # seats on the waiting list


def roster(session):
    """The session's active bookings (confirmed and waiting) with their attendance, in two
    queries: the bookings with their holders, and the attendance rows."""
    bookings = list(
        session.bookings.filter(status__in=[Booking.Status.CONFIRMED, Booking.Status.WAITLISTED])
        .select_related("user")
        .prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.filter(session=session),
                to_attr="session_attendance",
            )
        )
        .order_by("status", "queue_number")
    )
    for booking in bookings:
        booking.attendance = booking.session_attendance[0] if booking.session_attendance else None
    return bookings


def roster_counts(bookings):
    confirmed = [b for b in bookings if b.status == Booking.Status.CONFIRMED]
    return RosterCounts(
        expected=sum(b.seats for b in confirmed),
        present=sum(b.seats for b in confirmed if b.attendance and b.attendance.attended),
        waiting=sum(b.seats for b in bookings if b.status == Booking.Status.WAITLISTED),
    )


def _attended_enough(attendance, session, percent):
    if attendance is None or not attendance.attended:
        return False
    if attendance.minutes_attended is None:
        # Checked in and never corrected: present for the whole session, unless they left
        # early, which staff record with the minutes.
        return attendance.status != Attendance.Status.LEFT_EARLY
    return attendance.minutes_attended * 100 >= percent * session_minutes(session)


def attendance_eligible(booking):
    """Whether this booking's holder met the workshop's certificate rule (the hook the
    certificates app uses). Series rule: every completed session of the workshop that the
    same person booked, with none missed."""
    workshop = booking.session.workshop
    rule = workshop.certificate_rule
    if rule == WorkshopPage.CertificateRule.NONE:
        return False
    if rule == WorkshopPage.CertificateRule.MINUTES:
        attendance = Attendance.objects.filter(booking=booking, session=booking.session).first()
        return _attended_enough(attendance, booking.session, workshop.certificate_min_percent)
    return _attended_every_session(booking, workshop)


def _same_person(booking):
    if booking.user_id:
        return Q(user_id=booking.user_id)
    return (
        Q(user__isnull=True, guest_email__iexact=booking.guest_email)
        if booking.guest_email
        else Q(pk=booking.pk)
    )


def _attended_every_session(booking, workshop):
    sessions = list(
        Session.objects.filter(workshop=workshop, is_private=booking.session.is_private).exclude(
            status=Session.Status.CANCELLED
        )
    )
    if any(session.status != Session.Status.COMPLETED for session in sessions):
        return False  # the series is not over yet
    theirs = Booking.objects.filter(_same_person(booking), session__in=sessions).exclude(
        status=Booking.Status.CANCELLED
    )
    attended = {
        a.session_id
        for a in Attendance.objects.filter(booking__in=theirs).select_related("session")
        if _attended_enough(a, a.session, 1)
    }
    return bool(sessions) and attended >= {session.pk for session in sessions}


def eligible_bookings(session):
    """The session's bookings whose holders earned a certificate (for bulk issuing)."""
    return [
        booking
        for booking in session.bookings.filter(status=Booking.Status.CONFIRMED).select_related(
            "session__workshop", "user"
        )
        if attendance_eligible(booking)
    ]
