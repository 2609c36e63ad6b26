"""Bookings, cancellations and capacity changes in any order keep the seats and the queue right.

A Hypothesis state machine drives the services and keeps its own model of what every booking's
status must be: placed in arrival order, confirmed only while nobody waits and the seats fit,
the waiting list promoted strictly from its head whenever seats come free, and at most one
active booking per person.
"""

from dataclasses import dataclass

import pytest
from django.db import transaction
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from tests.workshops import factories
from workshops.models import Booking, Session
from workshops.services import (
    BookingError,
    booking_cancel,
    booking_confirm_guest,
    booking_create,
    session_capacity_change,
)

MAX_GROUP_SIZE = 3
PEOPLE = 4

PENDING = Booking.Status.PENDING
CONFIRMED = Booking.Status.CONFIRMED
WAITLISTED = Booking.Status.WAITLISTED
CANCELLED = Booking.Status.CANCELLED


@dataclass
class Expected:
    """The model's idea of one booking."""

    pk: int
    seats: int
    queue_number: int | None
    status: str
    user: int | None = None  # index into the machine's people; None for a guest


class BookingMachine(RuleBasedStateMachine):
    """Each example runs in its own savepoint, rolled back in `teardown`: no example sees
    another's rows."""

    def __init__(self):
        super().__init__()
        self.example = transaction.atomic()
        self.example.__enter__()
        self.bookings = []  # in the order they were made
        self.places_taken = 0  # the last queue number handed out

    def teardown(self):
        transaction.set_rollback(True)
        self.example.__exit__(None, None, None)

    # The model ------------------------------------------------------------------------------

    def confirmed(self):
        return sum(b.seats for b in self.bookings if b.status == CONFIRMED)

    def waiting(self):
        return sorted(
            (b for b in self.bookings if b.status == WAITLISTED), key=lambda b: b.queue_number
        )

    def active(self):
        return [b for b in self.bookings if b.status != CANCELLED]

    def pending(self):
        return [b for b in self.bookings if b.status == PENDING]

    def place(self, seats):
        """Where a learner's booking, or a guest's once confirmed, goes: (queue number, status)."""
        fits = not self.waiting() and self.confirmed() + seats <= self.capacity
        self.places_taken += 1
        return self.places_taken, CONFIRMED if fits else WAITLISTED

    def promote(self):
        """Strict head of line: stop at the first waiting booking whose seats do not fit."""
        free = self.capacity - self.confirmed()
        promoted = []
        for booking in self.waiting():
            if booking.seats > free:
                break
            booking.status = CONFIRMED
            free -= booking.seats
            promoted.append(booking.pk)
        return promoted

    def snapshot(self):
        session = Session.objects.get(pk=self.session.pk)
        rows = Booking.objects.filter(session=session).order_by("pk")
        return session.capacity, list(rows.values_list("pk", "status", "queue_number", "seats"))

    # Rules ----------------------------------------------------------------------------------

    @initialize(capacity=st.integers(min_value=0, max_value=8))
    def open_session(self, capacity):
        self.capacity = capacity
        self.session = factories.session(capacity=capacity, max_group_size=MAX_GROUP_SIZE)
        self.people = factories.learners(PEOPLE)

    @rule(person=st.integers(0, PEOPLE - 1), seats=st.integers(1, MAX_GROUP_SIZE))
    def book(self, person, seats):
        user = self.people[person]
        if any(b.user == person for b in self.bookings if b.status in (CONFIRMED, WAITLISTED)):
            before = self.snapshot()
            with pytest.raises(BookingError) as refused:
                booking_create(session=self.session, seats=seats, user=user)
            assert refused.value.code == "already_booked"
            assert self.snapshot() == before
            return
        queue_number, status = self.place(seats)
        booking = booking_create(session=self.session, seats=seats, user=user)
        self.bookings.append(Expected(booking.pk, seats, queue_number, status, user=person))
        assert (booking.status, booking.queue_number) == (status, queue_number)

    @rule(seats=st.integers(1, MAX_GROUP_SIZE))
    def book_as_guest(self, seats):
        booking = booking_create(
            session=self.session, seats=seats, guest_name="Gus", guest_email="gus@example.org"
        )
        self.bookings.append(Expected(booking.pk, seats, None, PENDING))
        assert (booking.status, booking.queue_number) == (PENDING, None)

    @precondition(lambda self: self.pending())
    @rule(data=st.data())
    def guest_confirms(self, data):
        expected = data.draw(st.sampled_from(self.pending()), label="booking")
        expected.queue_number, expected.status = self.place(expected.seats)
        booking = booking_confirm_guest(booking=Booking.objects.get(pk=expected.pk))
        assert (booking.status, booking.queue_number) == (expected.status, expected.queue_number)

    @precondition(lambda self: self.active())
    @rule(data=st.data(), by_staff=st.booleans())
    def cancel(self, data, by_staff):
        expected = data.draw(st.sampled_from(self.active()), label="booking")
        booking = Booking.objects.get(pk=expected.pk)
        cancelled, promoted = booking_cancel(booking=booking, by_staff=by_staff)
        expected.status = CANCELLED
        assert cancelled.status == CANCELLED
        assert [b.pk for b in promoted] == self.promote()

    @precondition(lambda self: any(b.status == CANCELLED for b in self.bookings))
    @rule(data=st.data())
    def cancel_again(self, data):
        cancelled = [b for b in self.bookings if b.status == CANCELLED]
        expected = data.draw(st.sampled_from(cancelled), label="booking")
        before = self.snapshot()
        with pytest.raises(BookingError) as refused:
            booking_cancel(booking=Booking.objects.get(pk=expected.pk))
        assert refused.value.code == "already_cancelled"
        assert self.snapshot() == before

    @rule(capacity=st.integers(min_value=0, max_value=12))
    def change_capacity(self, capacity):
        if capacity < self.confirmed():
            before = self.snapshot()
            with pytest.raises(BookingError) as refused:
                session_capacity_change(session=self.session, capacity=capacity)
            assert refused.value.code == "capacity_below_confirmed"
            assert refused.value.params == {"confirmed": self.confirmed()}
            assert self.snapshot() == before
            return
        _session, promoted = session_capacity_change(session=self.session, capacity=capacity)
        self.capacity = capacity
        assert [b.pk for b in promoted] == self.promote()

    # Invariants, checked after every step ---------------------------------------------------

    @invariant()
    def no_booking_is_lost_duplicated_or_in_the_wrong_state(self):
        capacity, rows = self.snapshot()
        assert capacity == self.capacity
        assert len({b.pk for b in self.bookings}) == len(self.bookings)
        assert rows == sorted((b.pk, b.status, b.queue_number, b.seats) for b in self.bookings)

    @invariant()
    def never_more_confirmed_seats_than_capacity(self):
        confirmed = Booking.objects.filter(session=self.session, status=CONFIRMED)
        assert sum(confirmed.values_list("seats", flat=True)) <= self.capacity

    @invariant()
    def queue_numbers_are_unique_and_handed_out_one_by_one(self):
        rows = Booking.objects.filter(session=self.session)
        assert not rows.filter(status__in=[CONFIRMED, WAITLISTED], queue_number=None).exists()
        numbers = sorted(rows.exclude(queue_number=None).values_list("queue_number", flat=True))
        assert numbers == list(range(1, len(numbers) + 1))

    @invariant()
    def the_head_of_the_waiting_list_does_not_fit(self):
        """If the first waiting booking fitted in the free seats it would already be confirmed."""
        session = Session.objects.get(pk=self.session.pk)
        rows = Booking.objects.filter(session=session)
        head = rows.filter(status=WAITLISTED).order_by("queue_number").first()
        if head is not None:
            confirmed = sum(rows.filter(status=CONFIRMED).values_list("seats", flat=True))
            assert head.seats > session.capacity - confirmed


@pytest.mark.django_db
class TestBookingStateMachine(BookingMachine.TestCase):
    settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
