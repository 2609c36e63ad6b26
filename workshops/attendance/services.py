"""Recording attendance: at the door, by the learner, by staff afterwards, at closing.

Every write is idempotent where people retry: a check-in carries the client's nonce, and the
database allows one attendance per booking, so two phones scanning the same ticket at the
same moment record it once; the second is told when the first one happened.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.errors import CodedError
from lms.text import without_control_characters

from ..models import Attendance, Booking, Session
from ..services import _locked, confirmed_seats
from ..signals import session_closed

NONCE_MAX_LENGTH = 64
NOTES_MAX_LENGTH = 2000
# How far a scan's own clock may be from the server's (a phone offline for a while keeps the
# time it scanned; a time in the future or long before the session is a broken clock).
SCAN_CLOCK_TOLERANCE = timedelta(minutes=5)
DOOR_OPENS_BEFORE = timedelta(hours=2)
DOOR_CLOSES_AFTER = timedelta(hours=12)


class CheckInError(CodedError):
    """A check-in that cannot happen; `code` is stable, `message` is for people."""

    MESSAGES = {
        "unknown_ticket": _("No booking has this ticket."),
        "other_session": _("This ticket is for another session."),
        "booking_cancelled": _("This booking was cancelled."),
        "booking_waitlisted": _("This booking is on the waiting list, not confirmed."),
        "booking_pending": _("This guest never confirmed their booking by email."),
        "session_cancelled": _("This session was cancelled."),
        "session_closed": _("This session is closed; change attendance in the roster instead."),
        "outside_window": _("Check-in is open from two hours before the session until it ends."),
        "bad_time": _("The time of this scan is not believable (check the device's clock)."),
        "bad_nonce": _("This scan has no valid identifier; reload the page."),
        "not_checked_in": _("This booking is not checked in."),
        "no_seats": _("No seats are left for a walk-in."),
        "bad_name": _("Give the walk-in's name (at most 200 characters)."),
        "bad_seats": _("Choose at least one seat, within the session's group size."),
        "bad_minutes": _("Minutes attended must be between 0 and the session's length."),
        "bad_status": _("Choose one of the attendance statuses."),
        "bad_code": _("That code is not the one on the screen now. Try the new one."),
        "not_during_session": _(
            "Self check-in is open from 30 minutes before the start until the end."
        ),
        "bad_notes": _("Notes can be at most 2,000 characters."),
    }


@dataclass(frozen=True)
class CheckIn:
    """The outcome of a check-in: the attendance, and whether this call recorded it."""

    attendance: Attendance
    created: bool

    @property
    def already(self):
        return not self.created


def session_minutes(session):
    return max(1, int((session.ends_at - session.starts_at).total_seconds() // 60))


def _check_nonce(nonce):
    if not isinstance(nonce, str) or not (8 <= len(nonce) <= NONCE_MAX_LENGTH):
        raise CheckInError("bad_nonce")
    if not all(char.isalnum() or char in "-_" for char in nonce):
        raise CheckInError("bad_nonce")


def _scan_time(session, scanned_at, now):
    """When the person arrived: the device's time if believable, else refuse."""
    if scanned_at is None:
        return now
    if timezone.is_naive(scanned_at) or scanned_at > now + SCAN_CLOCK_TOLERANCE:
        raise CheckInError("bad_time")
    if scanned_at < session.starts_at - DOOR_OPENS_BEFORE:
        raise CheckInError("bad_time")
    return min(scanned_at, now)


def _door_open(session, at):
    if session.status == Session.Status.CANCELLED:
        raise CheckInError("session_cancelled")
    if session.status == Session.Status.COMPLETED:
        raise CheckInError("session_closed")
    if not (session.starts_at - DOOR_OPENS_BEFORE <= at <= session.ends_at + DOOR_CLOSES_AFTER):
        raise CheckInError("outside_window")


def _admissible(booking, session):
    if booking.session_id != session.pk:
        raise CheckInError("other_session")
    refusals = {
        Booking.Status.CANCELLED: "booking_cancelled",
        Booking.Status.WAITLISTED: "booking_waitlisted",
        Booking.Status.PENDING: "booking_pending",
    }
    if booking.status in refusals:
        raise CheckInError(refusals[booking.status])


def checkin_record(*, session, booking, nonce, method, scanned_at=None, by=None, now=None):
    """Mark a confirmed booking present at its session, once. Returns a CheckIn.

    A repeated nonce, or a booking already checked in, returns the existing attendance with
    `created=False` and changes nothing.
    """
    _check_nonce(nonce)
    now = now or timezone.now()
    existing = Attendance.objects.filter(client_nonce=nonce).select_related("booking").first()
    if existing is not None:
        if existing.booking_id != booking.pk:
            raise CheckInError("bad_nonce")
        return CheckIn(existing, created=False)
    _admissible(booking, session)
    at = _scan_time(session, scanned_at, now)
    _door_open(session, at)
    status = Attendance.Status.LATE if at > session.starts_at + timedelta(minutes=15) else None
    try:
        with transaction.atomic():
            attendance = Attendance.objects.create(
                session=session,
                booking=booking,
                status=status or Attendance.Status.PRESENT,
                method=method,
                checked_in_at=at,
                recorded_at=now,
                client_nonce=nonce,
                recorded_by=by,
            )
    except IntegrityError:
        # The other phone won: its row stands, and this scan says when that was.
        existing = Attendance.objects.filter(booking=booking, session=session).first()
        if existing is None:
            existing = Attendance.objects.filter(client_nonce=nonce).first()
        if existing is None:
            raise
        return CheckIn(existing, created=False)
    return CheckIn(attendance, created=True)


def checkin_undo(*, session, booking):
    """Staff undo a check-in (a mistaken scan): the booking is expected again."""
    deleted, _details = Attendance.objects.filter(session=session, booking=booking).delete()
    if not deleted:
        raise CheckInError("not_checked_in")


def walk_in_add(*, session, name, seats=1, nonce, by=None, now=None):
    """Someone arrives without a booking: book them (if seats remain) and check them in."""
    _check_nonce(nonce)
    now = now or timezone.now()
    name = " ".join(without_control_characters(str(name or "")).split())
    if not name or len(name) > 200:
        raise CheckInError("bad_name")
    if not isinstance(seats, int) or isinstance(seats, bool) or seats < 1:
        raise CheckInError("bad_seats")
    existing = Attendance.objects.filter(client_nonce=nonce).first()
    if existing is not None:
        return CheckIn(existing, created=False)
    with transaction.atomic():
        session = _locked(session)
        _door_open(session, now)
        if seats > session.max_group_size:
            raise CheckInError("bad_seats")
        if confirmed_seats(session) + seats > session.capacity:
            raise CheckInError("no_seats")
        last = session.bookings.order_by("-queue_number").values_list("queue_number", flat=True)
        booking = Booking.objects.create(
            session=session,
            guest_name=name,
            seats=seats,
            status=Booking.Status.CONFIRMED,
            queue_number=(last.first() or 0) + 1,
            created_at=now,
            confirmed_at=now,
        )
        attendance = Attendance.objects.create(
            session=session,
            booking=booking,
            status=Attendance.Status.PRESENT,
            method=Attendance.Method.WALK_IN,
            checked_in_at=now,
            recorded_at=now,
            client_nonce=nonce,
            recorded_by=by,
        )
    return CheckIn(attendance, created=True)


def attendance_set(
    *,
    session,
    booking,
    status,
    minutes=None,
    notes="",
    by=None,
    now=None,
    method=Attendance.Method.STAFF,
):
    """Staff record or correct a booking's attendance after the fact (`method` says how a new
    row came to be; an existing row keeps its own, so a scan stays a scan)."""
    if status not in Attendance.Status.values:
        raise CheckInError("bad_status")
    if minutes is not None and not (
        isinstance(minutes, int) and 0 <= minutes <= session_minutes(session)
    ):
        raise CheckInError("bad_minutes")
    notes = without_control_characters(str(notes or "")).strip()
    if len(notes) > NOTES_MAX_LENGTH:
        raise CheckInError("bad_notes")
    _admissible(booking, session)
    now = now or timezone.now()
    attendance, _created = Attendance.objects.update_or_create(
        session=session,
        booking=booking,
        defaults={
            "status": status,
            "minutes_attended": minutes,
            "notes": notes,
            "recorded_by": by,
            "recorded_at": now,
        },
        create_defaults={
            "status": status,
            "minutes_attended": minutes,
            "notes": notes,
            "recorded_by": by,
            "recorded_at": now,
            "method": method,
        },
    )
    return attendance


def session_close(*, session, by=None, now=None):
    """After the session: everyone confirmed and not checked in is absent; the session is
    completed. Returns how many were marked absent. Closing twice marks nobody twice."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(session)
        if session.status == Session.Status.CANCELLED:
            raise CheckInError("session_cancelled")
        missing = session.bookings.filter(status=Booking.Status.CONFIRMED).exclude(
            attendances__session=session
        )
        absent = [
            Attendance(
                session=session,
                booking=booking,
                status=Attendance.Status.ABSENT,
                method=Attendance.Method.CLOSE,
                recorded_at=now,
                recorded_by=by,
                minutes_attended=0,
            )
            for booking in missing
        ]
        Attendance.objects.bulk_create(absent)
        session.status = Session.Status.COMPLETED
        session.save(update_fields=["status"])
        transaction.on_commit(lambda: session_closed.send(sender=Session, session=session))
    return len(absent)


SELF_CHECKIN_OPENS_BEFORE = timedelta(minutes=30)


def self_checkin_window_open(session, *, now):
    """Whether learners may check themselves in now: from 30 minutes before to the end."""
    return session.starts_at - SELF_CHECKIN_OPENS_BEFORE <= now <= session.ends_at


def self_checkin(*, booking, code, now=None):
    """The learner (or guest, through their ticket) types or scans the code on the screen."""
    from .codes import code_is_current

    now = now or timezone.now()
    session = booking.session
    if not self_checkin_window_open(session, now=now):
        raise CheckInError("not_during_session")
    if not code_is_current(session, code, now=now):
        raise CheckInError("bad_code")
    # One self check-in per booking: a second try (or a retry) finds the first.
    return checkin_record(
        session=session,
        booking=booking,
        nonce=f"self-{booking.pk}-{session.pk}",
        method=Attendance.Method.SELF,
        now=now,
    )
