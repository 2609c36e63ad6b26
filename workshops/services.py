"""Bookings: seats taken atomically, a strict first-come waiting list, fair promotion."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.errors import CodedError
from lms.text import without_control_characters

from .consents import booking_consents_record
from .models import Booking, Session

ATTENDEE_NAME_MAX_LENGTH = 200


class BookingError(CodedError):
    """A booking action that cannot happen; `code` is stable, `message` is for people."""

    MESSAGES = {
        "invalid_seats": _("Choose at least one seat."),
        "invalid_capacity": _("The number of seats must be a whole number, zero or more."),
        "guest_details_missing": _(
            "Give your name and email address so we can confirm your place."
        ),
        "too_many_seats": _("This session takes at most %(limit)s seats in one booking."),
        "session_cancelled": _("This session has been cancelled."),
        "session_past": _("This session has already started."),
        "booking_not_open": _("Booking for this session has not opened yet."),
        "booking_closed": _("Booking for this session has closed."),
        "session_private": _("This session is reserved for a group."),
        "already_booked": _("You already have a place or a waiting-list entry for this session."),
        "not_pending": _("This booking has already been confirmed or cancelled."),
        "already_cancelled": _("This booking is already cancelled."),
        "cancellation_closed": _(
            "The deadline for cancelling online has passed. Please contact the venue."
        ),
        "attendees_closed": _(
            "Names can be added while the booking is active and the session has not started."
        ),
        "too_many_attendees": _("This booking has %(seats)s seats: give at most that many names."),
        "attendee_name_too_long": _("Each name can be at most %(limit)s characters."),
        "capacity_below_confirmed": _(
            "There are already %(confirmed)s confirmed seats; the capacity cannot be lower."
        ),
    }


def _locked(session):
    """The session row, locked for this transaction (PostgreSQL row lock; SQLite's IMMEDIATE
    transactions already serialise writers)."""
    return (
        Session.objects.select_for_update(of=("self",)).select_related("venue").get(pk=session.pk)
    )


def confirmed_seats(session):
    total = session.bookings.filter(status=Booking.Status.CONFIRMED).aggregate(n=Sum("seats"))["n"]
    return total or 0


def _validate_seats(session, seats):
    if not isinstance(seats, int) or isinstance(seats, bool) or seats < 1:
        raise BookingError("invalid_seats")
    if seats > session.max_group_size:
        raise BookingError("too_many_seats", limit=session.max_group_size)


def _check_bookable(session, now):
    if session.status == Session.Status.CANCELLED:
        raise BookingError("session_cancelled")
    if session.starts_at <= now or session.status == Session.Status.COMPLETED:
        raise BookingError("session_past")
    if session.booking_opens_at and now < session.booking_opens_at:
        raise BookingError("booking_not_open")
    if session.booking_closes_at and now >= session.booking_closes_at:
        raise BookingError("booking_closed")


def _place(session, booking, now):
    """Give a booking its place in the queue and seats if they are free and nobody is waiting."""
    last = session.bookings.aggregate(n=Max("queue_number"))["n"] or 0
    booking.queue_number = last + 1
    nobody_waiting = not session.bookings.filter(status=Booking.Status.WAITLISTED).exists()
    if nobody_waiting and confirmed_seats(session) + booking.seats <= session.capacity:
        booking.status = Booking.Status.CONFIRMED
        booking.confirmed_at = now
    else:
        booking.status = Booking.Status.WAITLISTED
    booking.full_clean()
    booking.save()
    return booking


def booking_create(
    *, session, seats, user=None, guest_name="", guest_email="", consent_texts=(), now=None
):
    """Book seats for a learner (placed at once) or a guest (placed once their email confirms),
    recording the booking consents the person ticked (`consent_texts`, all on offer).

    Never confirms more seats than the session holds, whatever runs at the same time.
    """
    now = now or timezone.now()
    if user is None and not (guest_name.strip() and guest_email.strip()):
        raise BookingError("guest_details_missing")
    with transaction.atomic():
        # Every rule is checked on the locked, fresh row: staff may have changed the session.
        session = _locked(session)
        _validate_seats(session, seats)
        if session.is_private:
            raise BookingError("session_private")
        _check_bookable(session, now)
        active = [Booking.Status.CONFIRMED, Booking.Status.WAITLISTED]
        if user is not None and session.bookings.filter(user=user, status__in=active).exists():
            raise BookingError("already_booked")
        booking = Booking(
            session=session,
            seats=seats,
            user=user,
            guest_name=guest_name,
            guest_email=guest_email,
            created_at=now,
        )
        if user is None:
            booking.full_clean()
            booking.save()
        else:
            booking = _place(session, booking, now)
        booking_consents_record(booking=booking, consent_texts=consent_texts, now=now)
        return booking


def booking_confirm_guest(*, booking, now=None):
    """A guest clicked the emailed link: place the booking (confirmed or waiting)."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(booking.session)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status != Booking.Status.PENDING:
            raise BookingError("not_pending")
        if session.is_private:
            raise BookingError("session_private")
        _validate_seats(session, booking.seats)
        _check_bookable(session, now)
        return _place(session, booking, now)


def waitlist_promote(session, now=None):
    """Confirm waiting bookings from the head of the queue while their seats fit.

    Strictly in arrival order: a large booking at the head is not overtaken by smaller ones.
    Call inside a transaction holding the session lock. Returns the promoted bookings.
    """
    now = now or timezone.now()
    free = session.capacity - confirmed_seats(session)
    promoted = []
    waiting = session.bookings.filter(status=Booking.Status.WAITLISTED).order_by("queue_number")
    for booking in waiting:
        if booking.seats > free:
            break
        booking.status = Booking.Status.CONFIRMED
        booking.confirmed_at = now
        booking.save(update_fields=["status", "confirmed_at"])
        free -= booking.seats
        promoted.append(booking)
    return promoted


def booking_cancel(*, booking, by_staff=False, now=None):
    """Cancel a booking (before the deadline unless staff do it) and promote who is waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(booking.session)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status == Booking.Status.CANCELLED:
            raise BookingError("already_cancelled")
        deadline = session.cancellation_deadline or session.starts_at
        if not by_staff and now >= deadline:
            raise BookingError("cancellation_closed")
        booking.status = Booking.Status.CANCELLED
        booking.cancelled_at = now
        booking.save(update_fields=["status", "cancelled_at"])
        promoted = waitlist_promote(session, now)
    return booking, promoted


def session_capacity_change(*, session, capacity, now=None):
    """Change the number of seats; raising it promotes the waiting list in order."""
    if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 0:
        raise BookingError("invalid_capacity")
    with transaction.atomic():
        session = _locked(session)
        confirmed = confirmed_seats(session)
        if capacity < confirmed:
            raise BookingError("capacity_below_confirmed", confirmed=confirmed)
        session.capacity = capacity
        session.save(update_fields=["capacity"])
        promoted = waitlist_promote(session, now)
    return session, promoted


def session_cancel(*, session, by, now=None):
    """Cancel a session that has not started, cancel every booking still on it (confirmed,
    waiting or unconfirmed) and tell each person once by email, after commit.

    `by` is the person cancelling, for the session's history. Cancelling a cancelled session
    raises BookingError("session_cancelled") and changes nothing. Returns (session, bookings).
    """
    from django.db.models import F
    from wagtail.log_actions import log

    from .emails import send_session_cancelled_notices

    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(session)
        if session.status == Session.Status.CANCELLED:
            raise BookingError("session_cancelled")
        if session.status == Session.Status.COMPLETED or session.starts_at <= now:
            raise BookingError("session_past")
        active = [Booking.Status.PENDING, Booking.Status.CONFIRMED, Booking.Status.WAITLISTED]
        bookings = list(
            session.bookings.select_for_update(of=("self",))
            .select_related("user")
            .filter(status__in=active)
            .order_by(F("queue_number").asc(nulls_last=True), "pk")
        )
        for booking in bookings:
            booking.status = Booking.Status.CANCELLED
            booking.cancelled_at = now
        Booking.objects.bulk_update(bookings, ["status", "cancelled_at"])
        session.status = Session.Status.CANCELLED
        session.save(update_fields=["status"])
        log(
            instance=session,
            action="workshops.session_cancel",
            user=by,
            data={"bookings": len(bookings)},
        )
        send_session_cancelled_notices(bookings)
    return session, bookings


REMINDER_AHEAD = timedelta(hours=48)


def reminders_send_due(*, now=None, ticket_url):
    """Queue one reminder for each confirmed booking whose session starts within 48 hours.

    Safe to run as often as you like: a booking is marked when its reminder is queued, and the
    mark is taken with a conditional update, so two schedulers never remind twice.
    """
    from .emails import send_reminder

    now = now or timezone.now()
    due = Booking.objects.filter(
        status=Booking.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        session__status=Session.Status.SCHEDULED,
        session__starts_at__gt=now,
        session__starts_at__lte=now + REMINDER_AHEAD,
    )
    sent = 0
    for booking in due.select_related("session"):
        with transaction.atomic():
            claimed = Booking.objects.filter(pk=booking.pk, reminder_sent_at__isnull=True).update(
                reminder_sent_at=now
            )
            if claimed:
                send_reminder(booking, ticket_url(booking))
                sent += 1
    return sent


def attendee_names_refusal(booking, *, now=None):
    """Why the holder cannot name the people coming now (a BookingError), or None."""
    now = now or timezone.now()
    session = booking.session
    active = booking.status in (Booking.Status.CONFIRMED, Booking.Status.WAITLISTED)
    if not active or session.status != Session.Status.SCHEDULED or session.starts_at <= now:
        return BookingError("attendees_closed")
    return None


def booking_attendees_set(*, booking, names, now=None):
    """Replace the names of the people a booking brings: one line each, at most one per seat.

    Blank names are dropped and spaces tidied; the rule is checked on the locked booking.
    """
    cleaned = [" ".join(without_control_characters(str(name)).split()) for name in names]
    cleaned = [name for name in cleaned if name]
    if any(len(name) > ATTENDEE_NAME_MAX_LENGTH for name in cleaned):
        raise BookingError("attendee_name_too_long", limit=ATTENDEE_NAME_MAX_LENGTH)
    with transaction.atomic():
        booking = (
            Booking.objects.select_for_update(of=("self",))
            .select_related("session")
            .get(pk=booking.pk)
        )
        if refusal := attendee_names_refusal(booking, now=now):
            raise refusal
        if len(cleaned) > booking.seats:
            raise BookingError("too_many_attendees", seats=booking.seats)
        booking.attendee_names = cleaned
        booking.save(update_fields=["attendee_names"])
    return booking
