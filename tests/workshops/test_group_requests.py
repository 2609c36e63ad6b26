"""Schools and community groups request a private workshop; partners accept, propose or decline."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.workshops import factories as workshop_factories
from workshops.group_requests import (
    GroupRequestError,
    group_request_accept,
    group_request_decline,
    group_request_propose,
)
from workshops.models import Booking, GroupRequest, Session

pytestmark = pytest.mark.django_db

VALID = {
    "organisation": "Hillside Academy",
    "contact_name": "Ms Okafor",
    "contact_email": "okafor@example.org",
    "group_size": "24",
    "preferred_dates": "Any Tuesday in March",
    "access_needs": "Two wheelchair users",
}


@pytest.fixture
def workshop():
    return workshop_factories.workshop()


def request_url(workshop):
    return f"/bookings/groups/request/{workshop.pk}/"


def test_a_group_request_is_recorded_and_followed_by_its_status_link(client, workshop):
    assert client.get(request_url(workshop)).status_code == 200
    response = client.post(request_url(workshop), VALID)
    made = GroupRequest.objects.get()
    assert response["Location"] == f"/bookings/groups/{made.status_secret}/"
    assert (made.partner, made.group_size, made.status) == (workshop.partner, 24, "requested")
    assert "Waiting for the museum or gallery" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    "changes",
    [
        {"group_size": "0"},
        {"group_size": "-3"},
        {"group_size": "100000"},
        {"contact_email": "nope"},
        {"organisation": ""},
        {"preferred_dates": "x" * 5000},
    ],
)
def test_bad_requests_get_a_400_and_nothing_is_stored(client, workshop, changes):
    response = client.post(request_url(workshop), {**VALID, **changes})
    assert response.status_code == 400
    assert "field__errors" in response.content.decode()
    assert not GroupRequest.objects.exists()


def test_unknown_status_links_and_unpublished_workshops_are_404(client, workshop):
    assert client.get("/bookings/groups/not-a-secret/").status_code == 404
    workshop.unpublish()
    assert client.post(request_url(workshop), VALID).status_code == 404


def made_request(client, workshop):
    client.post(request_url(workshop), VALID)
    return GroupRequest.objects.get()


def test_accepting_creates_a_private_session_with_every_seat_reserved(client, workshop):
    group = made_request(client, workshop)
    venue = workshop_factories.venue(host=workshop.partner)
    start = timezone.now() + timedelta(days=30)
    group_request_accept(
        request=group, venue=venue, starts_at=start, ends_at=start + timedelta(hours=2)
    )
    session = Session.objects.get(is_private=True)
    booking = Booking.objects.get(session=session)
    assert (session.capacity, booking.seats, booking.status) == (24, 24, "confirmed")
    page = client.get(f"/bookings/groups/{group.status_secret}/").content.decode()
    assert "Accepted" in page and booking.ticket_secret in page
    assert f"session-{session.pk}" not in client.get(workshop.url).content.decode()
    with pytest.raises(GroupRequestError) as raised:
        group_request_decline(request=group, message="Too late")
    assert raised.value.code == "already_answered"


def test_a_partner_cannot_use_another_partners_venue_or_a_past_time(client, workshop):
    group = made_request(client, workshop)
    start = timezone.now() + timedelta(days=3)
    with pytest.raises(GroupRequestError) as raised:
        group_request_accept(
            request=group, venue=workshop_factories.venue(), starts_at=start, ends_at=start
        )
    assert raised.value.code == "venue_of_other_partner"
    own = workshop_factories.venue(host=workshop.partner)
    with pytest.raises(GroupRequestError) as raised:
        group_request_accept(
            request=group, venue=own, starts_at=start - timedelta(days=10), ends_at=start
        )
    assert raised.value.code == "invalid_time"
    assert not Session.objects.filter(is_private=True).exists()


def test_proposing_another_date_and_declining_are_shown_to_the_group(client, workshop):
    group = made_request(client, workshop)
    proposed = timezone.now() + timedelta(days=40)
    group_request_propose(request=group, proposed_start=proposed, message="We are full in March.")
    page = client.get(f"/bookings/groups/{group.status_secret}/").content.decode()
    assert "Another date proposed" in page and "We are full in March." in page
    group_request_decline(request=group, message="Sorry, the gallery is closed for works.")
    assert "Declined" in client.get(f"/bookings/groups/{group.status_secret}/").content.decode()
