"""Whoever booked several seats names the people coming, through the ticket link."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops import services
from workshops.models import Booking, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def booking():
    session = workshop_factories.session(capacity=10, max_group_size=4)
    return services.booking_create(
        session=session, seats=3, user=factories.person("teacher@example.org")
    )


def attendees_url(booking):
    return f"/bookings/tickets/{booking.ticket_secret}/attendees/"


def ticket_url(booking):
    return f"/bookings/tickets/{booking.ticket_secret}/"


def test_the_ticket_offers_the_names_form_and_saves_one_name_per_line(client, booking):
    html = client.get(ticket_url(booking)).content.decode()
    assert "Who is coming" in html and 'name="names"' in html
    response = client.post(
        attendees_url(booking), {"names": "  Amira   Haddad \n\nBen Okoro\r\nChloé Martin\n"}
    )
    assert response.status_code == 302 and response["Location"] == ticket_url(booking)
    booking.refresh_from_db()
    assert booking.attendee_names == ["Amira Haddad", "Ben Okoro", "Chloé Martin"]
    page = client.get(ticket_url(booking)).content.decode()
    assert "Ben Okoro" in page and "The names are saved." in page


def test_names_can_be_replaced_and_removed(client, booking):
    client.post(attendees_url(booking), {"names": "A One\nB Two"})
    client.post(attendees_url(booking), {"names": "C Three"})
    booking.refresh_from_db()
    assert booking.attendee_names == ["C Three"]
    client.post(attendees_url(booking), {"names": ""})
    booking.refresh_from_db()
    assert booking.attendee_names == []


@pytest.mark.parametrize(
    ("names", "message"),
    [
        ("A\nB\nC\nD", "This booking has 3 seats: give at most that many names."),
        ("x" * 201, "Each name can be at most 200 characters."),
        ("y" * 5000, "more text than this booking"),
    ],
)
def test_too_many_or_too_long_names_are_a_400_and_change_nothing(client, booking, names, message):
    client.post(attendees_url(booking), {"names": "Kept Name"})
    response = client.post(attendees_url(booking), {"names": names})
    assert response.status_code == 400
    assert message in response.content.decode()
    booking.refresh_from_db()
    assert booking.attendee_names == ["Kept Name"]


def test_control_characters_and_markup_are_stored_as_plain_text(client, booking):
    client.post(attendees_url(booking), {"names": "Eve\u202e<script>alert(1)</script>\x07"})
    booking.refresh_from_db()
    assert booking.attendee_names == ["Eve<script>alert(1)</script>"]
    html = client.get(ticket_url(booking)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_a_null_character_is_a_400_and_changes_nothing(client, booking):
    response = client.post(attendees_url(booking), {"names": "Eve\x00"})
    assert response.status_code == 400
    booking.refresh_from_db()
    assert booking.attendee_names == []


def test_names_are_closed_once_the_session_starts_or_the_booking_is_cancelled(client, booking):
    Session.objects.filter(pk=booking.session_id).update(
        starts_at=timezone.now() - timedelta(minutes=5)
    )
    response = client.post(attendees_url(booking), {"names": "Late Name"})
    assert response.status_code == 400
    assert "has not started" in response.content.decode()
    booking.refresh_from_db()
    assert booking.attendee_names == []


def test_a_cancelled_booking_takes_no_names_and_shows_no_form(client, booking):
    services.booking_cancel(booking=booking)
    assert 'name="names"' not in client.get(ticket_url(booking)).content.decode()
    assert client.post(attendees_url(booking), {"names": "Someone"}).status_code == 400
    booking.refresh_from_db()
    assert booking.attendee_names == []


def test_a_single_seat_booking_shows_no_names_form(client):
    session = workshop_factories.session()
    single = services.booking_create(session=session, seats=1, user=factories.person("a@x.org"))
    assert 'name="names"' not in client.get(ticket_url(single)).content.decode()


def test_a_forged_ticket_secret_is_a_404_and_csrf_is_required(booking):
    assert (
        Client().post("/bookings/tickets/forged-secret/attendees/", {"names": "X"}).status_code
        == 404
    )
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(attendees_url(booking), {"names": "X"}).status_code == 403
    assert Client().get(attendees_url(booking)).status_code == 405
    booking.refresh_from_db()
    assert booking.attendee_names == []


def test_the_partner_sees_the_names_on_the_booking(client, booking):
    services.booking_attendees_set(booking=booking, names=["Amira Haddad", "Ben Okoro"])
    client.force_login(
        get_user_model().objects.create_superuser(email="root@example.org", password="x")
    )
    html = client.get(f"/admin/booking/inspect/{booking.pk}/").content.decode()
    assert "Amira Haddad, Ben Okoro" in html


def test_names_are_part_of_the_holders_data_export(booking):
    from workshops.privacy import booking_rows

    services.booking_attendees_set(booking=booking, names=["Amira Haddad"])
    (row,) = booking_rows(booking.user)
    assert row["attendee_names"] == ["Amira Haddad"]
    assert Booking.objects.get(pk=booking.pk).attendee_names == ["Amira Haddad"]
