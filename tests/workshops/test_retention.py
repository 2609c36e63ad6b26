"""Guests' details are erased once their partner's retention period has passed."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops import services
from workshops.group_requests import group_request_accept, group_request_create
from workshops.models import Booking, GroupRequest, Session
from workshops.retention import guest_data_erase_expired

pytestmark = pytest.mark.django_db


def past_session(days_ago, *, retention_days=30):
    session = workshop_factories.session(capacity=10)
    partner = session.venue.partner
    partner.guest_data_retention_days = retention_days
    partner.save()
    ended = timezone.now() - timedelta(days=days_ago)
    Session.objects.filter(pk=session.pk).update(
        starts_at=ended - timedelta(hours=2), ends_at=ended
    )
    session.refresh_from_db()
    return session


def guest_booking(session, email="guest@example.org"):
    return Booking.objects.create(
        session=session,
        guest_name="Gina Guest",
        guest_email=email,
        seats=2,
        status=Booking.Status.CONFIRMED,
        queue_number=Booking.objects.filter(session=session).count() + 1,
        attendee_names=["Gina Guest", "Hal Friend"],
    )


def test_guest_details_past_the_period_are_erased_and_the_seats_kept():
    old = guest_booking(past_session(31))
    recent = guest_booking(past_session(29))
    report = guest_data_erase_expired()
    assert report.bookings == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.guest_name, old.guest_email, old.attendee_names) == ("", "", [])
    assert (old.seats, old.status) == (2, Booking.Status.CONFIRMED)
    assert recent.guest_email == "guest@example.org"
    assert recent.attendee_names == ["Gina Guest", "Hal Friend"]


def test_each_partner_sets_its_own_period():
    short = guest_booking(past_session(10, retention_days=7))
    long = guest_booking(past_session(10, retention_days=365))
    guest_data_erase_expired()
    short.refresh_from_db()
    long.refresh_from_db()
    assert short.guest_email == "" and long.guest_email == "guest@example.org"


def test_learners_keep_their_account_link_but_lose_the_names_they_added():
    session = past_session(40)
    learner = factories.person("learner@example.org")
    booking = Booking.objects.create(
        session=session,
        user=learner,
        seats=2,
        status=Booking.Status.CONFIRMED,
        queue_number=1,
        attendee_names=["A Pupil"],
    )
    guest_data_erase_expired()
    booking.refresh_from_db()
    assert booking.user == learner and booking.attendee_names == []


def test_upcoming_sessions_are_never_touched():
    session = workshop_factories.session()
    partner = session.venue.partner
    partner.guest_data_retention_days = 1
    partner.save()
    booking = guest_booking(session)
    assert guest_data_erase_expired().bookings == 0
    booking.refresh_from_db()
    assert booking.guest_email == "guest@example.org"


def test_group_request_contacts_and_access_needs_are_erased_after_the_period():
    session = past_session(0)
    workshop = session.workshop
    accepted = group_request_create(
        workshop=workshop,
        organisation="Hillside Academy",
        contact_name="Ms Okafor",
        contact_email="okafor@example.org",
        group_size=10,
        preferred_dates="March",
        access_needs="Two wheelchair users",
    )
    start = timezone.now() + timedelta(days=1)
    group_request_accept(
        request=accepted, venue=session.venue, starts_at=start, ends_at=start + timedelta(hours=1)
    )
    unanswered = group_request_create(
        workshop=workshop,
        organisation="Riverside Youth Club",
        contact_name="Mr Chen",
        contact_email="chen@example.org",
        group_size=8,
        preferred_dates="Any",
    )
    GroupRequest.objects.filter(pk=unanswered.pk).update(
        created_at=timezone.now() - timedelta(days=31)
    )
    assert guest_data_erase_expired().group_requests == 1  # its session is still to come
    unanswered.refresh_from_db()
    accepted.refresh_from_db()
    assert (unanswered.contact_name, unanswered.contact_email) == ("", "")
    assert unanswered.organisation == "Riverside Youth Club"
    assert accepted.contact_email == "okafor@example.org"

    Session.objects.filter(pk=accepted.session_id).update(
        starts_at=timezone.now() - timedelta(days=40), ends_at=timezone.now() - timedelta(days=39)
    )
    assert guest_data_erase_expired().group_requests == 1
    accepted.refresh_from_db()
    assert (accepted.contact_email, accepted.access_needs) == ("", "")


def test_running_twice_erases_nothing_more_and_the_command_reports(capsys):
    guest_booking(past_session(31))
    call_command("erase_expired_guest_data")
    assert "1 bookings" in capsys.readouterr().out
    assert guest_data_erase_expired().bookings == 0


def test_the_retention_period_is_validated_in_the_admin(client):
    from django.contrib.auth import get_user_model

    partner = workshop_factories.partner()
    client.force_login(
        get_user_model().objects.create_superuser(email="root@example.org", password="x")
    )
    for bad in ["0", "-5", "100000", "soon"]:
        response = client.post(
            f"/admin/partner/edit/{partner.pk}/",
            {
                "name": partner.name,
                "slug": partner.slug,
                "kind": partner.kind,
                "guest_data_retention_days": bad,
            },
        )
        assert response.status_code == 200
        assert "guest_data_retention_days" in response.context["form"].errors
    partner.refresh_from_db()
    assert partner.guest_data_retention_days == 365


def test_the_scheduler_erases_expired_guest_details():
    booking = guest_booking(past_session(31))
    call_command("run_scheduler", once=True)
    booking.refresh_from_db()
    assert booking.guest_email == ""
    assert services.confirmed_seats(booking.session) == 2
