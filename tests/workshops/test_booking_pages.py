"""Booking through the site: learners at once, guests by emailed link, tickets with a QR code."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.models import Booking

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    return workshop_factories.session(capacity=2, max_group_size=2)


def book_url(session):
    return f"/bookings/sessions/{session.pk}/book/"


def form_data(session, **fields):
    """Booking form fields as the session's form names them."""
    return {f"s{session.pk}-{name}": value for name, value in fields.items()}


def test_workshop_page_lists_sessions_in_the_venue_time_zone_with_access_and_seats(client):
    session = workshop_factories.session(capacity=5)
    session.venue.timezone = "America/New_York"
    session.venue.step_free_access = True
    session.venue.save()
    html = client.get(session.workshop.url).content.decode()
    local = timezone.localtime(session.starts_at, session.tzinfo)
    assert f"{local:%H:%M}" in html and "America/New_York" in html
    assert "Step-free access" in html
    assert "5 seats left" in html


def test_private_and_past_sessions_are_not_listed_or_bookable(client, session):
    session.is_private = True
    session.save()
    assert f"session-{session.pk}" not in client.get(session.workshop.url).content.decode()
    client.force_login(factories.person("a@example.org"))
    assert client.post(book_url(session), form_data(session, seats="1")).status_code == 404
    assert not Booking.objects.exists()


def test_a_learner_books_and_sees_a_ticket_with_a_qr_code(client, session):
    learner = factories.person("a@example.org")
    client.force_login(learner)
    response = client.post(book_url(session), form_data(session, seats="2"))
    booking = Booking.objects.get()
    assert response["Location"] == f"/bookings/tickets/{booking.ticket_secret}/"
    html = client.get(response["Location"]).content.decode()
    assert "Confirmed" in html and "<svg" in html
    assert session.workshop.title in client.get("/dashboard/").content.decode()


def test_a_guest_confirms_by_the_emailed_link_before_a_seat_is_held(
    client, session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            book_url(session),
            form_data(session, seats="1", guest_name="Ana", guest_email="ana@example.org"),
        )
    assert "Check your email" in response.content.decode()
    booking = Booking.objects.get()
    assert booking.status == "pending"
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"] and message.alternatives
    link = re.search(r"https?://\S+", message.body).group(0).replace("http://testserver", "")
    assert client.get(link).status_code == 200  # asks; a link scanner changes nothing
    assert Booking.objects.get().status == "pending"
    response = client.post(link)
    assert Booking.objects.get().status == "confirmed"
    assert response["Location"] == f"/bookings/tickets/{booking.ticket_secret}/"


@pytest.mark.parametrize("token", ["forged", "x" * 3000, "MQ:1abc:AAAAAAAAAAAAAAAAAAAAAAAAAAA"])
def test_forged_confirmation_links_are_a_clear_404(client, token):
    response = client.get(f"/bookings/confirm/{token}/")
    assert response.status_code == 404
    assert "This link is not valid" in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"seats": "0"},
        {"seats": "-1"},
        {"seats": "3"},  # above the group limit of 2
        {"seats": "999999999999"},
        {"seats": "two"},
        {},
    ],
)
def test_bad_seat_numbers_get_a_400_and_book_nothing(client, session, data):
    client.force_login(factories.person("a@example.org"))
    response = client.post(book_url(session), form_data(session, **data))
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Booking.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"seats": "1"},
        {"seats": "1", "guest_name": "Ana", "guest_email": "not-an-email"},
        {"seats": "1", "guest_name": "x" * 500, "guest_email": "a@example.org"},
    ],
)
def test_guests_must_give_a_valid_name_and_email(client, session, data):
    response = client.post(book_url(session), form_data(session, **data))
    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_booking_a_cancelled_or_started_session_is_refused_with_a_message(client, session):
    client.force_login(factories.person("a@example.org"))
    session.status = "cancelled"
    session.save()
    response = client.post(book_url(session), form_data(session, seats="1"))
    assert response.status_code == 400
    assert "This session has been cancelled." in response.content.decode()


def test_booking_needs_a_post_with_a_csrf_token(session):
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(book_url(session)).status_code == 405
    assert strict.post(book_url(session), form_data(session, seats="1")).status_code == 403


def test_cancelling_through_the_ticket_promotes_and_emails_the_first_waiting(
    client, session, django_capture_on_commit_callbacks
):
    first, second = factories.person("a@example.org"), factories.person("b@example.org")
    client.force_login(first)
    client.post(book_url(session), form_data(session, seats="2"))
    client.force_login(second)
    client.post(book_url(session), form_data(session, seats="1"))
    waiting = Booking.objects.get(user=second)
    assert waiting.status == "waitlisted"
    assert (
        "number 1 on the waiting list"
        in client.get(f"/bookings/tickets/{waiting.ticket_secret}/").content.decode()
    )

    anyone = Client()
    held = Booking.objects.get(user=first)
    with django_capture_on_commit_callbacks(execute=True):
        anyone.post(f"/bookings/tickets/{held.ticket_secret}/cancel/")
    assert Booking.objects.get(user=first).status == "cancelled"
    assert Booking.objects.get(user=second).status == "confirmed"
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_recipient) == ["a@example.org", "b@example.org"]
    assert waiting.ticket_secret in by_recipient["b@example.org"].body
    assert by_recipient["a@example.org"].subject == "Your booking is cancelled"
    assert "is cancelled" in by_recipient["a@example.org"].body


def test_cancelling_after_the_deadline_is_refused_and_changes_nothing(client, session):
    session.cancellation_deadline = timezone.now() - timedelta(minutes=1)
    session.save()
    client.force_login(factories.person("a@example.org"))
    client.post(book_url(session), form_data(session, seats="1"))
    booking = Booking.objects.get()
    response = client.post(f"/bookings/tickets/{booking.ticket_secret}/cancel/")
    assert response.status_code == 400
    assert "deadline for cancelling" in response.content.decode()
    assert Booking.objects.get().status == "confirmed"


@pytest.mark.parametrize("secret", ["nope", "A" * 32, "x" * 2000])
def test_unknown_ticket_secrets_are_404(client, secret):
    assert client.get(f"/bookings/tickets/{secret}/").status_code == 404
    assert client.post(f"/bookings/tickets/{secret}/cancel/").status_code == 404


def test_a_double_submission_books_once(client, session):
    client.force_login(factories.person("a@example.org"))
    client.post(book_url(session), form_data(session, seats="1"))
    again = client.post(book_url(session), form_data(session, seats="1"))
    assert again.status_code == 400
    assert "already have a place" in again.content.decode()
    assert Booking.objects.count() == 1


def test_a_confirmed_learner_gets_an_email_with_a_calendar_file(
    client, session, django_capture_on_commit_callbacks
):
    client.force_login(factories.person("a@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(book_url(session), form_data(session, seats="1"))
    (message,) = mail.outbox
    booking = Booking.objects.get()
    assert message.to == ["a@example.org"] and booking.ticket_secret in message.body
    ((filename, content, mimetype),) = message.attachments
    assert (filename, mimetype) == ("session.ics", "text/calendar")
    assert "BEGIN:VEVENT" in content and session.workshop.title in content


def test_a_waiting_learner_is_told_they_are_waiting(
    client, session, django_capture_on_commit_callbacks
):
    client.force_login(factories.person("a@example.org"))
    client.post(book_url(session), form_data(session, seats="2"))
    client.force_login(factories.person("b@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(book_url(session), form_data(session, seats="1"))
    (message,) = mail.outbox
    assert "waiting list" in message.subject and not message.attachments
