"""The door check-in page and its JSON endpoints, over HTTP, as partner staff use them.

Scans are idempotent (a repeated nonce or ticket changes nothing and says when the first one
was), refusals are 4xx with a message and record nothing, and every endpoint is scoped to the
user's partners like the other session pages.
"""

import json
import re
from datetime import timedelta
from itertools import count

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.attendance.codes import current_code
from workshops.attendance.selectors import ticket_fingerprint
from workshops.attendance.services import attendance_set
from workshops.checkin_admin import MAX_BODY_BYTES, checkin_buttons
from workshops.models import Attendance, Booking, GroupRequest, PartnerMembership, Session

pytestmark = pytest.mark.django_db

_numbers = count(1)
GET_ENDPOINTS = ["", "roster.json", "code/", "code.json"]
POST_ENDPOINTS = ["scan/", "undo/", "walk-in/"]


def booked(session, status=Booking.Status.CONFIRMED, *, seats=1, name=None, **fields):
    """A booking row in the given state (the booking rules have their own tests)."""
    number = next(_numbers)
    return Booking.objects.create(
        session=session,
        status=status,
        seats=seats,
        guest_name=name or f"Guest {number}",
        guest_email=f"guest-{number}@example.org",
        queue_number=number,
        confirmed_at=timezone.now() if status == Booking.Status.CONFIRMED else None,
        **fields,
    )


def member(session, email, role=PartnerMembership.Role.EDUCATOR):
    user = factories.person(email)
    PartnerMembership.objects.create(user=user, partner=session.venue.partner, role=role)
    return user


def nonce():
    return f"nonce-{next(_numbers):08d}"


@pytest.fixture
def session():
    """A session that starts in half an hour: the door is open."""
    return workshop_factories.session(capacity=6, max_group_size=3, starts_in=timedelta(minutes=30))


@pytest.fixture
def educator(session):
    return member(session, "educator@example.org")


@pytest.fixture
def staff(client, educator):
    client.force_login(educator)
    return client


@pytest.fixture
def ana(session):
    return booked(session, seats=2, name="Ana Guest", attendee_names=["Ana Guest", "Bo Guest"])


def url(session, endpoint=""):
    return f"/admin/checkin/{session.pk}/{endpoint}"


def post(client, session, endpoint, data, **extra):
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(url(session, endpoint), data=body, content_type="application/json", **extra)


def scan(client, session, **data):
    data.setdefault("nonce", nonce())
    data.setdefault("method", "code")
    return post(client, session, "scan/", data)


def ticket_url(booking):
    return f"http://testserver/bookings/tickets/{booking.ticket_secret}/"


def attendances():
    return list(Attendance.objects.values_list("booking_id", "method", "checked_in_at"))


# ---------------------------------------------------------------------------------------------
# Who may open the page


@pytest.mark.parametrize("endpoint", GET_ENDPOINTS)
def test_an_educator_and_a_coordinator_of_the_partner_open_every_page(client, session, endpoint):
    for role in PartnerMembership.Role.values:
        client.force_login(member(session, f"{role}@example.org", role))
        assert client.get(url(session, endpoint)).status_code == 200


@pytest.mark.parametrize("endpoint", GET_ENDPOINTS)
def test_superusers_open_every_page(client, session, endpoint):
    client.force_login(factories.person("root@example.org", is_superuser=True, is_staff=True))
    assert client.get(url(session, endpoint)).status_code == 200


@pytest.mark.parametrize("endpoint", GET_ENDPOINTS + POST_ENDPOINTS)
def test_another_partners_session_is_a_404_and_nothing_changes(client, session, ana, endpoint):
    other = workshop_factories.session(starts_in=timedelta(minutes=30))
    client.force_login(member(other, "other-educator@example.org"))
    data = {"nonce": nonce(), "method": "code", "ticket": ana.ticket_secret, "booking_id": ana.pk}
    data.update(name="Walk In", seats=1)
    if endpoint in POST_ENDPOINTS:
        response = post(client, session, endpoint, data)
    else:
        response = client.get(url(session, endpoint))
    assert response.status_code == 404
    assert ana.ticket_secret not in response.content.decode()
    assert attendances() == []
    assert session.bookings.count() == 1


@pytest.mark.parametrize("endpoint", GET_ENDPOINTS)
def test_a_missing_session_is_a_404(staff, endpoint):
    assert staff.get(f"/admin/checkin/999999/{endpoint}").status_code == 404


@pytest.mark.parametrize("endpoint", GET_ENDPOINTS)
def test_learners_and_visitors_are_sent_to_log_in(client, session, endpoint):
    response = client.get(url(session, endpoint))
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(factories.person("learner@example.org"))
    response = client.get(url(session, endpoint))
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("endpoint", POST_ENDPOINTS)
def test_a_learner_cannot_post_and_nothing_changes(client, session, ana, endpoint):
    client.force_login(factories.person("learner@example.org"))
    response = post(client, session, endpoint, {"nonce": nonce(), "booking_id": ana.pk})
    assert response.status_code == 302 and "login" in response["Location"]
    assert attendances() == []


def test_admin_users_without_a_membership_are_refused_before_any_lookup(client, session):
    """Course editors reach the admin but not the door: the same answer for any id."""
    client.force_login(factories.person("editor@example.org", groups=[EDUCATORS]))
    for session_id in (session.pk, 999999):
        response = client.get(f"/admin/checkin/{session_id}/")
        assert response.status_code == 302 and response["Location"] == "/admin/"
        xhr = client.get(
            f"/admin/checkin/{session_id}/roster.json",
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        assert xhr.status_code == 403


def test_the_inspect_page_button_is_for_those_who_may_check_in(session, educator):
    (door, code) = checkin_buttons(educator, session)
    assert door.url == url(session) and code.url == url(session, "code/")
    other = workshop_factories.session()
    assert checkin_buttons(educator, other) == []


# ---------------------------------------------------------------------------------------------
# The page and the roster


def test_the_page_never_contains_a_ticket_secret_but_matches_by_fingerprint(staff, session, ana):
    waiting = booked(session, Booking.Status.WAITLISTED, name="Wanda Waiting")
    html = staff.get(url(session)).content.decode()
    for booking in (ana, waiting):
        assert booking.ticket_secret not in html
        assert ticket_fingerprint(booking.ticket_secret) in html
    assert "Ana Guest" in html and "Bo Guest" in html
    roster = staff.get(url(session, "roster.json"))
    assert ana.ticket_secret not in roster.content.decode()
    assert ana.guest_email not in roster.content.decode()


def test_the_page_loads_its_script_as_a_file_with_labelled_fields(staff, session):
    html = staff.get(url(session)).content.decode()
    assert "/static/workshops/checkin.js" in html and "/static/workshops/checkin.css" in html
    # The only script elements of ours carry JSON, never code.
    ours = re.findall(r'<script id="checkin-[a-z]+"([^>]*)>', html)
    assert ours == [' type="application/json"'] * 2
    for field_id in (
        "checkin-code",
        "checkin-search",
        "checkin-walk-in-name",
        "checkin-walk-in-seats",
    ):
        assert f'for="{field_id}"' in html and f'id="{field_id}"' in html
    assert 'role="status"' in html
    assert "cancellations and new bookings made since the roster loaded" in html


def test_the_roster_lists_confirmed_and_waiting_with_counts(staff, session, ana):
    bea = booked(session, name="Bea Booked")
    booked(session, Booking.Status.WAITLISTED, seats=3, name="Wanda Waiting")
    booked(session, Booking.Status.CANCELLED, name="Cy Cancelled")
    booked(session, Booking.Status.PENDING, name="Pat Pending")
    assert scan(staff, session, booking_id=bea.pk, method="search").status_code == 201

    data = staff.get(url(session, "roster.json")).json()

    assert data["counts"] == {"expected": 3, "present": 1, "waiting": 3}
    assert data["session"]["seats_left"] == 3
    assert data["session"]["door_open"] is True
    by_name = {b["name"]: b for b in data["bookings"]}
    assert sorted(by_name) == ["Ana Guest", "Bea Booked", "Wanda Waiting"]
    assert by_name["Ana Guest"]["attendees"] == ["Ana Guest", "Bo Guest"]
    assert by_name["Ana Guest"]["attendance"] is None
    assert by_name["Bea Booked"]["attendance"]["status"] == "present"
    assert by_name["Bea Booked"]["attendance"]["checked_in_at"]
    assert by_name["Wanda Waiting"]["status"] == "waitlisted"


def test_a_learners_booking_shows_their_name(staff, session):
    learner = factories.person("lee@example.org", display_name="Lee Learner")
    booked(session, user=learner, name="")
    names = [b["name"] for b in staff.get(url(session, "roster.json")).json()["bookings"]]
    assert len(names) == 1 and names[0] in ("Lee Learner", "lee@example.org")


def test_roster_json_takes_the_same_number_of_queries_for_10_and_100_bookings(
    staff, session, django_assert_num_queries
):
    session.capacity = 500
    session.save()

    def queries_for(total):
        while session.bookings.count() < total:
            booking = booked(session)
            if booking.pk % 2:
                scan(staff, session, booking_id=booking.pk, method="search")
        staff.get(url(session, "roster.json"))  # warm caches (content types, etc.)
        with CaptureQueriesContext(connection) as queries:
            response = staff.get(url(session, "roster.json"))
        assert len(response.json()["bookings"]) == total
        return len(queries)

    small = queries_for(10)
    assert queries_for(100) == small
    with django_assert_num_queries(small):
        staff.get(url(session, "roster.json"))


def test_a_private_groups_access_needs_are_shown(staff, session):
    session.is_private = True
    session.save()
    GroupRequest.objects.create(
        partner=session.venue.partner,
        workshop=session.workshop,
        organisation="Hill School",
        contact_name="Sam Teacher",
        contact_email="sam@example.org",
        group_size=12,
        preferred_dates="Any Tuesday",
        access_needs="Two wheelchair users",
        status=GroupRequest.Status.ACCEPTED,
        session=session,
    )
    html = staff.get(url(session)).content.decode()
    assert "Two wheelchair users" in html


# ---------------------------------------------------------------------------------------------
# Scanning


@pytest.mark.parametrize(
    ("how", "method"),
    [("url", "scan"), ("secret", "code"), ("secret with spaces", "code"), ("id", "search")],
)
def test_a_scan_checks_in_by_ticket_url_secret_or_booking_id(
    staff, session, educator, ana, how, method
):
    scanned_at = timezone.now() - timedelta(minutes=3)
    data = {"method": method, "scanned_at": scanned_at.isoformat()}
    if how == "url":
        data["ticket"] = ticket_url(ana)
    elif how == "secret":
        data["ticket"] = ana.ticket_secret
    elif how == "secret with spaces":
        data["ticket"] = f"  {ana.ticket_secret}\n"
    else:
        data["booking_id"] = ana.pk

    response = scan(staff, session, **data)

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["result"] == "checked_in"
    assert body["booking"]["id"] == ana.pk and body["booking"]["seats"] == 2
    assert body["booking"]["attendees"] == ["Ana Guest", "Bo Guest"]
    assert "Ana Guest" in body["message"]
    attendance = Attendance.objects.get()
    assert (attendance.booking, attendance.session, attendance.method) == (ana, session, method)
    assert attendance.checked_in_at == scanned_at
    assert attendance.recorded_by == educator
    assert attendance.status == Attendance.Status.PRESENT


def test_a_scan_without_a_time_is_recorded_at_the_servers_time(staff, session, ana):
    before = timezone.now()
    assert scan(staff, session, ticket=ana.ticket_secret).status_code == 201
    assert before <= Attendance.objects.get().checked_in_at <= timezone.now()


def test_the_same_nonce_sent_again_changes_nothing_and_gives_the_first_time(staff, session, ana):
    first_at = timezone.now() - timedelta(minutes=5)
    data = {"nonce": nonce(), "ticket": ana.ticket_secret, "scanned_at": first_at.isoformat()}
    assert scan(staff, session, **data).status_code == 201
    later = {**data, "scanned_at": timezone.now().isoformat()}

    response = scan(staff, session, **later)

    assert response.status_code == 200
    assert response.json()["result"] == "already"
    assert response.json()["at"] == first_at.isoformat()
    assert attendances() == [(ana.pk, "code", first_at)]


def test_the_same_ticket_scanned_again_says_when_it_was_first_checked_in(staff, session, ana):
    first_at = (timezone.now() - timedelta(minutes=4)).replace(second=0, microsecond=0)
    scan(staff, session, ticket=ana.ticket_secret, scanned_at=first_at.isoformat())

    response = scan(staff, session, ticket=ticket_url(ana), method="scan")

    assert response.status_code == 200
    body = response.json()
    assert body["result"] == "already"
    local = timezone.localtime(first_at, session.tzinfo).strftime("%H:%M")
    assert body["at_display"] == local
    assert body["message"] == f"Already checked in at {local}: Ana Guest. Nothing changed."
    assert attendances() == [(ana.pk, "code", first_at)]


def test_a_nonce_used_for_another_booking_is_refused(staff, session, ana):
    used = nonce()
    scan(staff, session, nonce=used, ticket=ana.ticket_secret)
    bea = booked(session, name="Bea Booked")
    response = scan(staff, session, nonce=used, ticket=bea.ticket_secret)
    assert response.status_code == 400 and response.json()["error"] == "bad_nonce"
    assert attendances() == [(ana.pk, "code", Attendance.objects.get().checked_in_at)]


@pytest.mark.parametrize(
    ("status", "code", "words"),
    [
        (Booking.Status.CANCELLED, "booking_cancelled", "was cancelled"),
        (Booking.Status.WAITLISTED, "booking_waitlisted", "waiting list"),
        (Booking.Status.PENDING, "booking_pending", "never confirmed"),
    ],
)
def test_bookings_that_are_not_confirmed_are_refused_with_a_reason(
    staff, session, status, code, words
):
    booking = booked(session, status)
    for data in ({"ticket": booking.ticket_secret}, {"booking_id": booking.pk}):
        response = scan(staff, session, **data)
        assert response.status_code == 409
        assert response.json()["error"] == code
        assert words in response.json()["message"]
    assert attendances() == []


def test_another_sessions_ticket_is_refused_and_its_id_is_unknown_here(staff, session):
    elsewhere = workshop_factories.session(starts_in=timedelta(minutes=30))
    theirs = booked(elsewhere)
    response = scan(staff, session, ticket=ticket_url(theirs))
    assert response.status_code == 409
    assert response.json() == {
        "error": "other_session",
        "message": "This ticket is for another session.",
    }
    response = scan(staff, session, booking_id=theirs.pk, method="search")
    assert response.status_code == 404 and response.json()["error"] == "unknown_booking"
    assert attendances() == []


@pytest.mark.parametrize(
    "ticket", ["not-a-ticket", "x" * 40, "http://testserver/bookings/", 42, None]
)
def test_an_unknown_ticket_is_a_404(staff, session, ticket):
    response = scan(staff, session, ticket=ticket)
    assert response.status_code == 404
    assert response.json()["message"] == "No booking has this ticket."


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"status": Session.Status.CANCELLED}, "session_cancelled"),
        ({"status": Session.Status.COMPLETED}, "session_closed"),
        ({"starts_in": timedelta(days=1)}, "outside_window"),
    ],
)
def test_scans_outside_an_open_door_are_refused(staff, session, ana, change, code):
    if "starts_in" in change:
        session.starts_at = timezone.now() + change["starts_in"]
        session.ends_at = session.starts_at + timedelta(hours=2)
    else:
        session.status = change["status"]
    session.save()
    response = scan(staff, session, ticket=ana.ticket_secret)
    assert response.status_code == 409 and response.json()["error"] == code
    assert attendances() == []


def test_a_booking_staff_marked_absent_is_not_checked_in_by_a_scan(staff, session, ana, educator):
    attendance_set(session=session, booking=ana, status=Attendance.Status.ABSENT, by=educator)
    response = scan(staff, session, ticket=ana.ticket_secret)
    assert response.status_code == 409 and response.json()["error"] == "recorded_absent"
    assert "absent" in response.json()["message"]
    assert Attendance.objects.get().status == Attendance.Status.ABSENT


@pytest.mark.parametrize(
    "body",
    [
        "{not json",
        "[1, 2]",
        '"a string"',
        b"\xff\xfe not utf-8",
        "",
        "[" * 4000,  # nested deeper than the JSON parser recurses
    ],
)
def test_malformed_bodies_are_400_and_change_nothing(staff, session, ana, body):
    response = post(staff, session, "scan/", body)
    assert response.status_code == 400 and response.json()["error"] == "bad_request"
    assert attendances() == []


def test_a_huge_body_is_400_and_changes_nothing(staff, session, ana):
    data = {
        "nonce": nonce(),
        "method": "code",
        "ticket": ana.ticket_secret,
        "pad": "x" * MAX_BODY_BYTES,
    }
    for endpoint in POST_ENDPOINTS:
        response = post(staff, session, endpoint, data)
        assert response.status_code == 400 and response.json()["error"] == "too_large"
    assert attendances() == []


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"nonce": None}, "bad_nonce"),
        ({"nonce": "short"}, "bad_nonce"),
        ({"nonce": "has spaces in it"}, "bad_nonce"),
        ({"nonce": "x" * 65}, "bad_nonce"),
        ({"nonce": 12345678}, "bad_nonce"),
        ({"scanned_at": "yesterday-ish"}, "bad_time"),
        ({"scanned_at": "2025-13-45T99:00:00Z"}, "bad_time"),
        ({"scanned_at": "2030-01-01T10:00:00"}, "bad_time"),  # no zone
        ({"scanned_at": 1700000000}, "bad_time"),
        ({"method": "telepathy"}, "bad_method"),
        ({"method": "walk_in"}, "bad_method"),
        ({"booking_id": 1}, "bad_request"),  # a ticket and an id
    ],
)
def test_bad_fields_are_400_and_change_nothing(staff, session, ana, changes, code):
    data = {"nonce": nonce(), "method": "code", "ticket": ana.ticket_secret, **changes}
    response = post(staff, session, "scan/", data)
    assert response.status_code == 400, response.content
    assert response.json()["error"] == code
    assert response.json()["message"]
    assert attendances() == []


@pytest.mark.parametrize("offset", [timedelta(minutes=30), timedelta(hours=-3)])
def test_an_unbelievable_scan_time_is_refused(staff, session, ana, offset):
    scanned_at = (timezone.now() + offset).isoformat()
    response = scan(staff, session, ticket=ana.ticket_secret, scanned_at=scanned_at)
    assert response.status_code == 400 and response.json()["error"] == "bad_time"
    assert attendances() == []


def test_neither_a_ticket_nor_an_id_is_400(staff, session):
    response = post(staff, session, "scan/", {"nonce": nonce(), "method": "code"})
    assert response.status_code == 400 and response.json()["error"] == "bad_request"


@pytest.mark.parametrize("endpoint", POST_ENDPOINTS)
def test_a_post_without_the_csrf_token_is_403(session, educator, ana, endpoint):
    client = Client(enforce_csrf_checks=True)
    client.force_login(educator)
    data = {"nonce": nonce(), "method": "code", "ticket": ana.ticket_secret, "booking_id": ana.pk}
    response = post(client, session, endpoint, {**data, "name": "Walk In"})
    assert response.status_code == 403
    assert attendances() == []
    assert session.bookings.count() == 1


def test_a_post_with_the_pages_csrf_token_is_accepted(session, educator, ana):
    client = Client(enforce_csrf_checks=True)
    client.force_login(educator)
    html = client.get(url(session)).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = post(
        client,
        session,
        "scan/",
        {"nonce": nonce(), "method": "code", "ticket": ana.ticket_secret},
        headers={"x-csrftoken": token},
    )
    assert response.status_code == 201


def test_get_on_a_post_endpoint_is_405(staff, session):
    assert staff.get(url(session, "scan/")).status_code == 405
    assert post(staff, session, "roster.json", {}).status_code == 405


# ---------------------------------------------------------------------------------------------
# Undo and walk-ins


def test_staff_undo_a_check_in_and_the_booking_is_expected_again(staff, session, ana):
    scan(staff, session, ticket=ana.ticket_secret)

    response = post(staff, session, "undo/", {"booking_id": ana.pk})

    assert response.status_code == 200
    assert response.json()["result"] == "undone"
    assert response.json()["booking"]["attendance"] is None
    assert attendances() == []
    again = post(staff, session, "undo/", {"booking_id": ana.pk})
    assert again.status_code == 409 and again.json()["error"] == "not_checked_in"
    # Checked in again afterwards: a new scan records a new time.
    assert scan(staff, session, ticket=ana.ticket_secret).status_code == 201


@pytest.mark.parametrize("booking_id", [None, "7", True, -1, 999999, 10**30, 2**63])
def test_undo_of_an_unknown_booking_is_a_404(staff, session, booking_id):
    response = post(staff, session, "undo/", {"booking_id": booking_id})
    assert response.status_code == 404 and response.json()["error"] == "unknown_booking"


def test_a_walk_in_is_booked_and_checked_in_while_seats_remain(staff, session, ana, educator):
    data = {"name": "  Wally   Walk-in ", "seats": 2, "nonce": nonce()}

    response = post(staff, session, "walk-in/", data)

    assert response.status_code == 201
    body = response.json()
    assert body["result"] == "checked_in"
    assert body["booking"]["name"] == "Wally Walk-in" and body["booking"]["seats"] == 2
    booking = Booking.objects.get(guest_name="Wally Walk-in")
    assert booking.status == Booking.Status.CONFIRMED
    attendance = Attendance.objects.get(booking=booking)
    assert (attendance.method, attendance.recorded_by) == ("walk_in", educator)
    # The same request again (a lost answer retried) adds nobody.
    again = post(staff, session, "walk-in/", data)
    assert again.status_code == 200 and again.json()["result"] == "already"
    assert Booking.objects.filter(guest_name="Wally Walk-in").count() == 1
    assert staff.get(url(session, "roster.json")).json()["session"]["seats_left"] == 2


def test_a_walk_in_is_refused_when_no_seats_are_left(staff, session, ana):
    booked(session, seats=3)  # 5 of 6 confirmed
    response = post(
        staff, session, "walk-in/", {"name": "Late Larry", "seats": 2, "nonce": nonce()}
    )
    assert response.status_code == 409
    assert response.json() == {"error": "no_seats", "message": "No seats are left for a walk-in."}
    assert not Booking.objects.filter(guest_name="Late Larry").exists()
    assert (
        post(staff, session, "walk-in/", {"name": "Solo", "seats": 1, "nonce": nonce()}).status_code
        == 201
    )


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"name": ""}, "bad_name"),
        ({"name": "x" * 201}, "bad_name"),
        ({"name": 42}, "bad_name"),
        ({"name": "Ok", "seats": 0}, "bad_seats"),
        ({"name": "Ok", "seats": "2"}, "bad_seats"),
        ({"name": "Ok", "seats": 4}, "bad_seats"),  # more than the group size
        ({"name": "Ok", "nonce": "bad"}, "bad_nonce"),
    ],
)
def test_bad_walk_ins_are_400_and_book_nobody(staff, session, data, code):
    response = post(staff, session, "walk-in/", {"nonce": nonce(), **data})
    assert response.status_code == 400 and response.json()["error"] == code
    assert session.bookings.count() == 0


# ---------------------------------------------------------------------------------------------
# The self check-in code


def test_the_code_changes_over_time_and_links_to_self_check_in(staff, session, monkeypatch):
    moment = session.starts_at - timedelta(minutes=45)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    first = staff.get(url(session, "code.json")).json()
    assert first["code"] == current_code(session, now=moment)[0]
    assert re.fullmatch(r"\d{6}", first["code"])
    assert 1 <= first["seconds_left"] <= 30
    assert first["url"] == f"http://testserver/bookings/checkin/{session.pk}/?code={first['code']}"
    assert first["qr"].startswith("data:image/svg+xml")
    assert first["open"] is False  # self check-in opens 30 minutes before the start
    assert "Self check-in is open from" in first["message"]

    monkeypatch.setattr(timezone, "now", lambda: moment + timedelta(seconds=30))
    second = staff.get(url(session, "code.json")).json()
    assert second["code"] != first["code"]
    assert second["qr"] != first["qr"]

    monkeypatch.setattr(timezone, "now", lambda: session.starts_at + timedelta(minutes=1))
    assert staff.get(url(session, "code.json")).json()["open"] is True


def test_the_code_page_shows_the_code_large_with_its_qr(staff, session, monkeypatch):
    moment = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: moment)
    response = staff.get(url(session, "code/"))
    html = response.content.decode()
    code, _left = current_code(session, now=moment)
    assert f"<span data-code>{code}</span>" in html
    assert 'src="data:image/svg+xml' in html
    assert url(session, "code.json") in html
    assert "<script>" not in html.split("</head>")[1].split('id="main"')[1]
