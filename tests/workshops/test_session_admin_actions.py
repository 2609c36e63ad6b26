"""Partner staff cancel a whole session (everyone booked or waiting is told once) and email
the waiting list; editing a session keeps the seats and the queue right."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops import services
from workshops.admin_views import MESSAGE_MAX_LENGTH, SUBJECT_MAX_LENGTH
from workshops.models import Booking, PartnerMembership, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    return workshop_factories.session(capacity=3, max_group_size=3)


@pytest.fixture
def educator(session):
    user = factories.person("educator@example.org", groups=[EDUCATORS])
    PartnerMembership.objects.create(
        user=user, partner=session.venue.partner, role=PartnerMembership.Role.EDUCATOR
    )
    return user


@pytest.fixture
def bookings(session):
    """Two confirmed learners (3 seats, full), two waiting, one guest who has not confirmed
    and one who cancelled; the first guest also has a second, confirmed booking."""
    people = workshop_factories.learners(5)
    confirmed = services.booking_create(session=session, seats=2, user=people[0])
    guest = services.booking_create(
        session=session, seats=1, guest_name="Gus Guest", guest_email="gus@example.org"
    )
    services.booking_confirm_guest(booking=guest)
    first_waiting = services.booking_create(session=session, seats=1, user=people[1])
    second_waiting = services.booking_create(session=session, seats=2, user=people[2])
    pending = services.booking_create(
        session=session, seats=1, guest_name="Gus Guest", guest_email="GUS@example.org"
    )
    gone = services.booking_create(session=session, seats=1, user=people[3])
    services.booking_cancel(booking=gone)
    return {
        "confirmed": [confirmed, guest],
        "waiting": [first_waiting, second_waiting],
        "pending": [pending],
        "cancelled": [gone],
        "people": people,
    }


def cancel_url(session):
    return f"/admin/session/cancel/{session.pk}/"


def email_url(session):
    return f"/admin/session/email-waiting-list/{session.pk}/"


def statuses(session):
    return sorted(session.bookings.values_list("pk", "status"))


def test_the_session_page_lists_bookings_by_status_in_queue_order(
    client, session, educator, bookings
):
    client.force_login(educator)
    html = client.get(f"/admin/session/inspect/{session.pk}/").content.decode()
    first, second = (booking.user.email for booking in bookings["waiting"])
    assert html.index(first) < html.index(second)
    assert "Seats booked: 3 of 3. Seats left: 0." in html
    assert "Seats asked for on the waiting list: 3." in html
    assert "Gus Guest" in html and bookings["people"][3].email in html
    assert cancel_url(session) in html and email_url(session) in html


def test_get_asks_for_confirmation_and_changes_nothing(
    client, session, educator, bookings, django_capture_on_commit_callbacks
):
    client.force_login(educator)
    before = statuses(session)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(cancel_url(session))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Yes, cancel this session" in html
    assert "2 confirmed bookings" in html and "2 bookings on the waiting list" in html
    session.refresh_from_db()
    assert session.status == Session.Status.SCHEDULED
    assert statuses(session) == before
    assert mail.outbox == []


def test_an_educator_cancels_a_session_and_everyone_booked_or_waiting_is_told_once(
    client, session, educator, bookings, django_capture_on_commit_callbacks
):
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_url(session))
    assert response.status_code == 302
    assert response["Location"] == f"/admin/session/inspect/{session.pk}/"
    session.refresh_from_db()
    assert session.status == Session.Status.CANCELLED
    assert set(session.bookings.values_list("status", flat=True)) == {Booking.Status.CANCELLED}
    assert all(booking.cancelled_at for booking in session.bookings.all())

    recipients = sorted(address for message in mail.outbox for address in message.to)
    people = bookings["people"]
    # Gus has a confirmed and an unconfirmed booking and is told once; whoever had
    # cancelled before is not told again.
    assert recipients == sorted(
        [people[0].email, people[1].email, people[2].email, "gus@example.org"]
    )
    assert all("cancelled" in message.subject for message in mail.outbox)
    assert session.workshop.title in mail.outbox[0].body
    log_entry = ModelLogEntry.objects.get(action="workshops.session_cancel")
    assert log_entry.user == educator and log_entry.data == {"bookings": 5}
    assert "5 bookings" in client.get(response["Location"]).content.decode()
    history = client.get(f"/admin/session/history/{session.pk}/").content.decode()
    assert "Cancelled the session and 5 bookings" in history


def test_cancelling_again_is_harmless(
    client, session, educator, bookings, django_capture_on_commit_callbacks
):
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel_url(session))
    mail.outbox.clear()
    after_first = statuses(session)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_url(session), follow=True)
    assert response.status_code == 200
    assert "This session has been cancelled." in response.content.decode()
    assert statuses(session) == after_first
    assert mail.outbox == []
    # The confirmation page says so too, without a button.
    html = client.get(cancel_url(session)).content.decode()
    assert "This session has been cancelled." in html and "Yes, cancel" not in html


def test_a_session_that_has_started_cannot_be_cancelled(
    client, session, educator, bookings, django_capture_on_commit_callbacks
):
    Session.objects.filter(pk=session.pk).update(starts_at=timezone.now() - timedelta(minutes=5))
    client.force_login(educator)
    before = statuses(session)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_url(session), follow=True)
    assert "This session has already started." in response.content.decode()
    session.refresh_from_db()
    assert session.status == Session.Status.SCHEDULED
    assert statuses(session) == before
    assert mail.outbox == []


def test_the_service_cancels_under_the_lock_and_refuses_twice(session, bookings):
    cancelled_session, cancelled = services.session_cancel(session=session, by=None)
    assert cancelled_session.status == Session.Status.CANCELLED
    assert len(cancelled) == 5
    with pytest.raises(services.BookingError) as error:
        services.session_cancel(session=session, by=None)
    assert error.value.code == "session_cancelled"


def test_the_waiting_list_email_goes_only_to_people_waiting(
    client, session, educator, bookings, django_capture_on_commit_callbacks
):
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            email_url(session),
            {"subject": "More seats soon\r\nBcc: x@example.org", "message": "We may add a row."},
        )
    assert response.status_code == 302
    waiting = sorted(booking.user.email for booking in bookings["waiting"])
    assert sorted(address for message in mail.outbox for address in message.to) == waiting
    message = mail.outbox[0]
    # One line, whatever was typed: a header cannot be smuggled in.
    assert message.subject == "More seats soon Bcc: x@example.org"
    assert "We may add a row." in message.body and session.workshop.title in message.body
    assert ModelLogEntry.objects.filter(action="workshops.waitlist_email").count() == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"subject": "", "message": "Hello"}, "subject"),
        ({"subject": "   ", "message": "Hello"}, "subject"),
        ({"subject": "Hello", "message": ""}, "message"),
        ({"subject": "Hello", "message": "\u200b\u200b"}, "message"),
        ({"subject": "x" * (SUBJECT_MAX_LENGTH + 1), "message": "Hello"}, "subject"),
        ({"subject": "Hello", "message": "x" * (MESSAGE_MAX_LENGTH + 1)}, "message"),
    ],
)
def test_a_bad_waiting_list_email_is_shown_with_its_error_and_nothing_is_sent(
    client, session, educator, bookings, django_capture_on_commit_callbacks, data, field
):
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(email_url(session), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert mail.outbox == []
    assert not ModelLogEntry.objects.filter(action="workshops.waitlist_email").exists()


def test_with_nobody_waiting_nothing_is_sent(
    client, session, educator, django_capture_on_commit_callbacks
):
    services.booking_create(session=session, seats=1, user=factories.person("a@example.org"))
    client.force_login(educator)
    assert "Nobody is on the waiting list." in client.get(email_url(session)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(email_url(session), {"subject": "Hi", "message": "Hello"})
    assert response.status_code == 302
    assert mail.outbox == []


@pytest.mark.parametrize("target", [cancel_url, email_url])
def test_actions_without_a_csrf_token_are_refused(
    session, educator, bookings, django_capture_on_commit_callbacks, target
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(target(session), {"subject": "Hi", "message": "Hello"})
    assert response.status_code == 403
    session.refresh_from_db()
    assert session.status == Session.Status.SCHEDULED
    assert mail.outbox == []


def edit_form(session, **fields):
    local = timezone.localtime
    return {
        "workshop": session.workshop_id,
        "venue": session.venue_id,
        "starts_at": local(session.starts_at).strftime("%Y-%m-%d %H:%M"),
        "ends_at": local(session.ends_at).strftime("%Y-%m-%d %H:%M"),
        "capacity": str(session.capacity),
        "max_group_size": str(session.max_group_size),
        "language": session.language,
        "booking_opens_at": "",
        "booking_closes_at": "",
        "cancellation_deadline": "",
        **fields,
    }


def test_raising_the_capacity_promotes_the_waiting_list_in_order_and_tells_them(
    client, session, educator, bookings, django_capture_on_commit_callbacks
):
    client.force_login(educator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/session/edit/{session.pk}/", edit_form(session, capacity="4")
        )
    assert response.status_code == 302
    first, second = bookings["waiting"]
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Booking.Status.CONFIRMED
    assert second.status == Booking.Status.WAITLISTED  # 2 seats do not fit in the 1 left
    assert [message.to for message in mail.outbox] == [[first.user.email]]


def test_the_capacity_cannot_go_below_the_confirmed_seats(client, session, educator, bookings):
    client.force_login(educator)
    response = client.post(f"/admin/session/edit/{session.pk}/", edit_form(session, capacity="2"))
    assert response.status_code == 200
    assert "capacity" in response.context["form"].errors
    session.refresh_from_db()
    assert session.capacity == 3


def test_a_session_with_people_booked_is_cancelled_not_deleted(client, session, bookings):
    coordinator = factories.person("coordinator@example.org", groups=[EDUCATORS])
    PartnerMembership.objects.create(
        user=coordinator, partner=session.venue.partner, role=PartnerMembership.Role.COORDINATOR
    )
    client.force_login(coordinator)
    html = client.get(f"/admin/session/delete/{session.pk}/").content.decode()
    assert "Cancel the session instead" in html and "Yes, delete" not in html
    assert client.post(f"/admin/session/delete/{session.pk}/").status_code == 302
    assert Session.objects.filter(pk=session.pk).exists()
    assert client.post(f"/admin/venue/delete/{session.venue_id}/").status_code == 302
    assert session.venue.__class__.objects.filter(pk=session.venue_id).exists()
