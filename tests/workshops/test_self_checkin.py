"""Learners check themselves in with the code on the screen: only their own booking, only
during the session, only with a code that is current."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.attendance.codes import current_code
from workshops.models import Attendance, Booking, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = workshop_factories.session(capacity=5)
    start = timezone.now() - timedelta(minutes=5)
    Session.objects.filter(pk=session.pk).update(
        starts_at=start, ends_at=start + timedelta(hours=2)
    )
    session.refresh_from_db()
    return session


def confirmed(session, *, user=None, guest_email=""):
    return Booking.objects.create(
        session=session,
        user=user,
        guest_name="" if user else "Gia Guest",
        guest_email=guest_email,
        seats=1,
        status=Booking.Status.CONFIRMED,
        queue_number=Booking.objects.filter(session=session).count() + 1,
    )


def code(session):
    return current_code(session, now=timezone.now())[0]


def test_a_learner_checks_in_from_the_screens_qr(client, session):
    learner = factories.person("ana@example.org")
    booking = confirmed(session, user=learner)
    client.force_login(learner)
    url = f"/bookings/checkin/{session.pk}/?code={code(session)}"
    page = client.get(url).content.decode()
    assert "I&#x27;m here" in page or "I'm here" in page
    response = client.post(f"/bookings/checkin/{session.pk}/", {"code": code(session)})
    assert response["Location"] == f"/bookings/tickets/{booking.ticket_secret}/"
    attendance = Attendance.objects.get()
    assert (attendance.booking, attendance.method) == (booking, Attendance.Method.SELF)
    again = client.post(f"/bookings/checkin/{session.pk}/", {"code": code(session)}, follow=True)
    assert "already checked in" in again.content.decode()
    assert Attendance.objects.count() == 1


def test_a_guest_checks_in_through_the_ticket_link(session):
    booking = confirmed(session, guest_email="gia@example.org")
    guest = Client()
    ticket = f"/bookings/tickets/{booking.ticket_secret}/"
    assert "The six-digit code on the screen" in guest.get(ticket).content.decode()
    response = guest.post(f"{ticket}checkin/", {"code": code(session)})
    assert response.status_code == 302
    assert Attendance.objects.get().booking == booking
    assert "The six-digit code on the screen" not in guest.get(ticket).content.decode()


def test_a_learner_cannot_check_in_someone_else(client, session):
    confirmed(session, user=factories.person("ana@example.org"))
    client.force_login(factories.person("mallory@example.org"))
    response = client.post(f"/bookings/checkin/{session.pk}/", {"code": code(session)})
    assert response.status_code == 400
    assert "no confirmed booking" in response.content.decode()
    assert not Attendance.objects.exists()


def test_an_anonymous_visitor_is_told_how_to_check_in(session):
    html = Client().get(f"/bookings/checkin/{session.pk}/?code=123456").content.decode()
    assert "Log in to check in" in html and "ticket link" in html
    assert Client().post(f"/bookings/checkin/{session.pk}/", {"code": "1"}).status_code == 400
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("typed", ["000000x", "", "<script>", "9" * 50])
def test_wrong_or_malformed_codes_are_refused(session, typed):
    booking = confirmed(session, guest_email="gia@example.org")
    response = Client().post(f"/bookings/tickets/{booking.ticket_secret}/checkin/", {"code": typed})
    assert response.status_code == 400
    assert "not the one on the screen" in response.content.decode()
    assert not Attendance.objects.exists()


def test_an_expired_code_is_refused(session):
    booking = confirmed(session, guest_email="gia@example.org")
    # An earlier window's code (the first that differs from now's: two windows share a code
    # one time in a million).
    minutes = 2
    while (
        old := current_code(session, now=timezone.now() - timedelta(minutes=minutes))[0]
    ) == code(session):
        minutes += 1
    response = Client().post(f"/bookings/tickets/{booking.ticket_secret}/checkin/", {"code": old})
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_self_check_in_is_closed_outside_the_session(session):
    booking = confirmed(session, guest_email="gia@example.org")
    Session.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() + timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=1, hours=2),
    )
    response = Client().post(
        f"/bookings/tickets/{booking.ticket_secret}/checkin/", {"code": code(session)}
    )
    assert response.status_code == 400
    assert "30 minutes before the start" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_waiting_booking_cannot_check_itself_in(session):
    booking = confirmed(session, guest_email="gia@example.org")
    Booking.objects.filter(pk=booking.pk).update(status=Booking.Status.WAITLISTED)
    response = Client().post(
        f"/bookings/tickets/{booking.ticket_secret}/checkin/", {"code": code(session)}
    )
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_guessing_codes_is_rate_limited(session):
    booking = confirmed(session, guest_email="gia@example.org")
    guest = Client()
    url = f"/bookings/tickets/{booking.ticket_secret}/checkin/"
    statuses = [guest.post(url, {"code": f"{n:06d}"}).status_code for n in range(12)]
    assert statuses[-1] == 429
    assert guest.post(url, {"code": code(session)}).status_code == 429
    assert not Attendance.objects.exists()


def test_csrf_is_required(session):
    booking = confirmed(session, guest_email="gia@example.org")
    strict = Client(enforce_csrf_checks=True)
    url = f"/bookings/tickets/{booking.ticket_secret}/checkin/"
    assert strict.post(url, {"code": code(session)}).status_code == 403
    assert not Attendance.objects.exists()
