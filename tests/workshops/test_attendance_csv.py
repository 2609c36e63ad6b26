"""A session's roster as CSV, and attendance imported from CSV: every row checked first,
problems reported by row, all of the file applied or none of it."""

import codecs
import csv
import io
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.attendance import csv_io
from workshops.attendance.csv_io import (
    AttendanceImportRefused,
    attendance_import_apply,
    attendance_import_parse,
    roster_csv,
)
from workshops.models import Attendance, Booking, PartnerMembership, Session

pytestmark = pytest.mark.django_db

HEADER = [
    "Booking id",
    "Name",
    "Email",
    "Seats",
    "Booking status",
    "Attendee names",
    "Attendance status",
    "Checked in at",
    "Minutes attended",
    "Notes",
]

_queue = iter(range(1, 1_000_000))


def booking(session, name="Ada Guest", status=Booking.Status.CONFIRMED, **fields):
    return Booking.objects.create(
        session=session,
        guest_name=name,
        guest_email=f"guest{next(_queue)}@example.org",
        seats=1,
        status=status,
        queue_number=next(_queue),
        confirmed_at=timezone.now() if status == Booking.Status.CONFIRMED else None,
        **fields,
    )


@pytest.fixture
def session():
    # Two hours long: minutes attended run from 0 to 120.
    return workshop_factories.session(capacity=50, starts_in=timedelta(hours=-3))


@pytest.fixture
def roster(session):
    return {
        "ada": booking(session, "Ada Lovelace"),
        "ben": booking(session, "Ben Okri"),
        "cy": booking(session, "Cy Twombly"),
        "waiting": booking(session, "Wanda Waiting", Booking.Status.WAITLISTED),
        "cancelled": booking(session, "Carl Cancelled", Booking.Status.CANCELLED),
        "pending": booking(session, "Pat Pending", Booking.Status.PENDING),
    }


def member(session, email, role=PartnerMembership.Role.EDUCATOR, partner=None):
    user = factories.person(email, groups=[EDUCATORS])
    PartnerMembership.objects.create(user=user, partner=partner or session.venue.partner, role=role)
    return user


@pytest.fixture
def educator(session):
    return member(session, "educator@example.org")


@pytest.fixture
def educator_client(client, educator):
    client.force_login(educator)
    return client


def import_url(session):
    return f"/admin/attendance/{session.pk}/import/"


def roster_url(session):
    return f"/admin/attendance/{session.pk}/roster.csv"


def csv_bytes(rows, *, encoding="utf-8", line_end="\r\n"):
    out = io.StringIO()
    csv.writer(out, lineterminator=line_end).writerows(rows)
    return out.getvalue().encode(encoding)


def upload(client, session, data, name="attendance.csv"):
    return client.post(import_url(session), {"file": SimpleUploadedFile(name, data, "text/csv")})


def attendance_table():
    """Every attendance row, as values: what "nothing changed" is checked against."""
    return sorted(
        Attendance.objects.values_list(
            "pk",
            "booking_id",
            "session_id",
            "status",
            "method",
            "minutes_attended",
            "notes",
            "recorded_at",
            "recorded_by_id",
        )
    )


@pytest.fixture
def scanned(session, roster):
    """Ada was scanned in at the door."""
    return Attendance.objects.create(
        session=session,
        booking=roster["ada"],
        status=Attendance.Status.PRESENT,
        method=Attendance.Method.SCAN,
        checked_in_at=session.starts_at,
        client_nonce="scan-nonce-1",
    )


# ---------------------------------------------------------------------------------------------
# Export


def read_export(text):
    assert text.startswith("\ufeff")  # for Excel
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


@pytest.mark.parametrize("name", ["=cmd|' /C calc'!A0", "+1", "-1", "@x", "\tTab"])
def test_the_export_escapes_cells_that_a_spreadsheet_would_run(session, name):
    mine = booking(session, name, attendee_names=[name, "Plain Name"])
    Attendance.objects.create(
        session=session,
        booking=mine,
        status=Attendance.Status.PRESENT,
        method=Attendance.Method.STAFF,
        notes=name,
    )
    header, row = read_export(roster_csv(session))
    cells = dict(zip(header, row, strict=True))
    assert cells["Name"] == "'" + name
    assert cells["Notes"] == "'" + name
    assert cells["Attendee names"] == f"'{name}; Plain Name"


def test_the_export_has_the_header_and_a_row_per_active_booking_and_no_ticket_secret(
    educator_client, session, roster, scanned
):
    response = educator_client.get(roster_url(session))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="attendance-')
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode("utf-8")
    for item in Booking.objects.all():
        assert item.ticket_secret not in body
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == HEADER
    # Confirmed and waiting bookings; neither the cancelled nor the unconfirmed one.
    assert [row["Name"] for row in rows] == [
        "Ada Lovelace",
        "Ben Okri",
        "Cy Twombly",
        "Wanda Waiting",
    ]
    ada = rows[0]
    assert ada["Booking id"] == str(roster["ada"].pk)
    assert ada["Attendance status"] == "present"
    assert ada["Booking status"] == "Confirmed"
    assert rows[1]["Attendance status"] == ""


def test_the_export_gives_check_in_times_on_the_venues_clock(session, roster):
    session.venue.timezone = "America/New_York"
    session.venue.save()
    Attendance.objects.create(
        session=session,
        booking=roster["ada"],
        method=Attendance.Method.SCAN,
        checked_in_at=datetime(2025, 1, 15, 15, 5, tzinfo=UTC),
    )
    session = Session.objects.select_related("venue").get(pk=session.pk)
    _header, ada, *_rest = read_export(roster_csv(session))
    assert ada[7] == "2025-01-15T10:05-05:00"


def test_the_export_runs_the_same_queries_for_10_or_100_bookings(educator_client, session):
    def count():
        with CaptureQueriesContext(connection) as queries:
            response = educator_client.get(roster_url(session))
        assert response.status_code == 200
        return len(queries), response.content.decode("utf-8-sig").count("\n")

    for i in range(10):
        booking(session, f"Person {i}", user=factories.person(f"p{i}@example.org"))
    small, lines = count()
    assert lines == 11
    for i in range(10, 100):
        made = booking(session, f"Person {i}")
        Attendance.objects.create(session=session, booking=made, method=Attendance.Method.SCAN)
    large, lines = count()
    assert lines == 101
    assert small == large


def test_the_roster_goes_out_and_back_without_changing_anything(
    educator_client, session, roster, scanned
):
    scanned.notes = '=HYPERLINK("http://evil")\nsecond line, with a comma'
    scanned.minutes_attended = 100
    scanned.save()
    before = attendance_table()
    exported = educator_client.get(roster_url(session)).content
    response = upload(educator_client, session, exported)
    # Ada's row says what is recorded already and the others are blank: nothing is rewritten.
    assert response.status_code == 302
    messages = [str(m).strip() for m in response.wsgi_request._messages]
    assert messages == ["Attendance imported: 0 bookings recorded, 4 unchanged."]
    assert attendance_table() == before
    assert not ModelLogEntry.objects.filter(action="workshops.attendance_import").exists()
    # With Ben filled in, Ada's row is still untouched (her scan keeps who recorded it).
    rows = read_export(exported.decode("utf-8"))
    rows[2][6] = "late"
    response = upload(educator_client, session, csv_bytes(rows))
    assert response.status_code == 302
    assert [row for row in attendance_table() if row[1] == roster["ada"].pk] == [
        row for row in before if row[1] == roster["ada"].pk
    ]
    assert Attendance.objects.get(booking=roster["ben"]).status == Attendance.Status.LATE


# ---------------------------------------------------------------------------------------------
# Import: the page and the happy path


def test_the_import_page_explains_the_file_and_links_the_template(educator_client, session):
    response = educator_client.get(import_url(session))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="file"' in html and 'enctype="multipart/form-data"' in html
    assert roster_url(session) in html
    assert "left_early" in html and "from 0 to 120" in html


def test_an_educator_imports_statuses_and_minutes(
    educator_client, educator, session, roster, scanned
):
    rows = [
        ["Booking id", "Attendance status", "Minutes attended", "Notes"],
        [roster["ada"].pk, "left_early", "45", "Had to leave"],
        [roster["ben"].pk, "Late", "90", ""],
        [roster["cy"].pk, "absent", "", "=1+1"],
        [roster["waiting"].pk, "", "", ""],  # blank: left alone
    ]
    response = upload(educator_client, session, csv_bytes(rows))
    assert response.status_code == 302
    assert response["Location"] == f"/admin/session/inspect/{session.pk}/"
    recorded = {a.booking_id: a for a in Attendance.objects.all()}
    assert len(recorded) == 3
    ada, ben, cy = (recorded[roster[key].pk] for key in ["ada", "ben", "cy"])
    assert (ada.status, ada.minutes_attended, ada.notes) == ("left_early", 45, "Had to leave")
    assert ada.method == Attendance.Method.SCAN  # how she arrived stays as it was
    assert (ben.status, ben.minutes_attended, ben.method) == ("late", 90, "import")
    assert (cy.status, cy.minutes_attended, cy.notes, cy.method) == (
        "absent",
        None,
        "=1+1",
        "import",
    )
    assert all(a.recorded_by == educator for a in recorded.values())
    entry = ModelLogEntry.objects.get(action="workshops.attendance_import")
    assert entry.data == {"created": 2, "updated": 1, "unchanged": 1}
    messages = [str(m).strip() for m in response.wsgi_request._messages]
    assert messages == ["Attendance imported: 3 bookings recorded, 1 unchanged."]


def test_a_column_left_out_keeps_what_is_recorded_and_a_blank_cell_clears_it(
    educator_client, session, roster, scanned
):
    scanned.minutes_attended = 100
    scanned.notes = "Asked about opting out"
    scanned.save()
    rows = [["booking_id", "attendance_status", "notes"], [roster["ada"].pk, "late", ""]]
    assert upload(educator_client, session, csv_bytes(rows)).status_code == 302
    scanned.refresh_from_db()
    assert (scanned.status, scanned.minutes_attended, scanned.notes) == ("late", 100, "")


def test_a_byte_order_mark_crlf_and_quoted_newlines_are_read(educator_client, session, roster):
    rows = [
        ["Booking id", "Attendance status", "Notes"],
        [roster["ada"].pk, "present", "First line\r\nsecond line, with a comma"],
        [roster["ben"].pk, "absent", 'She said "hello"'],
    ]
    data = codecs.BOM_UTF8 + csv_bytes(rows, line_end="\r\n")
    assert upload(educator_client, session, data).status_code == 302
    # The service keeps line breaks as "\n" (it drops control characters such as "\r").
    assert Attendance.objects.get(booking=roster["ada"]).notes == (
        "First line\nsecond line, with a comma"
    )
    assert Attendance.objects.get(booking=roster["ben"]).notes == 'She said "hello"'


def test_semicolon_separated_files_are_read(educator_client, session, roster):
    data = f"Booking id;Attendance status;Notes\n{roster['ada'].pk};present;Café, upstairs\n"
    assert upload(educator_client, session, data.encode()).status_code == 302
    assert Attendance.objects.get(booking=roster["ada"]).notes == "Café, upstairs"


def test_row_numbers_are_the_spreadsheets_even_after_a_cell_with_a_newline(session, roster):
    data = csv_bytes(
        [
            ["Booking id", "Attendance status", "Notes"],
            [roster["ada"].pk, "present", "one\ntwo\nthree"],
            [],
            [roster["ben"].pk, "sleeping", ""],
        ]
    )
    plan = attendance_import_parse(session, data)
    assert [(error.row, error.message) for error in plan.errors] == [
        (
            4,
            "“sleeping” is not an attendance status. "
            "Use one of: present, late, left_early, absent, excused.",
        )
    ]


# ---------------------------------------------------------------------------------------------
# Import: bad files change nothing


def good_row(roster):
    return [roster["ada"].pk, "present", "30", ""]


HEADER_ROW = ["Booking id", "Attendance status", "Minutes attended", "Notes"]

BAD_ROWS = {
    "formula in the booking id": (
        lambda r: [["=1+1", "present", "", ""]],
        "“=1+1” is not a booking id",
    ),
    "formula in the status": (
        lambda r: [[r["ben"].pk, "=cmd|' /C calc'!A0", "", ""]],
        "is not an attendance status",
    ),
    "unknown booking": (lambda r: [[999_999, "present", "", ""]], "not on this session's roster"),
    "another session's booking": (
        lambda r: [[r["elsewhere"].pk, "present", "", ""]],
        "not on this session's roster",
    ),
    "duplicate booking": (
        lambda r: [[r["ben"].pk, "present", "", ""], [r["ben"].pk, "absent", "", ""]],
        "is also on row 3",
    ),
    "cancelled booking": (
        lambda r: [[r["cancelled"].pk, "present", "", ""]],
        "This booking was cancelled.",
    ),
    "waiting-list booking": (
        lambda r: [[r["waiting"].pk, "present", "", ""]],
        "on the waiting list, not confirmed",
    ),
    "unconfirmed booking": (
        lambda r: [[r["pending"].pk, "present", "", ""]],
        "never confirmed their booking",
    ),
    "bad status": (lambda r: [[r["ben"].pk, "here", "", ""]], "“here” is not an attendance"),
    "too many minutes": (lambda r: [[r["ben"].pk, "present", "121", ""]], "from 0 to 120"),
    "negative minutes": (lambda r: [[r["ben"].pk, "present", "-1", ""]], "from 0 to 120"),
    "fractional minutes": (lambda r: [[r["ben"].pk, "present", "1.5", ""]], "from 0 to 120"),
    "notes too long": (
        lambda r: [[r["ben"].pk, "present", "", "x" * 2001]],
        "at most 2,000 characters",
    ),
    "minutes without a status": (
        lambda r: [[r["ben"].pk, "", "30", ""]],
        "Give an attendance status",
    ),
    "missing booking id": (lambda r: [["", "present", "", ""]], "The booking id is missing."),
    "extra cells": (
        lambda r: [[r["ben"].pk, "present", "", "Late", " because of the bus"]],
        "more cells than the first row has columns",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_a_bad_row_is_reported_by_number_and_nothing_is_applied(
    educator_client, session, roster, scanned, case
):
    other = workshop_factories.session()
    roster["elsewhere"] = booking(other)
    make_rows, message = BAD_ROWS[case]
    before = attendance_table()
    rows = [HEADER_ROW, good_row(roster), *make_rows(roster)]
    response = upload(educator_client, session, csv_bytes(rows))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "Row 3:" in html or "Row 4:" in html
    assert message.replace("'", "&#x27;").replace('"', "&quot;") in html
    assert attendance_table() == before


FILE_PROBLEMS = {
    "Latin-1": (
        lambda ada: f"Booking id,Attendance status,Notes\n{ada},present,Café\n".encode("latin-1"),
        "not saved as UTF-8: line 2",
    ),
    "Windows-1252": (
        lambda ada: f"Booking id,Attendance status,Notes\n{ada},present,“hi”\n".encode("cp1252"),
        "not saved as UTF-8",
    ),
    "UTF-16 with its mark": (
        lambda ada: f"Booking id,Attendance status\n{ada},present\n".encode("utf-16"),
        "saved as UTF-16",
    ),
    "UTF-16 without a mark": (
        lambda ada: f"Booking id,Attendance status\n{ada},present\n".encode("utf-16-le"),
        "not UTF-8 text (it may be UTF-16",
    ),
    "an Excel workbook": (
        lambda ada: b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 50,
        "a spreadsheet file",
    ),
    "no status column": (
        lambda ada: f"Booking id,Minutes attended\n{ada},30\n".encode(),
        "these are missing: “Attendance status”",
    ),
    "no header": (
        lambda ada: f"{ada},present\n".encode(),
        "these are missing: “Booking id”, “Attendance status”",
    ),
    "a column twice": (
        lambda ada: f"Booking id,Attendance status,Notes,notes\n{ada},present,a,b\n".encode(),
        "The column “Notes” appears twice.",
    ),
    "an empty file": (lambda ada: b"", "The file is empty."),
    "only blank lines": (lambda ada: b"\r\n \r\n", "The file is empty."),
    "only a byte order mark": (lambda ada: codecs.BOM_UTF8 + b"\r\n", "The file is empty."),
    "no row with a status": (
        lambda ada: f"Booking id,Attendance status\n{ada},\n".encode(),
        "nothing to import",
    ),
    "a broken quotation mark": (
        lambda ada: f'Booking id,Attendance status,Notes\n{ada},present,"a"b\n'.encode(),
        "could not be read as CSV at row 2",
    ),
}


@pytest.mark.parametrize("case", list(FILE_PROBLEMS))
def test_a_bad_file_gets_one_clear_message_and_nothing_is_applied(
    educator_client, session, roster, scanned, case
):
    make_file, message = FILE_PROBLEMS[case]
    before = attendance_table()
    response = upload(educator_client, session, make_file(roster["ada"].pk))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert message in html
    assert "Row " not in html
    assert attendance_table() == before


def test_a_100000_row_file_is_refused_quickly_with_its_own_message(
    educator_client, session, roster, scanned
):
    lines = ["Booking id,Attendance status"]
    lines += [f"{roster['ben'].pk + i},present" for i in range(100_000)]
    data = "\n".join(lines).encode()
    assert len(data) < csv_io.MAX_BYTES  # the row limit refuses it, not the size limit
    before = attendance_table()
    started = time.perf_counter()
    response = upload(educator_client, session, data)
    elapsed = time.perf_counter() - started
    assert response.status_code == 400
    assert "The file has more than 5,000 rows" in response.content.decode()
    assert "Row " not in response.content.decode()  # one message, not a row-by-row list
    assert elapsed < 3
    assert attendance_table() == before


def test_a_file_over_two_megabytes_is_refused_without_reading_it_all(
    educator_client, session, roster, scanned
):
    data = b"Booking id,Attendance status,Notes\n" + b"x" * (3 * 1024 * 1024)
    before = attendance_table()
    response = upload(educator_client, session, data)
    assert response.status_code == 400
    assert "larger than 2 MB" in response.content.decode()
    assert attendance_table() == before


def test_no_file_at_all_is_a_form_error(educator_client, session, roster, scanned):
    before = attendance_table()
    response = educator_client.post(import_url(session), {})
    assert response.status_code == 400
    assert "Choose a CSV file to upload." in response.content.decode()
    assert attendance_table() == before


def test_every_problem_is_listed_not_only_the_first(session, roster):
    rows = [HEADER_ROW, ["abc", "present", "", ""], [roster["ben"].pk, "gone", "500", ""]]
    plan = attendance_import_parse(session, csv_bytes(rows))
    assert [error.row for error in plan.errors] == [2, 3, 3]
    assert not plan.ok
    with pytest.raises(AttendanceImportRefused):
        attendance_import_apply(plan)


def test_a_booking_cancelled_after_the_check_rolls_back_the_whole_file(session, roster, scanned):
    rows = [
        HEADER_ROW,
        [roster["ben"].pk, "present", "", ""],
        [roster["ada"].pk, "absent", "", ""],
        [roster["cy"].pk, "present", "", ""],
    ]
    plan = attendance_import_parse(session, csv_bytes(rows))
    assert plan.ok
    Booking.objects.filter(pk=roster["cy"].pk).update(status=Booking.Status.CANCELLED)
    before = attendance_table()
    with pytest.raises(AttendanceImportRefused) as refused:
        attendance_import_apply(plan)
    assert [(e.row, e.message) for e in refused.value.errors] == [
        (4, "This booking was cancelled.")
    ]
    assert attendance_table() == before
    assert not ModelLogEntry.objects.filter(action="workshops.attendance_import").exists()


# ---------------------------------------------------------------------------------------------
# Who may


def import_ben(client, session, roster):
    return upload(client, session, csv_bytes([HEADER_ROW, [roster["ben"].pk, "present", "", ""]]))


def test_another_partners_staff_get_404_and_change_nothing(client, session, roster, scanned):
    other = workshop_factories.session()
    client.force_login(member(other, "other@example.org", PartnerMembership.Role.COORDINATOR))
    before = attendance_table()
    assert client.get(roster_url(session)).status_code == 404
    assert client.get(import_url(session)).status_code == 404
    assert import_ben(client, session, roster).status_code == 404
    assert attendance_table() == before


def test_a_coordinator_imports_and_a_superuser_too(client, session, roster):
    client.force_login(member(session, "coord@example.org", PartnerMembership.Role.COORDINATOR))
    assert import_ben(client, session, roster).status_code == 302
    client.force_login(factories.person("root@example.org", is_superuser=True, is_staff=True))
    assert client.get(roster_url(session)).status_code == 200


def test_a_learner_is_sent_to_log_in_and_changes_nothing(client, session, roster, scanned):
    client.force_login(factories.person("learner@example.org"))
    before = attendance_table()
    for response in [client.get(roster_url(session)), import_ben(client, session, roster)]:
        assert response.status_code == 302 and "login" in response["Location"]
    assert attendance_table() == before


def test_admin_users_without_a_membership_are_refused(client, session, roster, scanned):
    client.force_login(factories.person("outsider@example.org", groups=[EDUCATORS]))
    before = attendance_table()
    for response in [client.get(roster_url(session)), import_ben(client, session, roster)]:
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert attendance_table() == before


def test_an_import_without_the_csrf_token_is_refused(session, roster, educator, scanned):
    client = Client(enforce_csrf_checks=True)
    client.force_login(educator)
    before = attendance_table()
    assert import_ben(client, session, roster).status_code == 403
    assert attendance_table() == before


def test_only_get_downloads_the_roster(educator_client, session):
    assert educator_client.post(roster_url(session)).status_code == 405
