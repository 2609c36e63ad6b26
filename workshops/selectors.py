"""Reads for workshop pages, tickets and the dashboard."""

from django.db.models import F, Q, Sum
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from .models import Booking, Session


def upcoming_public_sessions(workshop):
    """Scheduled, public sessions of one workshop that have not started, with seats left."""
    return upcoming_listed_sessions().filter(workshop=workshop)


def ticket(secret):
    """The booking behind a ticket secret, with what its page shows."""
    return (
        Booking.objects.select_related("session__venue", "session__workshop", "user")
        .filter(ticket_secret=secret)
        .first()
    )


def waiting_position(booking):
    """1 for the head of the waiting list; None unless the booking is waiting."""
    if booking.status != Booking.Status.WAITLISTED:
        return None
    ahead = Booking.objects.filter(
        session_id=booking.session_id,
        status=Booking.Status.WAITLISTED,
        queue_number__lt=booking.queue_number,
    ).count()
    return ahead + 1


def upcoming_bookings(user):
    """The learner's active bookings for sessions that have not ended, soonest first."""
    return (
        Booking.objects.filter(
            user=user,
            status__in=[Booking.Status.CONFIRMED, Booking.Status.WAITLISTED],
            session__ends_at__gt=timezone.now(),
        )
        .select_related("session__venue", "session__workshop")
        .order_by("session__starts_at")
    )


def upcoming_listed_sessions():
    """Every scheduled public session that has not started, across workshops, soonest first,
    annotated with `seats_left` (never below zero)."""
    confirmed = Coalesce(
        Sum("bookings__seats", filter=Q(bookings__status=Booking.Status.CONFIRMED)), 0
    )
    return (
        Session.objects.filter(
            status=Session.Status.SCHEDULED,
            is_private=False,
            starts_at__gt=timezone.now(),
            workshop__live=True,
        )
        .select_related("venue__partner", "workshop")
        .annotate(seats_left=Greatest(F("capacity") - confirmed, 0))
        .order_by("starts_at")
    )
