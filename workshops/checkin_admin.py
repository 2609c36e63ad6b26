"""The door check-in page for a partner's staff, its JSON endpoints and the self check-in code.

Everything under /admin/checkin/<session id>/: the phone-first page (static JS and CSS, no
inline script), its roster as JSON, scans, undo, walk-ins, and a full-screen page with the
rotating self check-in code. Views are thin: the rules live in workshops/attendance/. Every
view finds its session the way the other session pages do (admin_views.SessionActionView):
people without the right to change sessions are refused before anything is looked up, and
another partner's session is a 404. The page receives ticket fingerprints, never secrets.
"""

import json
from datetime import datetime

import segno
from django.http import JsonResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from .admin_views import SessionActionView
from .attendance.codes import ROTATION_SECONDS, current_code
from .attendance.selectors import booking_for_ticket, roster, roster_counts, ticket_fingerprint
from .attendance.services import (
    DOOR_CLOSES_AFTER,
    DOOR_OPENS_BEFORE,
    SELF_CHECKIN_OPENS_BEFORE,
    CheckInError,
    checkin_record,
    checkin_undo,
    walk_in_add,
)
from .models import Attendance, GroupRequest, Session
from .permissions import CHANGE, session_policy

MAX_BODY_BYTES = 4096
SCAN_METHODS = (Attendance.Method.SCAN, Attendance.Method.CODE, Attendance.Method.SEARCH)
# 404: nothing found; 409: found, but its state forbids it; everything else malformed (400).
NOT_FOUND = {"unknown_ticket", "unknown_booking"}
CONFLICT = {
    "other_session",
    "booking_cancelled",
    "booking_waitlisted",
    "booking_pending",
    "session_cancelled",
    "session_closed",
    "outside_window",
    "not_checked_in",
    "no_seats",
    "recorded_absent",
}
VIEW_MESSAGES = {
    "bad_request": gettext_lazy("The request could not be read; reload the page."),
    "too_large": gettext_lazy("The request is too large."),
    "bad_method": gettext_lazy("Say how the person was found: scan, code or search."),
    "unknown_booking": gettext_lazy("This booking is not on this session's list."),
    "recorded_absent": gettext_lazy(
        "Staff recorded this booking as %(status)s. Undo that first to check them in."
    ),
}


class RequestError(Exception):
    """A request the endpoint refuses, with a stable code; its message is for people."""

    def __init__(self, code, **params):
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def message(self):
        text = str(VIEW_MESSAGES[self.code])
        return text % self.params if self.params else text


def _error(code, message):
    """{error, message} with 404 (not found), 409 (state forbids it) or 400 (malformed)."""
    status = 404 if code in NOT_FOUND else 409 if code in CONFLICT else 400
    return JsonResponse({"error": code, "message": str(message)}, status=status)


def _local_time(session, moment):
    """A time of day on the venue's clocks ("10:02"), as the door staff read it."""
    return date_format(timezone.localtime(moment, session.tzinfo), "H:i") if moment else ""


def _iso(moment):
    return moment.isoformat() if moment else None


def _attendance_json(attendance):
    """The attendance as the page shows it (None: not recorded)."""
    if attendance is None:
        return None
    return {
        "status": attendance.status,
        "status_label": str(attendance.get_status_display()),
        "attended": attendance.attended,
        "checked_in_at": _iso(attendance.checked_in_at),
        "method": attendance.method,
    }


def booking_json(booking, attendance):
    """What the page shows and matches offline for one booking: no secret, no email."""
    return {
        "id": booking.pk,
        "name": str(booking.holder_name),
        "attendees": [str(name) for name in (booking.attendee_names or []) if name],
        "seats": booking.seats,
        "status": booking.status,
        "fingerprint": ticket_fingerprint(booking.ticket_secret),
        "attendance": _attendance_json(attendance),
    }


def door_open(session, now):
    """Whether scans are accepted now (the services' own window and statuses)."""
    return (
        session.status == Session.Status.SCHEDULED
        and session.starts_at - DOOR_OPENS_BEFORE <= now <= session.ends_at + DOOR_CLOSES_AFTER
    )


def roster_json(session, now=None):
    """The whole roster with its counts, in a constant number of queries."""
    now = now or timezone.now()
    bookings = roster(session)
    counts = roster_counts(bookings)
    return {
        "session": {
            "id": session.pk,
            "status": session.status,
            "capacity": session.capacity,
            "max_group_size": session.max_group_size,
            "seats_left": max(0, session.capacity - counts.expected),
            "door_open": door_open(session, now),
        },
        "counts": {
            "expected": counts.expected,
            "present": counts.present,
            "waiting": counts.waiting,
        },
        "bookings": [booking_json(booking, booking.attendance) for booking in bookings],
        "server_time": _iso(now),
    }


def _read_json(request):
    """The request's JSON object, or RequestError: never more than MAX_BODY_BYTES read."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise RequestError("bad_request") from None
    if length > MAX_BODY_BYTES:
        raise RequestError("too_large")
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        raise RequestError("too_large")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: "[[[[…"
        raise RequestError("bad_request") from None
    if not isinstance(data, dict):
        raise RequestError("bad_request")
    return data


def _scan_time(value):
    """The device's time of the scan (aware), None when not given, else CheckInError."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise CheckInError("bad_time")
    try:
        moment = parse_datetime(value)
    except ValueError:
        moment = None
    if not isinstance(moment, datetime) or timezone.is_naive(moment):
        raise CheckInError("bad_time")
    return moment


def _booking_id(value):
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < 2**63:
        raise RequestError("unknown_booking")
    return value


def self_checkin_url(request, session, code):
    """The absolute address the learner's phone opens from the QR on the code screen."""
    try:
        url = reverse("workshops:self_checkin", args=[session.pk])
    except NoReverseMatch:  # the public view's name; its path is fixed either way
        url = f"/bookings/checkin/{session.pk}/"
    return request.build_absolute_uri(f"{url}?code={code}")


def checkin_url(session):
    """The door page of a session."""
    return reverse("workshops_checkin", args=[session.pk])


def checkin_buttons(user, session):
    """Header buttons for the session's inspect page: the door page and the code screen."""
    if not session_policy.user_has_permission_for_instance(user, CHANGE, session):
        return []
    return [
        Button(_("Door check-in"), url=checkin_url(session), icon_name="tick", priority=5),
        Button(
            _("Self check-in code"),
            url=reverse("workshops_checkin_code", args=[session.pk]),
            icon_name="view",
            priority=6,
        ),
    ]


class DoorView(SessionActionView):
    """Base of the check-in views: the session, scoped like every other session page."""

    index_url_name = "session:index"
    inspect_url_name = "session:inspect"
    related = ("workshop", "venue")
    http_method_names = ["get"]
    pk_url_kwarg = "session_id"


class CheckInPageView(DoorView):
    """The phone-first door page: the roster, the camera, typed codes, names, walk-ins."""

    template_name = "workshops/admin/checkin.html"
    page_title = gettext_lazy("Door check-in")
    header_icon = "tick"

    @cached_property
    def access_needs(self):
        """A private group's access needs, as the group wrote them (bookings have none)."""
        if not self.object.is_private:
            return ""
        try:
            return self.object.group_request.access_needs
        except GroupRequest.DoesNotExist:
            return ""

    def config(self):
        session = self.object
        pk = session.pk
        return {
            "session_id": pk,
            "language": get_language(),
            "timezone": session.venue.timezone,
            "urls": {
                "roster": reverse("workshops_checkin_roster", args=[pk]),
                "scan": reverse("workshops_checkin_scan", args=[pk]),
                "undo": reverse("workshops_checkin_undo", args=[pk]),
                "walk_in": reverse("workshops_checkin_walk_in", args=[pk]),
            },
            "poll_seconds": 10,
            "strings": page_strings(),
        }

    def get_context_data(self, **kwargs):
        now = timezone.now()
        return super().get_context_data(
            config=self.config(),
            roster=roster_json(self.object, now),
            access_needs=self.access_needs,
            code_url=reverse("workshops_checkin_code", args=[self.object.pk]),
            seat_choices=range(1, self.object.max_group_size + 1),
            opens_at=_local_time(self.object, self.object.starts_at - DOOR_OPENS_BEFORE),
            starts_at=_local_time(self.object, self.object.starts_at),
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())


def page_strings():
    """The texts the script shows, translated here (%(name)s placeholders)."""
    return {
        "checked_in": _("Checked in: %(name)s."),
        "checked_in_late": _("Checked in, late: %(name)s."),
        "already": _("Already checked in at %(time)s: %(name)s. Nothing changed."),
        "already_no_time": _("Already checked in: %(name)s. Nothing changed."),
        "queued": _(
            "Checked in on this device at %(time)s: %(name)s. It will be sent when back online."
        ),
        "queued_unknown": _(
            "This ticket is not on the roster loaded at %(time)s. It may be a booking made "
            "since then, a cancelled booking or another session's ticket: that can only be "
            "checked online. The scan is kept and checked when the connection is back."
        ),
        "offline_waiting_list": _(
            "On the waiting list (as of %(time)s), not confirmed: this can only change online."
        ),
        "unknown_ticket": str(CheckInError.MESSAGES["unknown_ticket"]),
        "undone": _("Check-in undone: %(name)s is expected again."),
        "unqueued": _("Removed from the scans waiting to sync: %(name)s."),
        "undo_offline": _("Undoing a check-in that was already sent needs a connection."),
        "walk_in_offline": _(
            "Walk-ins need a connection: only the server knows how many seats are left."
        ),
        "network_error": _("No connection: the scan is kept on this device."),
        "logged_out": _(
            "You are no longer logged in. Log in again in another tab; the scans waiting "
            "here are kept."
        ),
        "server_error": _("The server could not answer. Try again."),
        "sync_refused": _("Not recorded when syncing (scanned at %(time)s): %(message)s"),
        "seats_one": _("%(count)s seat"),
        "seats_other": _("%(count)s seats"),
        "waiting_one": _("%(count)s scan waiting to sync"),
        "waiting_other": _("%(count)s scans waiting to sync"),
        "waiting_none": _("Every scan is synced."),
        "online": _("Online: the roster updates by itself."),
        "offline": _("Offline since %(time)s: working from the roster loaded at %(loaded)s."),
        "state_in": _("In at %(time)s"),
        "state_in_no_time": _("In"),
        "state_queued": _("In at %(time)s, waiting to sync"),
        "state_expected": _("Expected"),
        "state_waitlisted": _("Waiting list"),
        "state_other": _("Recorded: %(status)s"),
        "check_in": _("Check in"),
        "undo": _("Undo"),
        "with": _("With: %(names)s"),
        "showing": _("Showing %(shown)s of %(total)s. Type a name to narrow the list."),
        "no_match": _("Nobody on the roster matches."),
        "camera_unavailable": _(
            "The camera is not available here (it needs a secure connection and your "
            "permission). Type the ticket code or search by name instead."
        ),
        "camera_starting": _("Starting the camera…"),
        "camera_on": _("Point the camera at the ticket's QR code."),
        "seats_left": _("Seats left for walk-ins: %(count)s"),
        "no_seats_left": _("No seats are left for walk-ins."),
        "door_closed": _("Check-in is not open now: scans will be refused."),
    }


class RosterJsonView(DoorView):
    """The roster and its counts, for the page's polling."""

    def get(self, request, *args, **kwargs):
        return JsonResponse(roster_json(self.object))


class PostView(DoorView):
    """A JSON POST that records something; errors come back as {error, message} with a 4xx."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            return self.act(_read_json(request))
        except (CheckInError, RequestError) as error:
            return _error(error.code, error.message)

    def booking(self, booking_id):
        found = (
            self.object.bookings.select_related("user").filter(pk=_booking_id(booking_id)).first()
        )
        if found is None:
            raise RequestError("unknown_booking")
        return found

    def answer(self, outcome):
        """The JSON for a check-in's outcome: what happened, when, and to whom."""
        session, attendance = self.object, outcome.attendance
        if attendance.session_id != session.pk:  # a nonce first used for another session
            raise CheckInError("bad_nonce")
        booking = attendance.booking
        at = attendance.checked_in_at
        values = {"name": booking.holder_name, "time": _local_time(session, at)}
        if outcome.created:
            late = attendance.status == Attendance.Status.LATE
            message = page_strings()["checked_in_late" if late else "checked_in"] % values
        elif not attendance.attended:
            raise RequestError("recorded_absent", status=attendance.get_status_display().lower())
        else:
            message = page_strings()["already" if at else "already_no_time"] % values
        return JsonResponse(
            {
                "result": "checked_in" if outcome.created else "already",
                "at": _iso(at),
                "at_display": _local_time(session, at),
                "message": message,
                "booking": booking_json(booking, attendance),
            },
            status=201 if outcome.created else 200,
        )


class ScanView(PostView):
    """Check one booking in: by scanned or typed ticket, or by id after a name search."""

    def act(self, data):
        method = data.get("method")
        if method not in SCAN_METHODS:
            raise RequestError("bad_method")
        scanned_at = _scan_time(data.get("scanned_at"))
        if ("ticket" in data) == ("booking_id" in data):
            raise RequestError("bad_request")
        if "ticket" in data:
            booking = booking_for_ticket(data["ticket"])
        else:
            booking = self.booking(data["booking_id"])
        outcome = checkin_record(
            session=self.object,
            booking=booking,
            nonce=data.get("nonce"),
            method=method,
            scanned_at=scanned_at,
            by=self.request.user,
        )
        return self.answer(outcome)


class UndoView(PostView):
    """Staff undo a mistaken check-in: the booking is expected again."""

    def act(self, data):
        booking = self.booking(data.get("booking_id"))
        checkin_undo(session=self.object, booking=booking)
        return JsonResponse(
            {
                "result": "undone",
                "message": page_strings()["undone"] % {"name": booking.holder_name},
                "booking": booking_json(booking, None),
            }
        )


class WalkInView(PostView):
    """Someone without a booking: booked and checked in at once, while seats remain."""

    def act(self, data):
        name = data.get("name")
        if not isinstance(name, str):  # the service would take str(42) for a name
            raise CheckInError("bad_name")
        outcome = walk_in_add(
            session=self.object,
            name=name,
            seats=data.get("seats", 1),
            nonce=data.get("nonce"),
            by=self.request.user,
        )
        return self.answer(outcome)


class CodePageView(DoorView):
    """The full-screen self check-in code for the educator's screen (refreshes itself)."""

    template_name = "workshops/admin/checkin_code.html"
    page_title = gettext_lazy("Self check-in code")

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(
                code=code_json(request, self.object, timezone.now()),
                code_json_url=reverse("workshops_checkin_code_json", args=[self.object.pk]),
                checkin_url=checkin_url(self.object),
            )
        )


def code_json(request, session, now):
    """The code of now, how long it lasts, the address learners open and its QR."""
    code, seconds_left = current_code(session, now=now)
    url = self_checkin_url(request, session, code)
    opens = session.starts_at - SELF_CHECKIN_OPENS_BEFORE
    is_open = session.status == Session.Status.SCHEDULED and opens <= now <= session.ends_at
    return {
        "code": code,
        "seconds_left": seconds_left,
        "rotation_seconds": ROTATION_SECONDS,
        "url": url,
        "qr": segno.make(url, error="m").svg_data_uri(scale=8, border=4, dark="#000", light="#fff"),
        "open": is_open,
        "message": ""
        if is_open
        else _("Self check-in is open from %(opens)s until the session ends at %(ends)s.")
        % {"opens": _local_time(session, opens), "ends": _local_time(session, session.ends_at)},
    }


class CodeJsonView(DoorView):
    """The current code for the code screen's refresh."""

    def get(self, request, *args, **kwargs):
        response = JsonResponse(code_json(request, self.object, timezone.now()))
        response["Cache-Control"] = "no-store"
        return response


@hooks.register("register_admin_urls")
def register_checkin_urls():
    """The door page, its JSON endpoints and the code screen, under /admin/checkin/<id>/."""
    base = "checkin/<int:session_id>/"
    return [
        path(base, CheckInPageView.as_view(), name="workshops_checkin"),
        path(f"{base}roster.json", RosterJsonView.as_view(), name="workshops_checkin_roster"),
        path(f"{base}scan/", ScanView.as_view(), name="workshops_checkin_scan"),
        path(f"{base}undo/", UndoView.as_view(), name="workshops_checkin_undo"),
        path(f"{base}walk-in/", WalkInView.as_view(), name="workshops_checkin_walk_in"),
        path(f"{base}code/", CodePageView.as_view(), name="workshops_checkin_code"),
        path(f"{base}code.json", CodeJsonView.as_view(), name="workshops_checkin_code_json"),
    ]
