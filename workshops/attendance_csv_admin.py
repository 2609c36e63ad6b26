"""Admin pages for a session's attendance as CSV: the roster download and the import.

Both are reached from the session's page and scoped like every session action
(workshops/admin_views.py): another partner's session is a 404, people without a membership
are refused. Downloading needs the VIEW role on the session, importing CHANGE. The import has
no preview step: the whole file is checked before anything is recorded, and a file with any
problem changes nothing and answers 400 with every problem listed by row.
"""

from django import forms
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter

from .admin_views import SessionActionView
from .attendance.csv_io import (
    HEADERS,
    MAX_BYTES,
    MAX_ROWS,
    MINUTES,
    NOTES,
    AttendanceImportRefused,
    attendance_import_apply,
    attendance_import_parse,
    roster_csv,
)
from .attendance.services import NOTES_MAX_LENGTH, session_minutes
from .models import Attendance
from .permissions import CHANGE, VIEW

MAX_ERRORS_SHOWN = 100


class AttendanceSessionView(SessionActionView):
    """A page about one session, from the session's page in the sessions admin."""

    index_url_name = "session:index"
    inspect_url_name = "session:inspect"


class RosterCsvView(AttendanceSessionView):
    """The session's roster as a CSV download (no ticket secrets)."""

    permission_required = VIEW
    http_method_names = ["get"]

    def get(self, request, *args, **kwargs):
        session = self.object
        name = slugify(session.workshop.title) or "session"
        day = timezone.localtime(session.starts_at, session.tzinfo)
        response = HttpResponse(roster_csv(session), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="attendance-{name}-{day:%Y-%m-%d-%H%M}.csv"'
        )
        response["Cache-Control"] = "private, no-store"  # names and email addresses
        return response


class AttendanceImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        allow_empty_file=True,  # the import says "the file is empty" in its own words
        error_messages={"required": gettext_lazy("Choose a CSV file to upload.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )


class AttendanceImportView(AttendanceSessionView):
    """GET explains the file and offers the upload; POST records all of it, or nothing."""

    permission_required = CHANGE
    template_name = "workshops/admin/attendance_import.html"
    page_title = gettext_lazy("Import attendance")

    def render_page(self, form, *, problem="", errors=(), status=200):
        errors = list(errors)
        context = self.get_context_data(
            form=form,
            problem=problem,
            errors=errors[:MAX_ERRORS_SHOWN],
            errors_not_shown=max(0, len(errors) - MAX_ERRORS_SHOWN),
            error_count=len(errors),
            roster_url=reverse("attendance_csv:roster", args=[self.object.pk]),
            statuses=Attendance.Status.choices,
            max_minutes=session_minutes(self.object),
            max_rows=number_format(MAX_ROWS, force_grouping=True),
            max_megabytes=MAX_BYTES // (1024 * 1024),
            minutes_column=HEADERS[MINUTES],
            notes_column=HEADERS[NOTES],
            notes_max_length=number_format(NOTES_MAX_LENGTH, force_grouping=True),
        )
        return self.render_to_response(context, status=status)

    def get(self, request, *args, **kwargs):
        return self.render_page(AttendanceImportForm())

    def post(self, request, *args, **kwargs):
        form = AttendanceImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_page(form, status=400)
        # Never more than the limit is read: a bigger file is refused as too big.
        data = form.cleaned_data["file"].read(MAX_BYTES + 1)
        plan = attendance_import_parse(self.object, data)
        try:
            outcome = attendance_import_apply(plan, by=request.user)
        except AttendanceImportRefused as refused:
            return self.render_page(
                AttendanceImportForm(), problem=refused.problem, errors=refused.errors, status=400
            )
        recorded = outcome.created + outcome.updated
        messages.success(
            request,
            ngettext(
                "Attendance imported: %(count)d booking recorded, %(unchanged)d unchanged.",
                "Attendance imported: %(count)d bookings recorded, %(unchanged)d unchanged.",
                recorded,
            )
            % {"count": recorded, "unchanged": outcome.unchanged},
        )
        return redirect(self.inspect_url)


attendance_csv_urls = [
    path("<int:pk>/roster.csv", RosterCsvView.as_view(), name="roster"),
    path("<int:pk>/import/", AttendanceImportView.as_view(), name="import"),
]


@hooks.register("register_admin_urls")
def register_attendance_csv_urls():
    # Wagtail wraps these in its admin-access check (login, `wagtailadmin.access_admin`).
    return [path("attendance/", include((attendance_csv_urls, "attendance_csv"), "attendance_csv"))]


@hooks.register("register_log_actions")
def register_attendance_import_log_action(actions):
    @actions.register_action("workshops.attendance_import")
    class AttendanceImported(LogFormatter):
        label = gettext_lazy("Import attendance")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            count = data.get("created", 0) + data.get("updated", 0)
            return ngettext(
                "Imported the attendance of %(count)d booking",
                "Imported the attendance of %(count)d bookings",
                count,
            ) % {"count": count}
