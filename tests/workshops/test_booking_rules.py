"""The booking rules, through the services: bad input and closed sessions change nothing,
guests hold no seat until they confirm, and freed seats go strictly to the head of the queue."""

import base64
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.models import Booking, Session
from workshops.services import (
    BookingError,
    booking_cancel,
    booking_confirm_guest,
    booking_create,
    session_capacity_change,
)

pytestmark = pytest.mark.django_db

CONFIRMED = Booking.Status.CONFIRMED
WAITLISTED = Booking.Status.WAITLISTED


@pytest.fixture
def learner():
    return factories.person("lena@example.org")


@pytest.fixture
def people():
    return workshop_factories.learners(6)


def refused(code, **booking):
    """Book, expect BookingError `code`, and check that no booking row was written."""
    with pytest.raises(BookingError) as error:
        booking_create(**booking)
    assert error.value.code == code
    assert not Booking.objects.exists()
    return error.value


def statuses(*bookings):
    return [Booking.objects.get(pk=b.pk).status for b in bookings]


# Bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("seats", [0, -1, True, False, "2", 2.0, None])
def test_seats_that_are_not_a_positive_whole_number_are_refused(learner, seats):
    session = workshop_factories.session(capacity=10, max_group_size=4)
    error = refused("invalid_seats", session=session, seats=seats, user=learner)
    assert str(error.message) == "Choose at least one seat."


@pytest.mark.parametrize("seats", [5, 10**9])
def test_more_seats_than_one_booking_may_take_are_refused(learner, seats):
    session = workshop_factories.session(capacity=10**9, max_group_size=4)
    error = refused("too_many_seats", session=session, seats=seats, user=learner)
    assert error.params == {"limit": 4}
    assert str(error.message) == "This session takes at most 4 seats in one booking."


def test_a_guest_with_bad_seats_is_refused_too():
    session = workshop_factories.session(capacity=10, max_group_size=2)
    guest = {"guest_name": "Gus", "guest_email": "gus@example.org"}
    refused("invalid_seats", session=session, seats=0, **guest)
    refused("too_many_seats", session=session, seats=3, **guest)


def test_a_full_group_booking_is_accepted(learner):
    session = workshop_factories.session(capacity=4, max_group_size=4)
    booking = booking_create(session=session, seats=4, user=learner)
    assert (booking.status, booking.queue_number, booking.seats) == (CONFIRMED, 1, 4)


# Sessions that cannot be booked -------------------------------------------------------------


def test_a_session_that_has_started_is_refused(learner):
    session = workshop_factories.session(starts_in=-timedelta(minutes=1))
    refused("session_past", session=session, seats=1, user=learner)


def test_a_session_starting_this_instant_is_refused(learner):
    session = workshop_factories.session()
    refused("session_past", session=session, seats=1, user=learner, now=session.starts_at)


def test_a_cancelled_session_is_refused(learner):
    session = workshop_factories.session(status=Session.Status.CANCELLED)
    refused("session_cancelled", session=session, seats=1, user=learner)


def test_a_completed_session_is_refused(learner):
    session = workshop_factories.session(status=Session.Status.COMPLETED)
    refused("session_past", session=session, seats=1, user=learner)


def test_a_private_session_is_refused_to_learners_and_guests(learner):
    session = workshop_factories.session(is_private=True)
    refused("session_private", session=session, seats=1, user=learner)
    refused("session_private", session=session, seats=1, guest_name="Gus", guest_email="g@e.org")


def test_booking_opens_and_closes_on_the_dot(learner):
    now = timezone.now()
    opens, closes = now + timedelta(hours=1), now + timedelta(hours=2)
    session = workshop_factories.session(booking_opens_at=opens, booking_closes_at=closes)

    refused("booking_not_open", session=session, seats=1, user=learner, now=now)
    refused(
        "booking_not_open", session=session, seats=1, user=learner, now=opens - timedelta(seconds=1)
    )
    refused("booking_closed", session=session, seats=1, user=learner, now=closes)
    booking = booking_create(session=session, seats=1, user=learner, now=opens)
    assert booking.status == CONFIRMED


# The caller's session object may be stale (a page loaded it before staff changed it): the
# rules must be checked against the session row as it is now.


def test_a_stale_copy_does_not_let_a_booking_into_a_session_cancelled_since(learner):
    session = workshop_factories.session()
    Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
    refused("session_cancelled", session=session, seats=1, user=learner)


def test_a_stale_copy_does_not_let_a_booking_into_a_session_made_private_since(learner):
    session = workshop_factories.session()
    Session.objects.filter(pk=session.pk).update(is_private=True)
    refused("session_private", session=session, seats=1, user=learner)


def test_a_stale_copy_does_not_let_a_bigger_group_in_than_the_session_now_takes(learner):
    session = workshop_factories.session(capacity=10, max_group_size=4)
    Session.objects.filter(pk=session.pk).update(max_group_size=2)
    refused("too_many_seats", session=session, seats=4, user=learner)


def test_refusals_take_no_place_in_the_queue(learner):
    session = workshop_factories.session(capacity=5, max_group_size=2)
    for seats in (0, 3):
        with pytest.raises(BookingError):
            booking_create(session=session, seats=seats, user=learner)
    assert booking_create(session=session, seats=1, user=learner).queue_number == 1


def test_one_person_gets_one_active_booking_per_session(learner):
    session = workshop_factories.session(capacity=1)
    first = booking_create(session=session, seats=1, user=learner)
    with pytest.raises(BookingError) as error:
        booking_create(session=session, seats=1, user=learner)
    assert error.value.code == "already_booked"
    assert list(Booking.objects.all()) == [first]

    booking_cancel(booking=first)
    again = booking_create(session=session, seats=1, user=learner)
    assert (again.status, again.queue_number) == (CONFIRMED, 2)


# Guests -------------------------------------------------------------------------------------


def guest_booking(session, seats=1, **options):
    return booking_create(
        session=session, seats=seats, guest_name="Gus", guest_email="gus@example.org", **options
    )


def test_a_guest_booking_is_pending_and_holds_no_seat(people):
    session = workshop_factories.session(capacity=1)
    guest = guest_booking(session)
    assert (guest.status, guest.queue_number, guest.confirmed_at) == ("pending", None, None)

    learner = booking_create(session=session, seats=1, user=people[0])

    assert learner.status == CONFIRMED  # the guest's seat was never held


def test_a_guest_is_placed_when_they_confirm_not_when_they_booked(people):
    session = workshop_factories.session(capacity=1)
    early_guest = guest_booking(session)
    booking_create(session=session, seats=1, user=people[0])
    late_guest = guest_booking(session)

    waiting = booking_confirm_guest(booking=early_guest)

    # Booked first, confirmed second: behind the learner who booked in between.
    assert (waiting.status, waiting.queue_number, waiting.confirmed_at) == (WAITLISTED, 2, None)
    _cancelled, promoted = booking_cancel(booking=Booking.objects.get(user=people[0]))
    assert promoted == [early_guest]
    placed = booking_confirm_guest(booking=late_guest)
    assert (placed.status, placed.queue_number) == (WAITLISTED, 3)


def test_a_guest_confirming_while_seats_are_free_is_confirmed_at_that_moment():
    session = workshop_factories.session(capacity=2)
    guest = guest_booking(session, seats=2)
    now = timezone.now() + timedelta(minutes=5)

    confirmed = booking_confirm_guest(booking=guest, now=now)

    assert (confirmed.status, confirmed.queue_number, confirmed.confirmed_at) == (CONFIRMED, 1, now)


def test_confirming_twice_is_refused_and_changes_nothing():
    session = workshop_factories.session(capacity=2)
    guest = booking_confirm_guest(booking=guest_booking(session))

    with pytest.raises(BookingError) as error:
        booking_confirm_guest(booking=guest)

    assert error.value.code == "not_pending"
    fresh = Booking.objects.get(pk=guest.pk)
    assert (fresh.status, fresh.queue_number, fresh.confirmed_at) == (
        CONFIRMED,
        1,
        guest.confirmed_at,
    )


def test_a_cancelled_guest_booking_cannot_be_confirmed():
    session = workshop_factories.session(capacity=2)
    guest = guest_booking(session)
    booking_cancel(booking=guest)
    with pytest.raises(BookingError) as error:
        booking_confirm_guest(booking=guest)
    assert error.value.code == "not_pending"


def test_a_guest_confirming_after_booking_closed_is_refused_and_stays_pending():
    closes = timezone.now() + timedelta(hours=1)
    session = workshop_factories.session(capacity=2, booking_closes_at=closes)
    guest = guest_booking(session)

    with pytest.raises(BookingError) as error:
        booking_confirm_guest(booking=guest, now=closes)

    assert error.value.code == "booking_closed"
    assert statuses(guest) == ["pending"]


# Cancelling ---------------------------------------------------------------------------------


def test_cancelling_after_the_deadline_is_refused_to_the_person_but_not_to_staff(learner):
    deadline = timezone.now() + timedelta(hours=1)
    session = workshop_factories.session(cancellation_deadline=deadline)
    booking = booking_create(session=session, seats=1, user=learner)

    with pytest.raises(BookingError) as error:
        booking_cancel(booking=booking, now=deadline)
    assert error.value.code == "cancellation_closed"
    assert statuses(booking) == [CONFIRMED]

    cancelled, _promoted = booking_cancel(booking=booking, by_staff=True, now=deadline)
    assert (cancelled.status, cancelled.cancelled_at) == (Booking.Status.CANCELLED, deadline)


def test_without_a_deadline_people_can_cancel_until_the_session_starts(learner):
    session = workshop_factories.session()
    booking = booking_create(session=session, seats=1, user=learner)
    with pytest.raises(BookingError) as error:
        booking_cancel(booking=booking, now=session.starts_at)
    assert error.value.code == "cancellation_closed"
    booking_cancel(booking=booking, now=session.starts_at - timedelta(seconds=1))
    assert statuses(booking) == [Booking.Status.CANCELLED]


def test_cancelling_twice_is_refused(learner):
    booking = booking_create(session=workshop_factories.session(), seats=1, user=learner)
    booking_cancel(booking=booking)
    with pytest.raises(BookingError) as error:
        booking_cancel(booking=booking)
    assert error.value.code == "already_cancelled"


def test_a_big_booking_at_the_head_of_the_queue_is_not_overtaken(people):
    session = workshop_factories.session(capacity=4, max_group_size=3)
    first = booking_create(session=session, seats=2, user=people[0])
    second = booking_create(session=session, seats=2, user=people[1])
    big = booking_create(session=session, seats=3, user=people[2])
    small = booking_create(session=session, seats=1, user=people[3])
    assert statuses(first, second, big, small) == [CONFIRMED, CONFIRMED, WAITLISTED, WAITLISTED]

    _cancelled, promoted = booking_cancel(booking=first)

    # Two seats free: the 1-seat booking would fit, but the 3-seat booking came first.
    assert promoted == []
    assert statuses(big, small) == [WAITLISTED, WAITLISTED]
    late = booking_create(session=session, seats=1, user=people[4])
    assert late.status == WAITLISTED  # nobody jumps the queue by booking afresh either

    _cancelled, promoted = booking_cancel(booking=second)

    assert promoted == [big, small]
    assert statuses(big, small, late) == [CONFIRMED, CONFIRMED, WAITLISTED]
    assert all(b.confirmed_at is not None for b in promoted)


def test_cancelling_a_waiting_booking_moves_the_queue_up(people):
    session = workshop_factories.session(capacity=3, max_group_size=3)
    booking_create(session=session, seats=1, user=people[0])
    head = booking_create(session=session, seats=3, user=people[1])
    behind = booking_create(session=session, seats=2, user=people[2])

    _cancelled, promoted = booking_cancel(booking=head)

    assert promoted == [behind]
    assert statuses(behind) == [CONFIRMED]


# Capacity -----------------------------------------------------------------------------------


def test_raising_the_capacity_promotes_in_order(people):
    session = workshop_factories.session(capacity=1, max_group_size=2)
    booking_create(session=session, seats=1, user=people[0])
    pair = booking_create(session=session, seats=2, user=people[1])
    single = booking_create(session=session, seats=1, user=people[2])

    _session, promoted = session_capacity_change(session=session, capacity=2)
    assert promoted == []  # one free seat; the pair at the head needs two

    session, promoted = session_capacity_change(session=session, capacity=4)
    assert promoted == [pair, single]
    assert Session.objects.get(pk=session.pk).capacity == 4


def test_lowering_the_capacity_below_confirmed_seats_is_refused(people):
    session = workshop_factories.session(capacity=3, max_group_size=2)
    booking_create(session=session, seats=2, user=people[0])

    with pytest.raises(BookingError) as error:
        session_capacity_change(session=session, capacity=1)

    assert error.value.code == "capacity_below_confirmed"
    assert error.value.params == {"confirmed": 2}
    assert "already 2 confirmed seats" in str(error.value.message)
    assert Session.objects.get(pk=session.pk).capacity == 3

    session, promoted = session_capacity_change(session=session, capacity=2)
    assert (session.capacity, promoted) == (2, [])
    assert booking_create(session=session, seats=1, user=people[1]).status == WAITLISTED


# Tickets ------------------------------------------------------------------------------------


def test_ticket_secrets_are_unique_url_safe_and_at_least_128_bits(people):
    session = workshop_factories.session(capacity=100, max_group_size=1)
    bookings = [booking_create(session=session, seats=1, user=person) for person in people]
    bookings += [guest_booking(session) for _ in range(20)]
    secrets = [Booking.objects.get(pk=b.pk).ticket_secret for b in bookings]

    assert len(set(secrets)) == len(secrets)
    for secret in secrets:
        assert re.fullmatch(r"[A-Za-z0-9_-]{22,}", secret)
        assert len(base64.urlsafe_b64decode(secret + "=" * (-len(secret) % 4))) >= 16
