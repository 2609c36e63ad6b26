"""Attendance services: recorded once, refused clearly, closed fairly; who earned a certificate."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops import services
from workshops.attendance.codes import (
    GRACE_SECONDS,
    ROTATION_SECONDS,
    code_is_current,
    current_code,
)
from workshops.attendance.selectors import (
    attendance_eligible,
    booking_for_ticket,
    roster,
    roster_counts,
)
from workshops.attendance.services import (
    CheckInError,
    attendance_set,
    checkin_record,
    checkin_undo,
    session_close,
    walk_in_add,
)
from workshops.models import Attendance, Booking, Session, WorkshopPage

pytestmark = pytest.mark.django_db
SCAN = Attendance.Method.SCAN


@pytest.fixture
def session():
    """A two-hour session that started ten minutes ago, with two seats."""
    session = workshop_factories.session(capacity=2, max_group_size=2)
    start = timezone.now() - timedelta(minutes=10)
    Session.objects.filter(pk=session.pk).update(
        starts_at=start, ends_at=start + timedelta(hours=2)
    )
    session.refresh_from_db()
    return session


@pytest.fixture
def booking(session):
    return Booking.objects.create(
        session=session,
        user=factories.person("ana@example.org"),
        seats=1,
        status=Booking.Status.CONFIRMED,
        queue_number=1,
    )


def test_a_scan_records_one_attendance_and_a_repeat_says_when(session, booking):
    first = checkin_record(session=session, booking=booking, nonce="nonce-0001", method=SCAN)
    again = checkin_record(session=session, booking=booking, nonce="nonce-0002", method=SCAN)
    retry = checkin_record(session=session, booking=booking, nonce="nonce-0001", method=SCAN)
    assert first.created and not again.created and not retry.created
    assert again.attendance.pk == first.attendance.pk == retry.attendance.pk
    assert Attendance.objects.count() == 1


def test_an_offline_scan_keeps_the_time_it_happened(session, booking):
    earlier = timezone.now() - timedelta(minutes=3)
    outcome = checkin_record(
        session=session, booking=booking, nonce="offline-01", method=SCAN, scanned_at=earlier
    )
    assert outcome.attendance.checked_in_at == earlier
    assert outcome.attendance.recorded_at > earlier


@pytest.mark.parametrize(
    "scanned_at",
    [timedelta(hours=1), timedelta(days=-3)],
    ids=["future", "long-before-the-session"],
)
def test_unbelievable_scan_times_are_refused(session, booking, scanned_at):
    with pytest.raises(CheckInError) as error:
        checkin_record(
            session=session,
            booking=booking,
            nonce="clock-0001",
            method=SCAN,
            scanned_at=timezone.now() + scanned_at,
        )
    assert error.value.code == "bad_time"
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("nonce", ["", "short", "x" * 65, "has space!", None, 12345678])
def test_bad_nonces_are_refused(session, booking, nonce):
    with pytest.raises(CheckInError, match="bad_nonce"):
        checkin_record(session=session, booking=booking, nonce=nonce, method=SCAN)


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (Booking.Status.CANCELLED, "booking_cancelled"),
        (Booking.Status.WAITLISTED, "booking_waitlisted"),
        (Booking.Status.PENDING, "booking_pending"),
    ],
)
def test_inactive_bookings_are_refused_at_the_door(session, booking, status, code):
    Booking.objects.filter(pk=booking.pk).update(status=status)
    booking.refresh_from_db()
    with pytest.raises(CheckInError) as error:
        checkin_record(session=session, booking=booking, nonce="door-00001", method=SCAN)
    assert error.value.code == code and error.value.message
    assert not Attendance.objects.exists()


def test_another_sessions_ticket_is_refused(session, booking):
    other = workshop_factories.session()
    with pytest.raises(CheckInError, match="other_session"):
        checkin_record(session=other, booking=booking, nonce="other-0001", method=SCAN)


def test_a_cancelled_or_far_away_session_is_not_open_for_check_in(session, booking):
    Session.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() + timedelta(days=2),
        ends_at=timezone.now() + timedelta(days=2, hours=2),
    )
    session.refresh_from_db()
    with pytest.raises(CheckInError, match="outside_window"):
        checkin_record(session=session, booking=booking, nonce="early-0001", method=SCAN)
    session.status = Session.Status.CANCELLED
    with pytest.raises(CheckInError, match="session_cancelled"):
        checkin_record(session=session, booking=booking, nonce="early-0002", method=SCAN)


def test_arriving_more_than_15_minutes_late_is_recorded_as_late(session, booking):
    Session.objects.filter(pk=session.pk).update(starts_at=timezone.now() - timedelta(minutes=40))
    session.refresh_from_db()
    outcome = checkin_record(session=session, booking=booking, nonce="late-00001", method=SCAN)
    assert outcome.attendance.status == Attendance.Status.LATE


def test_undo_removes_the_check_in_and_undoing_twice_says_so(session, booking):
    checkin_record(session=session, booking=booking, nonce="undo-00001", method=SCAN)
    checkin_undo(session=session, booking=booking)
    assert not Attendance.objects.exists()
    with pytest.raises(CheckInError, match="not_checked_in"):
        checkin_undo(session=session, booking=booking)


def test_walk_ins_take_free_seats_only(session, booking):
    outcome = walk_in_add(session=session, name="  Walk   In ", nonce="walk-00001")
    assert outcome.attendance.booking.guest_name == "Walk In"
    assert outcome.attendance.method == Attendance.Method.WALK_IN
    assert walk_in_add(session=session, name="Walk In", nonce="walk-00001").already
    with pytest.raises(CheckInError, match="no_seats"):
        walk_in_add(session=session, name="One Too Many", nonce="walk-00002")
    for name in ["", "x" * 201]:
        with pytest.raises(CheckInError, match="bad_name"):
            walk_in_add(session=session, name=name, nonce="walk-00003")
    assert services.confirmed_seats(session) == 2


def test_staff_correct_statuses_and_minutes_within_bounds(session, booking):
    attendance = attendance_set(
        session=session, booking=booking, status="left_early", minutes=45, notes="Bus\x00 home"
    )
    assert (attendance.status, attendance.minutes_attended, attendance.notes) == (
        "left_early",
        45,
        "Bus home",
    )
    for bad in [
        {"status": "vanished"},
        {"status": "present", "minutes": 121},
        {"status": "present", "minutes": -1},
    ]:
        with pytest.raises(CheckInError):
            attendance_set(session=session, booking=booking, **{"minutes": None, **bad})
    with pytest.raises(CheckInError, match="bad_notes"):
        attendance_set(session=session, booking=booking, status="present", notes="n" * 2001)


def test_closing_marks_the_rest_absent_once_and_completes_the_session(session, booking):
    other = Booking.objects.create(
        session=session,
        user=factories.person("ben@example.org"),
        seats=1,
        status=Booking.Status.CONFIRMED,
        queue_number=2,
    )
    checkin_record(session=session, booking=booking, nonce="close-0001", method=SCAN)
    assert session_close(session=session) == 1
    assert Attendance.objects.get(booking=other).status == Attendance.Status.ABSENT
    session.refresh_from_db()
    assert session.status == Session.Status.COMPLETED
    assert session_close(session=session) == 0
    with pytest.raises(CheckInError, match="session_closed"):
        checkin_record(session=session, booking=other, nonce="close-0002", method=SCAN)


def test_the_roster_counts_expected_present_and_waiting(
    session, booking, django_assert_num_queries
):
    Booking.objects.create(
        session=session,
        guest_name="W",
        guest_email="w@example.org",
        seats=2,
        status=Booking.Status.WAITLISTED,
        queue_number=5,
    )
    checkin_record(session=session, booking=booking, nonce="roster-001", method=SCAN)
    with django_assert_num_queries(2):
        bookings = roster(session)
    counts = roster_counts(bookings)
    assert (counts.expected, counts.present, counts.waiting) == (1, 1, 2)


@pytest.mark.parametrize(
    "typed",
    ["{url}", "{secret}", "  {secret}  ", "https://evil.example/bookings/tickets/{secret}/"],
)
def test_tickets_are_found_by_url_or_secret(booking, typed):
    typed = typed.format(
        url=f"http://testserver/bookings/tickets/{booking.ticket_secret}/",
        secret=booking.ticket_secret,
    )
    assert booking_for_ticket(typed) == booking


@pytest.mark.parametrize(
    "typed", ["", "nope", "x" * 600, None, "/bookings/tickets/forged-secret-123456/", "' OR 1=1 --"]
)
def test_unknown_or_malformed_tickets_are_refused(typed):
    with pytest.raises(CheckInError, match="unknown_ticket"):
        booking_for_ticket(typed)


def test_rotating_codes_change_every_window_and_expire_after_the_grace(session):
    now = timezone.now()
    code, seconds_left = current_code(session, now=now)
    assert len(code) == 6 and code.isdigit() and 1 <= seconds_left <= ROTATION_SECONDS
    assert code_is_current(session, code, now=now)
    assert code_is_current(session, f" {code[:3]} {code[3:]} ", now=now)
    expired_at = now + timedelta(seconds=seconds_left + GRACE_SECONDS + 1)
    assert not code_is_current(session, code, now=expired_at)
    other = workshop_factories.session()
    assert not code_is_current(other, code, now=now) or current_code(other, now=now)[0] == code
    for bad in ["", "12345", "1234567", "abcdef", None, "٣٣٣٣٣٣"]:
        assert not code_is_current(session, bad, now=now)


def test_eligibility_follows_the_workshop_rule(session, booking):
    workshop = session.workshop
    checkin_record(session=session, booking=booking, nonce="elig-00001", method=SCAN)
    assert attendance_eligible(booking)
    attendance_set(session=session, booking=booking, status="left_early", minutes=60)
    assert not attendance_eligible(booking)  # 60 of 120 minutes < 80 %
    attendance_set(session=session, booking=booking, status="left_early", minutes=96)
    assert attendance_eligible(booking)
    attendance_set(session=session, booking=booking, status="excused")
    assert not attendance_eligible(booking)
    WorkshopPage.objects.filter(pk=workshop.pk).update(certificate_rule="none")
    booking = Booking.objects.select_related("session__workshop").get(pk=booking.pk)
    assert not attendance_eligible(booking)


def test_the_series_rule_needs_every_session(session, booking):
    WorkshopPage.objects.filter(pk=session.workshop_id).update(certificate_rule="all_sessions")
    second = Session.objects.create(
        workshop=session.workshop,
        venue=session.venue,
        starts_at=session.starts_at + timedelta(days=7),
        ends_at=session.ends_at + timedelta(days=7),
        capacity=5,
    )
    second_booking = Booking.objects.create(
        session=second, user=booking.user, seats=1, status=Booking.Status.CONFIRMED, queue_number=1
    )
    checkin_record(session=session, booking=booking, nonce="series-001", method=SCAN)
    session_close(session=session)
    booking = Booking.objects.select_related("session__workshop").get(pk=booking.pk)
    assert not attendance_eligible(booking)  # the second session has not happened
    attendance_set(session=second, booking=second_booking, status="present")
    Session.objects.filter(pk=second.pk).update(status=Session.Status.COMPLETED)
    assert attendance_eligible(booking)
