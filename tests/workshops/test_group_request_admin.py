"""Partner staff answer group requests in the admin (accept, propose, decline), typing times on
the venue's clocks; the group and the partner's staff are emailed once each change commits."""

import datetime
import re
import zoneinfo
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.group_request_admin import MESSAGE_MAX_LENGTH
from workshops.group_requests import (
    group_request_accept,
    group_request_create,
    group_request_decline,
    group_request_propose,
)
from workshops.models import Booking, GroupRequest, PartnerMembership, Session

pytestmark = pytest.mark.django_db

COORDINATOR = PartnerMembership.Role.COORDINATOR
EDUCATOR = PartnerMembership.Role.EDUCATOR
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
UTC = datetime.UTC
CONTACT = "learning@alpha.example.org"
GROUP_EMAIL = "okafor@hillside.example.org"
ACCEPTED_SUBJECT = "Your group workshop is booked"
PROPOSED_SUBJECT = "Another date for your group workshop"
DECLINED_SUBJECT = "About your group workshop request"
ALREADY_ANSWERED = "This request has already been accepted or declined."
INVALID_TIME = "The session must end after it starts, and start in the future."

PUBLIC_FORM = {
    "organisation": "Riverside Scouts",
    "contact_name": "Ms Okafor",
    "contact_email": GROUP_EMAIL,
    "group_size": "24",
    "preferred_dates": "Any Tuesday in March",
    "access_needs": "Two wheelchair users",
}


def staff(email, partner, role, **fields):
    """A partner's member, with the editorial group that lets people into the admin."""
    user = factories.person(email, groups=[EDUCATORS], **fields)
    PartnerMembership.objects.create(user=user, partner=partner, role=role)
    return user


def refused(response):
    """Wagtail's refusal: to the admin home with a message, or to the login page."""
    return response.status_code == 302 and (
        response["Location"] == "/admin/" or "login" in response["Location"]
    )


def new_request(workshop, organisation="Hillside Academy", group_size=24, **fields):
    return group_request_create(
        workshop=workshop,
        organisation=organisation,
        contact_name="Ms Okafor",
        contact_email=GROUP_EMAIL,
        group_size=group_size,
        preferred_dates="Any Tuesday in March",
        **fields,
    )


@pytest.fixture
def world():
    """A partner (project zone Europe/London) with a venue in New York and a group request;
    another partner with its own venue."""
    host = workshop_factories.partner(name="Alpha Museum", contact_email=CONTACT)
    venue = workshop_factories.venue(
        host=host, name="Harbour Studio", city="New York", timezone="America/New_York"
    )
    workshop = workshop_factories.workshop(host=host, title="Alpha workshop")
    other = workshop_factories.partner(name="Bravo Museum")
    return {
        "partner": host,
        "venue": venue,
        "workshop": workshop,
        "group_request": new_request(workshop),
        "other_venue": workshop_factories.venue(host=other, name="Bravo Studio"),
    }


@pytest.fixture
def group(world):
    return world["group_request"]


@pytest.fixture
def coordinator(world):
    return staff("coordinator@alpha.example.org", world["partner"], COORDINATOR)


@pytest.fixture
def educator(world):
    return staff("educator@alpha.example.org", world["partner"], EDUCATOR)


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def action_url(action, group_request):
    return f"/admin/grouprequest/{action}/{group_request.pk}/"


def inspect_url(group_request):
    return f"/admin/grouprequest/inspect/{group_request.pk}/"


def status_page(client, group_request):
    response = client.get(f"/bookings/groups/{group_request.status_secret}/")
    assert response.status_code == 200
    return response.content.decode()


def accept_form(world, **fields):
    return {
        "venue": str(world["venue"].pk),
        "starts_at": "2099-03-10 10:00",
        "ends_at": "2099-03-10 12:00",
        "message": "See you in the studio.",
        **fields,
    }


def propose_form(world, **fields):
    return {
        "venue": str(world["venue"].pk),
        "proposed_start": "2099-03-10 10:00",
        "message": "We are full in March.",
        **fields,
    }


def snapshot(group_request):
    """Everything an answer would change."""
    fresh = GroupRequest.objects.get(pk=group_request.pk)
    return (
        fresh.status,
        fresh.response,
        fresh.proposed_start,
        fresh.proposed_venue_id,
        fresh.session_id,
        fresh.responded_at,
    )


def post(client, capture, url, data):
    with capture(execute=True):
        return client.post(url, data)


def dst_change_day(year, month):
    """The day in `month` on which New York's clocks change (checked, not assumed)."""
    day = datetime.date(year, month, 1)
    while day.month == month:
        midnight = datetime.datetime.combine(day, datetime.time(0), NEW_YORK)
        noon = datetime.datetime.combine(day, datetime.time(12), NEW_YORK)
        if midnight.utcoffset() != noon.utcoffset():
            return day
        day += timedelta(days=1)
    raise AssertionError("no clock change found")


# ---------------------------------------------------------------------------------------------
# Accepting


def test_the_project_zone_differs_from_the_venue_zone():
    # Otherwise the time-zone tests below would prove nothing.
    assert timezone.get_default_timezone_name() != "America/New_York"


def test_a_coordinator_accepts_with_times_typed_on_the_venues_clocks(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world),
    )
    assert response.status_code == 302
    assert response["Location"] == inspect_url(group)

    session = Session.objects.get(is_private=True)
    expected_start = datetime.datetime(2099, 3, 10, 10, 0, tzinfo=NEW_YORK)
    assert session.starts_at == expected_start
    # New York is on summer time (UTC-4) from the second Sunday of March 2099.
    assert session.starts_at.astimezone(UTC) == datetime.datetime(2099, 3, 10, 14, 0, tzinfo=UTC)
    assert session.ends_at == datetime.datetime(2099, 3, 10, 12, 0, tzinfo=NEW_YORK)
    assert session.venue == world["venue"]
    assert session.workshop.pk == world["workshop"].pk
    assert session.is_private
    assert session.capacity == group.group_size == 24

    booking = Booking.objects.get(session=session)
    assert (booking.status, booking.seats) == (Booking.Status.CONFIRMED, 24)
    assert booking.guest_email == GROUP_EMAIL

    group.refresh_from_db()
    assert group.status == GroupRequest.Status.ACCEPTED
    assert group.session == session
    assert group.response == "See you in the studio."
    assert group.responded_at is not None

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [GROUP_EMAIL]
    assert email.subject == ACCEPTED_SUBJECT
    ticket_url = "http://testserver" + reverse("workshops:ticket", args=[booking.ticket_secret])
    html = email.alternatives[0][0]
    for body in (email.body, html):
        assert ticket_url in body
        assert "Tuesday 10 March 2099, 10:00" in body  # the venue's time, not London's (14:00)
        assert "12:00" in body
        assert "14:00" not in body
        assert "See you in the studio." in body
    assert [name for name, _content, _type in email.attachments] == ["session.ics"]
    _name, ics, mimetype = email.attachments[0]
    assert mimetype == "text/calendar"
    assert "DTSTART:20990310T140000Z" in ics

    page = status_page(coordinator_client, group)
    assert "Tuesday 10 March 2099, 10:00" in page
    assert booking.ticket_secret in page


def test_the_accept_form_starts_from_an_earlier_proposal(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("propose", group),
        propose_form(world, proposed_start="2099-03-12 09:30"),
    )
    assert response.status_code == 302

    response = coordinator_client.get(action_url("accept", group))
    assert response.status_code == 200
    initial = response.context["form"].initial
    assert initial["venue"] == world["venue"]
    # The proposal's start on the venue's clocks, naive: not the UTC (13:30) or London time.
    assert initial["starts_at"] == datetime.datetime(2099, 3, 12, 9, 30)  # noqa: DTZ001
    assert "2099-03-12 09:30" in response.content.decode()


def test_the_accept_form_is_empty_without_a_proposal(coordinator_client, group):
    response = coordinator_client.get(action_url("accept", group))
    assert response.status_code == 200
    assert response.context["form"].initial == {}


def test_control_characters_are_stripped_from_an_accepted_message(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world, message="Hello\x00 group\x07\u200b!\x1b"),
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.response == "Hello group!"
    assert "Hello group!" in mail.outbox[0].body


def test_a_superuser_may_answer_any_partners_request(
    client, world, group, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser(email="root@example.org", password="x")
    client.force_login(root)
    assert action_url("accept", group) in client.get(inspect_url(group)).content.decode()
    response = post(
        client, django_capture_on_commit_callbacks, action_url("accept", group), accept_form(world)
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.status == GroupRequest.Status.ACCEPTED


# ---------------------------------------------------------------------------------------------
# Bad answers


def _bad_accept_cases():
    spring = dst_change_day(2099, 3)  # clocks skip 02:00-03:00
    autumn = dst_change_day(2099, 11)  # clocks repeat 01:00-02:00
    return [
        pytest.param({"venue": ""}, "venue", id="missing-venue"),
        pytest.param({"venue": "999999"}, "venue", id="unknown-venue"),
        pytest.param({"venue": "other"}, "venue", id="another-partners-venue"),
        pytest.param({"venue": "abc"}, "venue", id="venue-not-a-number"),
        pytest.param({"starts_at": ""}, "starts_at", id="missing-start"),
        pytest.param({"ends_at": ""}, "ends_at", id="missing-end"),
        pytest.param(
            {"starts_at": "2099-03-10 12:00", "ends_at": "2099-03-10 10:00"},
            None,
            id="end-before-start",
        ),
        pytest.param(
            {"starts_at": "2099-03-10 10:00", "ends_at": "2099-03-10 10:00"},
            None,
            id="end-equals-start",
        ),
        pytest.param(
            {"starts_at": "2001-03-10 10:00", "ends_at": "2001-03-10 12:00"}, None, id="past-start"
        ),
        pytest.param({"starts_at": "tomorrow"}, "starts_at", id="words"),
        pytest.param({"starts_at": "2099-13-45 25:61"}, "starts_at", id="impossible-date"),
        pytest.param({"ends_at": "2099-02-30 12:00"}, "ends_at", id="february-30"),
        pytest.param(
            {
                "starts_at": f"{spring:%Y-%m-%d} 02:30",
                "ends_at": f"{spring:%Y-%m-%d} 04:00",
            },
            "starts_at",
            id="dst-gap",
        ),
        pytest.param(
            {
                "starts_at": f"{autumn:%Y-%m-%d} 01:30",
                "ends_at": f"{autumn:%Y-%m-%d} 03:00",
            },
            "starts_at",
            id="dst-repeated-hour",
        ),
        pytest.param({"message": "x" * 10_000}, "message", id="message-too-long"),
        pytest.param(
            {"message": "x" * (MESSAGE_MAX_LENGTH + 1)}, "message", id="message-one-too-long"
        ),
    ]


@pytest.mark.parametrize(("changes", "field"), _bad_accept_cases())
def test_a_bad_acceptance_is_a_400_and_changes_nothing(
    coordinator_client, world, group, django_capture_on_commit_callbacks, changes, field
):
    if changes.get("venue") == "other":
        changes = {**changes, "venue": str(world["other_venue"].pk)}
    before = snapshot(group)
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world, **changes),
    )
    assert response.status_code == 400
    html = response.content.decode()
    if field is None:
        assert INVALID_TIME in html
    else:
        assert field in response.context["form"].errors
    assert not Session.objects.exists()
    assert not Booking.objects.exists()
    assert snapshot(group) == before
    assert mail.outbox == []


def test_the_dst_cases_are_really_at_new_yorks_clock_changes():
    spring = dst_change_day(2099, 3)
    autumn = dst_change_day(2099, 11)
    assert spring.weekday() == autumn.weekday() == 6  # Sundays
    gap = datetime.datetime.combine(spring, datetime.time(2, 30))
    repeated = datetime.datetime.combine(autumn, datetime.time(1, 30))
    for value in (gap, repeated):
        assert value.replace(tzinfo=NEW_YORK).utcoffset() != (
            value.replace(tzinfo=NEW_YORK, fold=1).utcoffset()
        )


def test_a_message_of_exactly_the_limit_is_accepted(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world, message="x" * MESSAGE_MAX_LENGTH),
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert len(group.response) == MESSAGE_MAX_LENGTH


# ---------------------------------------------------------------------------------------------
# Proposing and declining


def test_a_coordinator_proposes_another_date_at_one_of_their_venues(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("propose", group),
        propose_form(world),
    )
    assert response.status_code == 302
    assert response["Location"] == inspect_url(group)

    group.refresh_from_db()
    assert group.status == GroupRequest.Status.PROPOSED
    assert group.proposed_venue == world["venue"]
    assert group.proposed_start == datetime.datetime(2099, 3, 10, 10, 0, tzinfo=NEW_YORK)
    assert group.response == "We are full in March."
    assert not Session.objects.exists()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert (email.to, email.subject) == ([GROUP_EMAIL], PROPOSED_SUBJECT)
    assert email.attachments == []
    status_url = f"http://testserver/bookings/groups/{group.status_secret}/"
    for body in (email.body, email.alternatives[0][0]):
        assert "We are full in March." in body
        assert "Tuesday 10 March 2099, 10:00" in body
        assert "Harbour Studio" in body
        assert status_url in body

    page = status_page(coordinator_client, group)
    assert "Tuesday 10 March 2099, 10:00 at Harbour Studio, New York" in page
    assert "We are full in March." in page

    # The inspect page shows the proposal on the venue's clocks too.
    inspect = coordinator_client.get(inspect_url(group)).content.decode()
    assert "2099-03-10 10:00, Harbour Studio, New York" in inspect


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"message": ""}, "message", id="empty-message"),
        pytest.param({"message": "   \n "}, "message", id="blank-message"),
        pytest.param({"message": "\x00\x07\u200b"}, "message", id="only-control-characters"),
        pytest.param({"venue": ""}, "venue", id="missing-venue"),
        pytest.param({"venue": "other"}, "venue", id="another-partners-venue"),
        pytest.param({"proposed_start": ""}, "proposed_start", id="missing-start"),
        pytest.param({"proposed_start": "soon"}, "proposed_start", id="words"),
        pytest.param({"proposed_start": "2001-01-01 10:00"}, None, id="past-start"),
        pytest.param({"message": "x" * 10_000}, "message", id="message-too-long"),
    ],
)
def test_a_bad_proposal_is_a_400_and_changes_nothing(
    coordinator_client, world, group, django_capture_on_commit_callbacks, changes, field
):
    if changes.get("venue") == "other":
        changes = {**changes, "venue": str(world["other_venue"].pk)}
    before = snapshot(group)
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("propose", group),
        propose_form(world, **changes),
    )
    assert response.status_code == 400
    if field is None:
        assert INVALID_TIME in response.content.decode()
    else:
        assert field in response.context["form"].errors
    assert snapshot(group) == before
    assert mail.outbox == []


def test_a_decline_needs_a_message(coordinator_client, group, django_capture_on_commit_callbacks):
    before = snapshot(group)
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("decline", group),
        {"message": " \t"},
    )
    assert response.status_code == 400
    assert "message" in response.context["form"].errors
    assert snapshot(group) == before
    assert mail.outbox == []


def test_a_declined_request_cannot_be_answered_again(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    response = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("decline", group),
        {"message": "The gallery is closed for works."},
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.status == GroupRequest.Status.DECLINED
    assert group.response == "The gallery is closed for works."
    assert len(mail.outbox) == 1
    assert (mail.outbox[0].to, mail.outbox[0].subject) == ([GROUP_EMAIL], DECLINED_SUBJECT)
    assert "The gallery is closed for works." in mail.outbox[0].body
    assert mail.outbox[0].attachments == []
    assert "Declined" in status_page(coordinator_client, group)

    mail.outbox.clear()
    before = snapshot(group)
    answers = {
        "accept": accept_form(world),
        "propose": propose_form(world),
        "decline": {"message": "Declined twice"},
    }
    for action, data in answers.items():
        shown = coordinator_client.get(action_url(action, group))
        assert shown.status_code == 200
        html = shown.content.decode()
        assert ALREADY_ANSWERED in html
        assert "Send the answer" not in html  # no form to fill in

        response = post(
            coordinator_client, django_capture_on_commit_callbacks, action_url(action, group), data
        )
        assert response.status_code == 400, action
        assert ALREADY_ANSWERED in response.content.decode()
    assert snapshot(group) == before
    assert not Session.objects.exists()
    assert mail.outbox == []


def test_an_accepted_request_cannot_be_accepted_twice(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    first = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world),
    )
    assert first.status_code == 302
    mail.outbox.clear()
    before = snapshot(group)
    second = post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world, starts_at="2099-04-10 10:00", ends_at="2099-04-10 12:00"),
    )
    assert second.status_code == 400
    assert ALREADY_ANSWERED in second.content.decode()
    assert Session.objects.count() == 1
    assert Booking.objects.count() == 1
    assert snapshot(group) == before
    assert mail.outbox == []


@pytest.mark.parametrize("action", ["accept", "propose", "decline"])
def test_answers_without_a_csrf_token_are_refused(
    world, group, coordinator, django_capture_on_commit_callbacks, action
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    data = {
        "accept": accept_form(world),
        "propose": propose_form(world),
        "decline": {"message": "No"},
    }[action]
    before = snapshot(group)
    response = post(client, django_capture_on_commit_callbacks, action_url(action, group), data)
    assert response.status_code == 403
    assert snapshot(group) == before
    assert not Session.objects.exists()
    assert mail.outbox == []


# ---------------------------------------------------------------------------------------------
# Who may answer


def test_an_educator_reads_requests_but_cannot_answer_them(
    client, world, group, educator, django_capture_on_commit_callbacks
):
    client.force_login(educator)
    index = client.get("/admin/grouprequest/")
    assert index.status_code == 200
    assert "Hillside Academy" in index.content.decode()
    page = client.get(inspect_url(group))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Hillside Academy" in html
    for action in ("accept", "propose", "decline"):
        assert action_url(action, group) not in html
    assert "Accept and schedule" not in html

    before = snapshot(group)
    answers = {
        "accept": accept_form(world),
        "propose": propose_form(world),
        "decline": {"message": "No"},
    }
    for action, data in answers.items():
        assert refused(client.get(action_url(action, group))), action
        response = post(client, django_capture_on_commit_callbacks, action_url(action, group), data)
        assert refused(response), action
        assert response["Location"] == "/admin/"
    assert snapshot(group) == before
    assert not Session.objects.exists()
    assert mail.outbox == []


def test_a_coordinator_sees_the_answer_buttons_until_the_request_is_answered(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    html = coordinator_client.get(inspect_url(group)).content.decode()
    for action in ("accept", "propose", "decline"):
        assert action_url(action, group) in html
    assert "Accept and schedule" in html

    # A proposal leaves the request open: the buttons stay.
    post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("propose", group),
        propose_form(world),
    )
    html = coordinator_client.get(inspect_url(group)).content.decode()
    for action in ("accept", "propose", "decline"):
        assert action_url(action, group) in html

    post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world),
    )
    html = coordinator_client.get(inspect_url(group)).content.decode()
    for action in ("accept", "propose", "decline"):
        assert action_url(action, group) not in html
    session = Session.objects.get()
    assert f"/admin/session/inspect/{session.pk}/" in html


def test_after_a_decline_the_buttons_are_gone(
    coordinator_client, group, django_capture_on_commit_callbacks
):
    post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("decline", group),
        {"message": "Sorry"},
    )
    html = coordinator_client.get(inspect_url(group)).content.decode()
    for action in ("accept", "propose", "decline"):
        assert action_url(action, group) not in html


def test_a_coordinator_elsewhere_is_only_an_educator_here(
    client, world, group, django_capture_on_commit_callbacks
):
    """Answering somewhere does not mean answering everywhere: the role is per partner."""
    member = staff("mixed@example.org", world["partner"], EDUCATOR)
    PartnerMembership.objects.create(
        user=member, partner=world["other_venue"].partner, role=COORDINATOR
    )
    client.force_login(member)
    html = client.get(inspect_url(group)).content.decode()
    for action in ("accept", "propose", "decline"):
        assert action_url(action, group) not in html
    before = snapshot(group)
    response = post(
        client, django_capture_on_commit_callbacks, action_url("accept", group), accept_form(world)
    )
    assert refused(response)
    assert snapshot(group) == before
    assert not Session.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("action", ["inspect", "accept", "propose", "decline"])
def test_unknown_or_huge_ids_are_404(coordinator_client, action):
    for pk in ("999999", "99999999999999999999"):
        assert coordinator_client.get(f"/admin/grouprequest/{action}/{pk}/").status_code == 404


def test_each_answer_is_logged_with_who_gave_it(
    coordinator_client, coordinator, world, group, django_capture_on_commit_callbacks
):
    post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("propose", group),
        propose_form(world),
    )
    post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("accept", group),
        accept_form(world),
    )
    entries = ModelLogEntry.objects.filter(object_id=str(group.pk)).order_by("timestamp", "pk")
    assert [(entry.action, entry.user_id) for entry in entries] == [
        ("workshops.group_request_proposed", coordinator.pk),
        ("workshops.group_request_accepted", coordinator.pk),
    ]


def test_a_message_with_markup_is_shown_as_text(
    coordinator_client, world, group, django_capture_on_commit_callbacks
):
    message = '<script>alert("x")</script> <b>Bring & share</b>'
    post(
        coordinator_client,
        django_capture_on_commit_callbacks,
        action_url("decline", group),
        {"message": message},
    )
    group.refresh_from_db()
    assert group.response == message  # stored as typed
    html_email = mail.outbox[0].alternatives[0][0]
    page = status_page(coordinator_client, group)
    for html in (html_email, page):
        assert "<script>" not in html and "<b>Bring" not in html
        assert "&lt;script&gt;" in html
    assert message in mail.outbox[0].body  # the text version is plain text


@pytest.mark.parametrize("path", ["/admin/grouprequest/new/", "/admin/grouprequest/edit/{pk}/"])
def test_nobody_adds_or_edits_requests_as_rows(coordinator_client, group, path):
    assert refused(coordinator_client.get(path.format(pk=group.pk)))


# ---------------------------------------------------------------------------------------------
# The public request and its emails


def public_request(client, workshop, capture, **changes):
    with capture(execute=True):
        response = client.post(
            f"/bookings/groups/request/{workshop.pk}/", {**PUBLIC_FORM, **changes}
        )
    assert response.status_code == 302
    return GroupRequest.objects.get(organisation=changes.get("organisation", "Riverside Scouts"))


def test_a_public_request_emails_the_group_and_each_partner_address_once(
    client, world, django_capture_on_commit_callbacks
):
    partner = world["partner"]
    staff(CONTACT, partner, COORDINATOR)  # the same address as the partner's contact
    staff("coordinator@alpha.example.org", partner, COORDINATOR)
    staff("gone@alpha.example.org", partner, COORDINATOR, is_active=False)
    staff("educator@alpha.example.org", partner, EDUCATOR)
    elsewhere = workshop_factories.partner(name="Bravo Museum")
    staff("bravo@example.org", elsewhere, COORDINATOR)

    made = public_request(client, world["workshop"], django_capture_on_commit_callbacks)

    to_group = [email for email in mail.outbox if GROUP_EMAIL in email.to]
    to_staff = [email for email in mail.outbox if GROUP_EMAIL not in email.to]
    assert len(to_group) == 1
    assert to_group[0].to == [GROUP_EMAIL]
    assert to_group[0].subject == "We have your group request"
    status_url = f"http://testserver/bookings/groups/{made.status_secret}/"
    assert status_url in to_group[0].body
    assert status_url in to_group[0].alternatives[0][0]
    assert "/admin/" not in to_group[0].body

    recipients = [address for email in to_staff for address in email.to]
    assert sorted(recipients) == sorted([CONTACT, "coordinator@alpha.example.org"])
    admin_url = f"http://testserver/admin/grouprequest/inspect/{made.pk}/"
    for email in to_staff:
        assert email.subject == "New group request: Riverside Scouts"
        assert admin_url in email.body
        assert admin_url in email.alternatives[0][0]
        assert made.status_secret not in email.body  # the group's key stays with the group


def test_partner_addresses_differing_only_in_case_are_emailed_once(
    client, world, django_capture_on_commit_callbacks
):
    staff("Learning@alpha.example.org", world["partner"], COORDINATOR)
    public_request(client, world["workshop"], django_capture_on_commit_callbacks)
    recipients = [
        address.lower()
        for email in mail.outbox
        if GROUP_EMAIL not in email.to
        for address in email.to
    ]
    assert recipients == [CONTACT]


def test_an_organisation_name_cannot_add_lines_or_markup_to_the_staff_email(
    client, world, django_capture_on_commit_callbacks
):
    name = "Evil <b>School</b>\r\nBcc: victim@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/bookings/groups/request/{world['workshop'].pk}/",
            {**PUBLIC_FORM, "organisation": name},
        )
    staff_emails = [email for email in mail.outbox if GROUP_EMAIL not in email.to]
    assert GroupRequest.objects.filter(organisation=name).exists()
    assert len(staff_emails) == 1
    email = staff_emails[0]
    assert "\n" not in email.subject and "\r" not in email.subject
    assert email.to == [CONTACT] and email.bcc == []
    message = email.message()
    assert message["Bcc"] is None
    assert "<b>School</b>" not in email.alternatives[0][0]


def test_a_partner_without_contact_email_or_coordinators_only_the_group_is_emailed(
    client, django_capture_on_commit_callbacks
):
    host = workshop_factories.partner(name="Quiet Museum", contact_email="")
    staff("educator@quiet.example.org", host, EDUCATOR)
    workshop = workshop_factories.workshop(host=host)
    made = public_request(client, workshop, django_capture_on_commit_callbacks)
    assert made.status == GroupRequest.Status.REQUESTED
    assert [(email.to, email.subject) for email in mail.outbox] == [
        ([GROUP_EMAIL], "We have your group request")
    ]


def test_a_rejected_public_request_sends_nothing(client, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/bookings/groups/request/{world['workshop'].pk}/",
            {**PUBLIC_FORM, "group_size": "0"},
        )
    assert response.status_code == 400
    assert mail.outbox == []


# ---------------------------------------------------------------------------------------------
# The listing


@pytest.fixture
def answered(world, group):
    """Requests in every status (the world's own request is still waiting)."""
    workshop, venue = world["workshop"], world["venue"]
    start = timezone.now() + timedelta(days=30)
    group_request_accept(
        request=new_request(workshop, "Accepted Academy"),
        venue=venue,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
    )
    group_request_propose(
        request=new_request(workshop, "Proposed Primary"),
        venue=venue,
        proposed_start=start,
        message="Later",
    )
    group_request_decline(request=new_request(workshop, "Declined College"), message="No")


def rows(response):
    html = response.content.decode()
    names = ["Hillside Academy", "Accepted Academy", "Proposed Primary", "Declined College"]
    return {name for name in names if name in html}


@pytest.mark.parametrize("path", ["/admin/grouprequest/", "/admin/grouprequest/results/"])
def test_the_status_filter_shows_only_that_status(coordinator_client, answered, path):
    assert rows(coordinator_client.get(path)) == {
        "Hillside Academy",
        "Accepted Academy",
        "Proposed Primary",
        "Declined College",
    }
    response = coordinator_client.get(path, {"status": "accepted"})
    assert response.status_code == 200
    assert rows(response) == {"Accepted Academy"}
    assert rows(coordinator_client.get(path, {"status": "requested"})) == {"Hillside Academy"}


def test_the_partner_filter_narrows_to_that_partner(client, world, answered):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser(email="root@example.org", password="x")
    other_workshop = workshop_factories.workshop(host=world["other_venue"].partner)
    new_request(other_workshop, "Bravo Boys Club")
    client.force_login(root)
    html = client.get("/admin/grouprequest/", {"partner": world["partner"].pk}).content.decode()
    assert "Hillside Academy" in html and "Bravo Boys Club" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"status": "nonsense"},
        {"partner": "abc"},
        {"partner": "999999"},
        {"status": "accepted", "partner": "-1"},
        {"q": "x" * 2000},
        {"q": "\x00"},
        {"ordering": "nonsense"},
        {"p": "abc"},
    ],
)
@pytest.mark.parametrize("path", ["/admin/grouprequest/", "/admin/grouprequest/results/"])
def test_bogus_filter_values_do_not_break_the_listing(coordinator_client, answered, path, query):
    response = coordinator_client.get(path, query)
    assert response.status_code == 200, response.status_code


def test_search_finds_requests_by_organisation(coordinator_client, answered):
    response = coordinator_client.get("/admin/grouprequest/", {"q": "Proposed"})
    assert response.status_code == 200
    assert rows(response) == {"Proposed Primary"}
    response = coordinator_client.get("/admin/grouprequest/results/", {"q": "declined college"})
    assert rows(response) == {"Declined College"}


def _fill(world, count):
    """`count` requests in all, in every status."""
    workshop, venue = world["workshop"], world["venue"]
    start = timezone.now() + timedelta(days=30)
    for number in range(count - GroupRequest.objects.count()):
        made = new_request(workshop, f"School {number}")
        if number % 3 == 0:
            starts_at = start + timedelta(days=number)
            group_request_accept(
                request=made,
                venue=venue,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=2),
            )
        elif number % 3 == 1:
            group_request_propose(request=made, venue=venue, proposed_start=start, message="Later")


def _index_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/grouprequest/")
    assert response.status_code == 200
    return len(queries), len(set(re.findall(r"School \d+", response.content.decode())))


def test_the_listing_costs_the_same_queries_for_3_or_30_requests(coordinator_client, world):
    _fill(world, 3)
    _index_queries(coordinator_client)  # warm caches (site, content types, ...)
    few, few_rows = _index_queries(coordinator_client)
    _fill(world, 30)
    assert GroupRequest.objects.count() == 30
    many, many_rows = _index_queries(coordinator_client)
    assert (few_rows, many_rows >= 20) == (2, True)  # the rows really are on the page
    assert many == few
