"""Real threads against the real database: the session lock keeps capacity and arrival order.

Each test runs its service calls on a thread pool whose workers start together at a barrier,
so the calls really overlap. Every scenario has a negative control that takes the lock away
(no row lock, autocommit per statement, a pause after counting seats) and shows that the same
checks then fail: the tests can see the bug they guard against.
"""

import contextlib
import itertools
import time
import types

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.db.models import Max, QuerySet, Value
from django.db.models.functions import Coalesce

from tests.concurrency.threads import failures, run_together
from tests.workshops import factories
from workshops import services
from workshops.models import Booking, Session
from workshops.services import booking_cancel, booking_create, confirmed_seats

# serialized_rollback: a transactional test flushes every table afterwards; this restores the
# page tree the migrations made (the home page the workshop pages hang from) before each test.
pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WORKERS = 16


LEARNERS = 200
CAPACITY = 50


def without_the_lock(monkeypatch, *, pause=0.005):
    """Make `workshops.services` race: no row locks, every statement committed on its own (so
    SQLite's IMMEDIATE transactions no longer queue the writers either), and a pause after
    counting confirmed seats, so another thread can act on the same count."""
    count = services.confirmed_seats

    def unlocked(session):
        return Session.objects.select_related("venue").get(pk=session.pk)

    def slow_count(session):
        seats = count(session)
        time.sleep(pause)
        return seats

    monkeypatch.setattr(services, "_locked", unlocked)
    # The booking row is locked too (booking_cancel, booking_confirm_guest); outside a
    # transaction PostgreSQL refuses select_for_update, so it becomes a plain read.
    monkeypatch.setattr(QuerySet, "select_for_update", lambda queryset, **options: queryset.all())
    monkeypatch.setattr(services, "confirmed_seats", slow_count)
    monkeypatch.setattr(
        services, "transaction", types.SimpleNamespace(atomic=contextlib.nullcontext)
    )


def book_one_seat_each(session, people):
    return run_together(
        [lambda p=p: booking_create(session=session, seats=1, user=p) for p in people],
        workers=WORKERS,
    )


def check_parallel_bookings(session, people):
    """What 200 one-seat bookings on 50 seats must leave behind, whatever the interleaving."""
    bookings = list(Booking.objects.filter(session=session).order_by("queue_number"))
    assert sorted(b.user_id for b in bookings) == sorted(p.pk for p in people)
    assert [b.queue_number for b in bookings] == list(range(1, len(people) + 1))
    confirmed = [b for b in bookings if b.status == Booking.Status.CONFIRMED]
    waiting = [b for b in bookings if b.status == Booking.Status.WAITLISTED]
    assert len(confirmed) == CAPACITY
    assert len(waiting) == len(people) - CAPACITY
    assert confirmed_seats(session) == CAPACITY
    # Arrival order: nobody who came later holds a seat while someone earlier waits.
    assert max(b.queue_number for b in confirmed) < min(b.queue_number for b in waiting)
    assert all(b.confirmed_at is not None for b in confirmed)
    assert all(b.confirmed_at is None for b in waiting)


def test_parallel_bookings_never_overbook_and_keep_arrival_order():
    session = factories.session(capacity=CAPACITY, max_group_size=1)
    people = factories.learners(LEARNERS)

    results = book_one_seat_each(session, people)

    errors = failures(results)
    assert not errors, f"{len(errors)} of {LEARNERS} bookings failed, e.g. {errors[0]!r}"
    check_parallel_bookings(session, people)


def test_without_the_lock_parallel_bookings_collide_on_their_queue_places(monkeypatch):
    """Negative control: the same run unlocked fails the same checks.

    Two threads that read the same last queue number both take the next one; the unique
    (session, queue_number) constraint then rejects one of them, so learners get an error
    instead of a seat or a place on the waiting list.
    """
    session = factories.session(capacity=CAPACITY, max_group_size=1)
    people = factories.learners(LEARNERS)
    without_the_lock(monkeypatch)

    results = book_one_seat_each(session, people)

    errors = failures(results)
    assert errors
    assert all(isinstance(error, ValidationError | IntegrityError) for error in errors), errors
    with pytest.raises(AssertionError):
        check_parallel_bookings(session, people)


def queue_places_from_a_counter(monkeypatch):
    """Hand out queue places from an in-process counter instead of `Max(queue_number) + 1`.

    Unlocked, two threads reading the same last place collide on the unique (session,
    queue_number) constraint, which turns most races into errors before they can do worse.
    With places from a counter the only races left are the ones the lock itself must close.
    """
    places = itertools.count(0)

    def next_place(field):
        assert field == "queue_number"
        place = next(places)  # thread-safe: itertools.count is atomic under the GIL
        return Coalesce(Max(Value(place)), Value(place))

    monkeypatch.setattr(services, "Max", next_place)


def test_without_the_lock_parallel_bookings_overbook(monkeypatch):
    """Negative control for the seat count itself: count confirmed seats, then confirm."""
    session = factories.session(capacity=CAPACITY, max_group_size=1)
    people = factories.learners(LEARNERS)
    without_the_lock(monkeypatch)
    queue_places_from_a_counter(monkeypatch)

    results = book_one_seat_each(session, people)

    assert not failures(results)
    assert confirmed_seats(session) > CAPACITY
    with pytest.raises(AssertionError):
        check_parallel_bookings(session, people)


TRIES = 32


def book_the_same_person_at_once(session, person):
    return run_together(
        [lambda: booking_create(session=session, seats=1, user=person)] * TRIES, workers=WORKERS
    )


def test_one_person_booking_many_times_at_once_gets_one_place():
    session = factories.session(capacity=CAPACITY, max_group_size=1)
    (person,) = factories.learners(1)

    results = book_the_same_person_at_once(session, person)

    (booking,) = [r for r in results if isinstance(r, Booking)]
    assert [r.code for r in failures(results)] == ["already_booked"] * (TRIES - 1)
    assert list(Booking.objects.filter(session=session)) == [booking]


def test_without_the_lock_one_person_gets_several_places(monkeypatch):
    """Negative control: "has this person booked?" checked, then written, by many at once."""
    session = factories.session(capacity=CAPACITY, max_group_size=1)
    (person,) = factories.learners(1)
    without_the_lock(monkeypatch)
    queue_places_from_a_counter(monkeypatch)

    book_the_same_person_at_once(session, person)

    assert Booking.objects.filter(session=session, user=person).count() > 1


ROUNDS = 5


def two_confirmed_and_ten_waiting():
    session = factories.session(capacity=2, max_group_size=1)
    people = factories.learners(12)
    bookings = [booking_create(session=session, seats=1, user=person) for person in people]
    expected = [Booking.Status.CONFIRMED] * 2 + [Booking.Status.WAITLISTED] * 10
    assert [b.status for b in bookings] == expected
    return session, bookings


def cancel_the_two_confirmed_at_once(bookings):
    first, second = (Booking.objects.get(pk=b.pk) for b in bookings[:2])
    return run_together(
        [lambda: booking_cancel(booking=first), lambda: booking_cancel(booking=second)],
        workers=2,
    )


def check_two_cancellations(session, bookings, results):
    """Two seats freed at once: exactly the next two in the queue move up, each reported once."""
    first, second, *waiting = bookings
    promoted = sorted(b.pk for _cancelled, moved_up in results for b in moved_up)
    assert promoted == [waiting[0].pk, waiting[1].pk]
    statuses = dict(Booking.objects.filter(session=session).values_list("pk", "status"))
    assert statuses[first.pk] == statuses[second.pk] == Booking.Status.CANCELLED
    expected = [Booking.Status.CONFIRMED] * 2 + [Booking.Status.WAITLISTED] * 8
    assert [statuses[b.pk] for b in waiting] == expected
    assert confirmed_seats(session) == 2


def test_two_cancellations_at_once_promote_exactly_the_next_two():
    for _round in range(ROUNDS):
        session, bookings = two_confirmed_and_ten_waiting()

        results = cancel_the_two_confirmed_at_once(bookings)

        assert not failures(results)
        check_two_cancellations(session, bookings, results)


def test_without_the_lock_two_cancellations_promote_twice_or_overbook(monkeypatch):
    """Negative control: unlocked, both threads count the same free seats and both promote,
    so a booking is promoted (and its holder told) twice, or a third seat is confirmed."""
    without_the_lock(monkeypatch)
    broken = 0
    for _round in range(ROUNDS):
        session, bookings = two_confirmed_and_ten_waiting()

        results = cancel_the_two_confirmed_at_once(bookings)

        assert not failures(results)
        try:
            check_two_cancellations(session, bookings, results)
        except AssertionError:
            broken += 1
    assert broken > 0
