"""Session times are typed, shown and emailed on the venue's clocks, whatever the editor's zone."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops import services
from workshops.models import Session

pytestmark = pytest.mark.django_db

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def admin_client(client):
    client.force_login(
        get_user_model().objects.create_superuser(email="root@example.org", password="x")
    )
    return client


@pytest.fixture
def session():
    session = workshop_factories.session(capacity=5)
    session.venue.timezone = "America/New_York"
    session.venue.save()
    return session


def form(session, **fields):
    return {
        "workshop": session.workshop_id,
        "venue": session.venue_id,
        "starts_at": "2099-06-10 10:00",
        "ends_at": "2099-06-10 12:00",
        "capacity": "5",
        "max_group_size": "4",
        "language": "English",
        "booking_opens_at": "",
        "booking_closes_at": "2099-06-09 18:00",
        "cancellation_deadline": "",
        **fields,
    }


def test_typed_times_are_read_on_the_venues_clocks(admin_client, session, settings):
    assert settings.TIME_ZONE != "America/New_York"
    response = admin_client.post(f"/admin/session/edit/{session.pk}/", form(session))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.starts_at == datetime.datetime(2099, 6, 10, 14, 0, tzinfo=datetime.UTC)
    assert session.booking_closes_at == datetime.datetime(2099, 6, 9, 22, 0, tzinfo=datetime.UTC)


def test_the_edit_form_shows_the_venues_wall_clock_time(admin_client, session):
    session.starts_at = datetime.datetime(2099, 1, 15, 15, 30, tzinfo=datetime.UTC)
    session.ends_at = session.starts_at + datetime.timedelta(hours=2)
    session.save()
    html = admin_client.get(f"/admin/session/edit/{session.pk}/").content.decode()
    assert "2099-01-15 10:30" in html  # 15:30 UTC is 10:30 in New York in January
    assert "On the venue" in html


def test_a_new_session_takes_the_zone_of_the_venue_chosen(admin_client, session):
    response = admin_client.post(
        "/admin/session/new/",
        form(session, starts_at="2099-12-01 09:00", ends_at="2099-12-01 11:00"),
    )
    assert response.status_code == 302
    created = Session.objects.exclude(pk=session.pk).get()
    assert timezone.localtime(created.starts_at, NEW_YORK).hour == 9


def _dst_gap_start(year, zone):
    """A wall-clock time that does not exist in `zone` on its spring-forward day."""
    day = datetime.datetime(year, 3, 1, 2, 30)  # noqa: DTZ001 (a wall-clock time on purpose)
    while True:
        aware = day.replace(tzinfo=zone)
        if zone.utcoffset(aware) != zone.utcoffset(aware.replace(fold=1)):
            return day
        day += datetime.timedelta(days=1)


def test_a_time_the_clocks_skip_is_refused_and_nothing_changes(admin_client, session):
    before = session.starts_at
    gap = _dst_gap_start(2099, NEW_YORK)
    response = admin_client.post(
        f"/admin/session/edit/{session.pk}/",
        form(
            session,
            starts_at=f"{gap:%Y-%m-%d %H:%M}",
            ends_at=f"{gap + datetime.timedelta(hours=3):%Y-%m-%d %H:%M}",
        ),
    )
    assert response.status_code == 200
    assert "clocks change" in str(response.context["form"].errors["starts_at"])
    session.refresh_from_db()
    assert session.starts_at == before


@pytest.mark.parametrize("value", ["tomorrow", "2099-13-45 25:61", "x" * 1000])
def test_malformed_times_are_form_errors(admin_client, session, value):
    before = session.starts_at
    response = admin_client.post(
        f"/admin/session/edit/{session.pk}/", form(session, starts_at=value)
    )
    assert response.status_code == 200
    assert "starts_at" in response.context["form"].errors
    session.refresh_from_db()
    assert session.starts_at == before


def test_booking_emails_give_the_time_on_the_venues_clocks(
    session, django_capture_on_commit_callbacks
):
    from workshops.emails import send_booking_placed

    session.starts_at = datetime.datetime(2099, 1, 15, 15, 30, tzinfo=datetime.UTC)
    session.ends_at = session.starts_at + datetime.timedelta(hours=2)
    session.save()
    booking = services.booking_create(
        session=session, seats=1, user=factories.person("a@example.org")
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_booking_placed(booking, "https://example.org/ticket")
    (message,) = mail.outbox
    assert "10:30" in message.body and "15:30" not in message.body
    assert "10:30" in message.alternatives[0][0]
