"""People find sessions by date, place, language and access needs, and add them to a calendar."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.workshops import factories as workshop_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_sessions():
    step_free = workshop_factories.session(capacity=3)
    step_free.venue.step_free_access = True
    step_free.venue.city = "Glasgow"
    step_free.venue.save()
    other = workshop_factories.session(capacity=3, starts_in=timedelta(days=10), language="Welsh")
    return step_free, other


def listing(client, **params):
    index = workshop_factories.workshop_index()
    return client.get(index.url, params)


def test_listing_shows_upcoming_public_sessions_only(client, two_sessions):
    private = workshop_factories.session()
    private.is_private = True
    private.save()
    html = listing(client).content.decode()
    assert two_sessions[0].workshop.title in html and two_sessions[1].workshop.title in html
    assert private.workshop.title not in html
    assert "2 upcoming sessions" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"access": "step_free_access"}, 0),
        ({"city": "Glasgow"}, 0),
        ({"language": "Welsh"}, 1),
        ({"date_from": (timezone.now() + timedelta(days=5)).date().isoformat()}, 1),
    ],
)
def test_filters_narrow_the_list(client, two_sessions, params, expected):
    html = listing(client, **params).content.decode()
    assert "1 upcoming session" in html
    assert two_sessions[expected].workshop.title in html
    assert two_sessions[1 - expected].workshop.title not in html


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "not-a-date"},
        {"city": "<script>alert(1)</script>"},
        {"access": "no_such_feature"},
        {"date_from": "2030-01-10", "date_to": "2030-01-01"},
        {"partner": "x" * 5000},
    ],
)
def test_bad_filters_get_a_400_with_a_message(client, two_sessions, params):
    response = listing(client, **params)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please correct the filters below." in html
    assert "<script>alert(1)</script>" not in html


def test_workshop_and_partner_feeds_are_valid_icalendar(client, two_sessions):
    session = two_sessions[0]
    response = client.get(f"/bookings/calendar/workshop/{session.workshop.pk}.ics")
    assert response["Content-Type"].startswith("text/calendar")
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["summary"]) == session.workshop.title
    assert event.decoded("dtstart") == session.starts_at.replace(microsecond=0)
    assert "Glasgow" in str(event["location"])
    partner = client.get(f"/bookings/calendar/partner/{session.venue.partner.slug}.ics")
    assert len(Calendar.from_ical(partner.content).walk("VEVENT")) == 1


def test_feeds_for_unknown_workshops_or_partners_are_404(client):
    assert client.get("/bookings/calendar/workshop/999999.ics").status_code == 404
    assert client.get("/bookings/calendar/partner/nobody.ics").status_code == 404
