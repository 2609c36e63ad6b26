"""A session's roster as CSV, and attendance imported from a CSV file, all or nothing.

The export is the import's template: staff download the roster, fill in the attendance
status (and minutes and notes, if they like) in a spreadsheet, and upload it again. Columns
the import does not use (name, email, seats...) are ignored, so the roster goes back as it is.

Export: UTF-8 *with* a byte order mark, because Excel reads a CSV without one in the
computer's local code page and garbles accented names; LibreOffice, Numbers and Python's
"utf-8-sig" read it as it is. Every cell goes through `csv_safe`, so a name such as
``=HYPERLINK(...)`` is shown as text, never run as a formula. Times are the venue's own clock,
in ISO 8601 with their UTC offset. Ticket secrets are never written.

Import: UTF-8 with or without the byte order mark; any other encoding is refused with a
message saying how to save the file, never guessed. The delimiter is the one in the header
row (a comma, or the semicolon some European spreadsheet settings use, or a tab). Files
over MAX_BYTES or MAX_ROWS are refused before any row is read, so a wrong 100,000-row file
gets one message at once. Every row is then checked and every problem reported with its
spreadsheet row number (the header is row 1); only a file without a single problem is
applied, in one transaction, through the attendance service.

Row rules: a row whose attendance status is blank is left unchanged (so the waiting-list
rows of the roster can stay as they are), unless it gives minutes or notes; a booking must
be on this session (unknown numbers and other sessions' bookings get the same message, so
nothing about other sessions is revealed), confirmed, and on one row only. A cell that looks
like a formula is text: the apostrophe `csv_safe` put in front of it on export is taken off
again, so a roster goes out and back without change. An optional column left out of the file
keeps what is recorded; a column present with a blank cell clears it. Rows that would change
nothing are not rewritten, so a re-imported roster keeps who recorded each check-in.
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from lms.text import FORMULA_TRIGGERS, csv_safe, without_control_characters

from ..models import Attendance, Booking
from .selectors import roster
from .services import NOTES_MAX_LENGTH, CheckInError, attendance_set, session_minutes

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000  # data rows; a session's roster is never near this
SHOWN_VALUE_LENGTH = 40

BOOKING_ID = "booking_id"
NAME = "name"
EMAIL = "email"
SEATS = "seats"
BOOKING_STATUS = "booking_status"
ATTENDEE_NAMES = "attendee_names"
ATTENDANCE_STATUS = "attendance_status"
CHECKED_IN_AT = "checked_in_at"
MINUTES = "minutes_attended"
NOTES = "notes"

# (key, header): the export writes the header in the user's language; the import knows a
# column by either.
COLUMNS = [
    (BOOKING_ID, gettext_lazy("Booking id")),
    (NAME, gettext_lazy("Name")),
    (EMAIL, gettext_lazy("Email")),
    (SEATS, gettext_lazy("Seats")),
    (BOOKING_STATUS, gettext_lazy("Booking status")),
    (ATTENDEE_NAMES, gettext_lazy("Attendee names")),
    (ATTENDANCE_STATUS, gettext_lazy("Attendance status")),
    (CHECKED_IN_AT, gettext_lazy("Checked in at")),
    (MINUTES, gettext_lazy("Minutes attended")),
    (NOTES, gettext_lazy("Notes")),
]
HEADERS = dict(COLUMNS)
REQUIRED = (BOOKING_ID, ATTENDANCE_STATUS)
IMPORTED = (BOOKING_ID, ATTENDANCE_STATUS, MINUTES, NOTES)

BOOKING_REFUSALS = {
    Booking.Status.CANCELLED: "booking_cancelled",
    Booking.Status.WAITLISTED: "booking_waitlisted",
    Booking.Status.PENDING: "booking_pending",
}

KEEP = object()  # an optional column the file leaves out: what is recorded stays


# ---------------------------------------------------------------------------------------------
# Export


def _venue_time(session, value):
    if value is None:
        return ""
    return timezone.localtime(value, session.tzinfo).isoformat(timespec="minutes")


def roster_rows(session):
    """The roster as lists of cells, header first (in two queries, whatever its length)."""
    yield [str(header) for _key, header in COLUMNS]
    for booking in roster(session):
        attendance = booking.attendance
        minutes = attendance.minutes_attended if attendance else None
        cells = [
            booking.pk,
            str(booking.holder_name),
            booking.contact_email,
            booking.seats,
            str(booking.get_status_display()),
            "; ".join(str(name) for name in booking.attendee_names or []),
            attendance.status if attendance else "",
            _venue_time(session, attendance.checked_in_at) if attendance else "",
            "" if minutes is None else minutes,
            attendance.notes if attendance else "",
        ]
        yield [csv_safe(cell) for cell in cells]


def roster_csv(session):
    """The session's roster as CSV text, starting with a byte order mark for Excel."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerows(roster_rows(session))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Import: reading the file


@dataclass(frozen=True)
class RowError:
    row: int  # spreadsheet row number: the header is row 1
    message: str


@dataclass(frozen=True)
class ImportRow:
    row: int
    booking: Booking
    status: str
    minutes: object  # int, None (cleared) or KEEP
    notes: object  # str or KEEP


@dataclass
class ImportPlan:
    """What a file would change, or why it cannot: `problem` for the whole file, `errors`
    row by row. Only a plan without either is applied."""

    session: object
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    problem: str = ""
    unchanged_rows: int = 0  # rows with a blank status, left as they are

    @property
    def ok(self):
        return not self.problem and not self.errors


class AttendanceImportRefused(Exception):
    """The import changed nothing: `problem` (whole file) or `errors` (RowError) say why."""

    def __init__(self, *, problem="", errors=()):
        self.problem = problem
        self.errors = list(errors)
        super().__init__(problem or f"{len(self.errors)} row errors")


def _shown(value):
    value = " ".join(without_control_characters(value).split())
    return value if len(value) <= SHOWN_VALUE_LENGTH else value[: SHOWN_VALUE_LENGTH - 1] + "…"


def _normalised(header):
    return re.sub(r"[\s_\-]+", " ", without_control_characters(header).replace("\ufeff", ""))


def _header_key(header):
    """The column a header names (its key or its label in the user's language), or None."""
    wanted = _normalised(header).strip().casefold()
    for key, label in COLUMNS:
        if wanted in (_normalised(key).casefold(), _normalised(str(label)).strip().casefold()):
            return key
    return None


def _text(data):
    """The file as text, or raise AttendanceImportRefused saying how to save it."""
    save_as = _(
        "Save it as “CSV UTF-8” (in Excel: File › Save as › CSV UTF-8; in LibreOffice: "
        "character set “Unicode (UTF-8)”) and upload it again."
    )
    if not data or not data.strip():
        raise AttendanceImportRefused(problem=_("The file is empty."))
    if len(data) > MAX_BYTES:
        raise AttendanceImportRefused(
            problem=_(
                "The file is larger than %(size)d MB. A session's roster is never that big: "
                "check that you chose the right file."
            )
            % {"size": MAX_BYTES // (1024 * 1024)}
        )
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise AttendanceImportRefused(
            problem=_("This is a spreadsheet file, not a CSV file.") + " " + save_as
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise AttendanceImportRefused(
            problem=_("This file is saved as UTF-16 (“Unicode text”), not UTF-8.") + " " + save_as
        )
    if b"\x00" in data:  # UTF-16 without its mark, or not text at all
        raise AttendanceImportRefused(
            problem=_("This file is not UTF-8 text (it may be UTF-16 “Unicode text”).")
            + " "
            + save_as
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise AttendanceImportRefused(
            problem=_(
                "This file is not saved as UTF-8: line %(line)d has characters in another encoding."
            )
            % {"line": line}
            + " "
            + save_as
        ) from error
    if not text.strip():
        raise AttendanceImportRefused(problem=_("The file is empty."))
    return text


def _delimiter(text):
    header = text.split("\n", 1)[0]
    if "," not in header:
        for candidate in (";", "\t"):
            if candidate in header:
                return candidate
    return ","


def _records(text):
    """The header and the data rows (at most MAX_ROWS of them), or refuse the file."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records = []
    try:
        for record in reader:
            if len(records) > MAX_ROWS:  # the header and MAX_ROWS rows are already read
                raise AttendanceImportRefused(
                    problem=_(
                        "The file has more than %(rows)s rows. A session's roster never has "
                        "that many: check that you chose the right file."
                    )
                    % {"rows": number_format(MAX_ROWS, force_grouping=True)}
                )
            records.append(record)
    except csv.Error as error:
        raise AttendanceImportRefused(
            problem=_(
                "The file could not be read as CSV at row %(row)d (a quotation mark may be "
                "missing, or a cell is far too long)."
            )
            % {"row": len(records) + 1}
        ) from error
    return records


def _columns(header):
    """{key: index} for the columns the import uses, or refuse the file."""
    columns = {}
    for index, cell in enumerate(header):
        key = _header_key(cell)
        if key is None:
            continue
        if key in columns:
            raise AttendanceImportRefused(
                problem=_("The column “%(column)s” appears twice.") % {"column": HEADERS[key]}
            )
        columns[key] = index
    missing = [str(HEADERS[key]) for key in REQUIRED if key not in columns]
    if missing:
        raise AttendanceImportRefused(
            problem=_(
                "The first row must name the columns, and these are missing: %(missing)s. "
                "Download the roster to start from a file with the right columns."
            )
            % {"missing": ", ".join(f"“{name}”" for name in missing)}
        )
    return columns


def _unescaped(value):
    """A cell as text: the apostrophe `csv_safe` puts before a formula-like value is removed."""
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def _status(value):
    wanted = _normalised(value).strip().casefold()
    for code, label in Attendance.Status.choices:
        if wanted in (_normalised(code).casefold(), _normalised(str(label)).strip().casefold()):
            return code
    return None


class _RowReader:
    """Checks one data row at a time against the session's bookings."""

    def __init__(self, session, columns, width):
        self.session = session
        self.columns = columns
        self.width = width  # how many columns the header row has
        self.max_minutes = session_minutes(session)
        self.bookings = {booking.pk: booking for booking in session.bookings.all()}
        self.seen = {}  # booking id: the row it was first on

    def cell(self, record, key):
        index = self.columns.get(key)
        if index is None or index >= len(record):
            return ""
        return _unescaped(record[index].strip())

    def read(self, number, record):
        """(ImportRow or None for a row left unchanged, [messages])."""
        errors = []
        booking = self._booking(number, record, errors)
        status_text = self.cell(record, ATTENDANCE_STATUS)
        status = _status(status_text) if status_text else None
        if status_text and status is None:
            errors.append(
                _("“%(value)s” is not an attendance status. Use one of: %(choices)s.")
                % {"value": _shown(status_text), "choices": ", ".join(Attendance.Status.values)}
            )
        minutes = self._minutes(record, errors)
        notes = self._notes(record, errors)
        if any(cell.strip() for cell in record[self.width :]):
            errors.append(
                _(
                    "This row has more cells than the first row has columns: a cell with "
                    "a comma in it may have lost its quotation marks."
                )
            )
        if not status_text:
            if (minutes not in (None, KEEP)) or (notes not in ("", KEEP)):
                errors.append(_("Give an attendance status for the minutes or notes on this row."))
            return None, errors
        if booking is not None and booking.status in BOOKING_REFUSALS:
            errors.append(CheckInError(BOOKING_REFUSALS[booking.status]).message)
        if errors or booking is None:
            return None, errors
        return ImportRow(number, booking, status, minutes, notes), errors

    def _booking(self, number, record, errors):
        text = self.cell(record, BOOKING_ID)
        if not text:
            errors.append(_("The booking id is missing."))
            return None
        if not text.isascii() or not text.isdigit():
            errors.append(
                _("“%(value)s” is not a booking id (a whole number from the roster).")
                % {"value": _shown(text)}
            )
            return None
        booking_id = int(text)
        if booking_id in self.seen:
            errors.append(
                _("Booking %(id)d is also on row %(row)d: give each booking one row.")
                % {"id": booking_id, "row": self.seen[booking_id]}
            )
            return None
        self.seen[booking_id] = number
        booking = self.bookings.get(booking_id)
        if booking is None:
            errors.append(_("Booking %(id)d is not on this session's roster.") % {"id": booking_id})
        return booking

    def _minutes(self, record, errors):
        if MINUTES not in self.columns:
            return KEEP
        text = self.cell(record, MINUTES)
        if not text:
            return None
        if text.isascii() and text.isdigit() and int(text) <= self.max_minutes:
            return int(text)
        errors.append(
            _(
                "“%(value)s” is not a number of minutes: give a whole number from 0 to "
                "%(max)d (the session's length), or leave it blank."
            )
            % {"value": _shown(text), "max": self.max_minutes}
        )
        return None

    def _notes(self, record, errors):
        if NOTES not in self.columns:
            return KEEP
        notes = without_control_characters(self.cell(record, NOTES)).strip()
        if len(notes) > NOTES_MAX_LENGTH:
            errors.append(CheckInError("bad_notes").message)
        return notes


def attendance_import_parse(session, uploaded_bytes):
    """Read and check a whole attendance file; the plan says what it would change, or every
    problem with its row number. Changes nothing."""
    plan = ImportPlan(session=session)
    try:
        records = _records(_text(uploaded_bytes))
        header, *rows = records or [[]]
        reader = _RowReader(session, _columns(header), width=len(header))
    except AttendanceImportRefused as refused:
        plan.problem = refused.problem
        return plan
    for number, record in enumerate(rows, start=2):
        if not any(cell.strip() for cell in record):
            continue  # a blank line
        row, messages = reader.read(number, record)
        plan.errors.extend(RowError(number, message) for message in messages)
        if row is not None:
            plan.rows.append(row)
        elif not messages:
            plan.unchanged_rows += 1
    if plan.ok and not plan.rows:
        plan.problem = _(
            "No row gives an attendance status, so there is nothing to import. Fill in the "
            "“%(column)s” column."
        ) % {"column": HEADERS[ATTENDANCE_STATUS]}
    return plan


# ---------------------------------------------------------------------------------------------
# Import: applying it


@dataclass(frozen=True)
class ImportOutcome:
    created: int
    updated: int
    unchanged: int


def attendance_import_apply(plan, by=None, *, now=None):
    """Record every row of a checked plan in one transaction, or nothing: raises
    AttendanceImportRefused if the plan has problems or a row is refused now."""
    if not plan.ok:
        raise AttendanceImportRefused(problem=plan.problem, errors=plan.errors)
    session = plan.session
    now = now or timezone.now()
    created, updated, unchanged, errors = [], 0, plan.unchanged_rows, []
    with transaction.atomic():
        # Read again, locked: a booking cancelled since the file was checked is refused.
        bookings = {b.pk: b for b in session.bookings.select_for_update()}
        existing = {a.booking_id: a for a in Attendance.objects.filter(session=session)}
        for row in plan.rows:
            booking = bookings.get(row.booking.pk)
            if booking is None:
                errors.append(
                    RowError(
                        row.row,
                        _("Booking %(id)d is not on this session's roster.")
                        % {"id": row.booking.pk},
                    )
                )
                continue
            before = existing.get(booking.pk)
            minutes = row.minutes
            if minutes is KEEP:
                minutes = before.minutes_attended if before else None
            notes = row.notes
            if notes is KEEP:
                notes = before.notes if before else ""
            if before is not None and (before.status, before.minutes_attended, before.notes) == (
                row.status,
                minutes,
                notes,
            ):
                unchanged += 1
                continue
            try:
                attendance_set(
                    session=session,
                    booking=booking,
                    status=row.status,
                    minutes=minutes,
                    notes=notes,
                    by=by,
                    now=now,
                    method=Attendance.Method.IMPORT,
                )
            except CheckInError as error:
                errors.append(RowError(row.row, error.message))
                continue
            if before is None:
                created.append(booking.pk)
            else:
                updated += 1
        if errors:
            raise AttendanceImportRefused(errors=errors)  # rolls everything back
        if created or updated:
            log(
                instance=session,
                action="workshops.attendance_import",
                user=by,
                data={"created": len(created), "updated": updated, "unchanged": unchanged},
            )
    return ImportOutcome(created=len(created), updated=updated, unchanged=unchanged)
