"""Two phones at the door scan the same ticket at the same moment: one attendance, and the
second phone is told when the first scan happened.

Each round sends the two scans through the real view (/admin/checkin/<id>/scan/) on two
threads that start together at a barrier, and a second barrier inside the service holds both
until each has passed every check, so both really reach the insert together. The database's
one-attendance-per-booking constraint decides; the negative control takes away the service's
handling of that constraint and shows the second insert really collides.
"""

import json
import threading
from datetime import timedelta

import pytest
from django.test import Client

from tests import factories
from tests.concurrency.threads import failures, run_together
from tests.workshops import factories as workshop_factories
from workshops.attendance import services
from workshops.models import Attendance, Booking, PartnerMembership

# serialized_rollback: a transactional test flushes every table afterwards; this restores the
# page tree the migrations made (the home page the workshop pages hang from) before each test.
pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROUNDS = 5
PHONES = 2


@pytest.fixture
def door():
    """A session whose door is open, and two phones logged in as two of its educators."""
    session = workshop_factories.session(capacity=50, starts_in=timedelta(minutes=20))
    phones = []
    for number in range(PHONES):
        person = factories.person(f"door-{number}@example.org")
        PartnerMembership.objects.create(
            user=person, partner=session.venue.partner, role=PartnerMembership.Role.EDUCATOR
        )
        phone = Client()
        phone.force_login(person)
        phones.append(phone)
    return session, phones


def a_booking(session, number):
    return Booking.objects.create(
        session=session,
        guest_name=f"Guest {number}",
        guest_email=f"guest-{number}@example.org",
        seats=1,
        status=Booking.Status.CONFIRMED,
        queue_number=number,
    )


def both_reach_the_insert_together(monkeypatch):
    """Hold each scan after its checks until the other has passed them too."""
    admissible = services._admissible
    barrier = threading.Barrier(PHONES)

    def admissible_then_wait(booking, session):
        admissible(booking, session)
        barrier.wait(timeout=10)

    monkeypatch.setattr(services, "_admissible", admissible_then_wait)
    return barrier


def scan_at_once(session, phones, booking, round_number):
    url = f"/admin/checkin/{session.pk}/scan/"

    def scan(phone, index):
        body = {
            "nonce": f"round-{round_number}-phone-{index}",
            "ticket": booking.ticket_secret,
            "method": "scan",
        }
        return phone.post(url, data=json.dumps(body), content_type="application/json")

    return run_together(
        [lambda p=phone, i=index: scan(p, i) for index, phone in enumerate(phones)],
        workers=PHONES,
    )


def test_two_phones_scanning_one_ticket_at_once_record_it_once(door, monkeypatch):
    session, phones = door
    barrier = both_reach_the_insert_together(monkeypatch)
    for round_number in range(ROUNDS):
        barrier.reset()
        booking = a_booking(session, round_number + 1)

        responses = scan_at_once(session, phones, booking, round_number)

        assert not failures(responses), failures(responses)
        assert sorted(r.status_code for r in responses) == [200, 201]
        created, already = sorted(responses, key=lambda r: r.status_code, reverse=True)
        assert created.json()["result"] == "checked_in"
        assert already.json()["result"] == "already"
        (attendance,) = Attendance.objects.filter(booking=booking)
        # The second phone is told the first scan's time, and its own nonce recorded nothing.
        assert already.json()["at"] == created.json()["at"] == attendance.checked_in_at.isoformat()
        assert attendance.client_nonce in {
            f"round-{round_number}-phone-{index}" for index in range(PHONES)
        }
    assert Attendance.objects.filter(session=session).count() == ROUNDS


def test_without_handling_the_constraint_the_second_scan_collides(door, monkeypatch):
    """Negative control: both scans really reach the insert; the constraint stops the second
    one, and only the service's handling of that turns it into "already"."""
    session, phones = door
    both_reach_the_insert_together(monkeypatch)

    class NeverRaised(Exception):
        pass

    monkeypatch.setattr(services, "IntegrityError", NeverRaised)
    booking = a_booking(session, 1)

    responses = scan_at_once(session, phones, booking, 0)

    errors = failures(responses)
    # At least the loser collides (under heavy load on PostgreSQL both requests have been seen
    # to report the collision); either way the constraint, not luck, keeps one row.
    assert errors, responses
    assert {type(error).__name__ for error in errors} == {"IntegrityError"}
    assert Attendance.objects.filter(booking=booking).count() == 1
