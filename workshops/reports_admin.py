"""Partner reports in the Wagtail admin: the partners, one partner, one workshop, one session.

Partner staff (coordinators and educators) see their own partners only: another partner's
partner, workshop or session report is a 404, and the overview lists their partners alone.
Superusers see every partner, compared side by side. Each report can be limited to a date
range (an invalid one is a 400 with the form's message) and downloaded as CSV with
`?format=csv`. What each figure counts is in workshops/attendance/reports.py.
"""

import csv
import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from lms.text import csv_safe

from .attendance.reports import (
    Period,
    partner_comparison,
    partner_report,
    session_figures,
    workshop_report,
)
from .models import Venue
from .permissions import (
    can_use_workshop_admin,
    is_superuser,
    partners_for,
    sessions_for,
    workshops_for,
)
from .templatetags.workshop_charts import BarChart, Series

EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2100, 12, 31)


class DayInput(forms.DateInput):
    """The browser's date picker; a value it cannot hold (a bad date typed in the address) is
    left out rather than rendered invalid, and the form's error says what was wrong."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        if isinstance(value, str):
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return None
        return super().format_value(value)


class DateRangeForm(forms.Form):
    date_from = forms.DateField(
        label=gettext_lazy("From"),
        required=False,
        widget=DayInput,
        help_text=gettext_lazy("Sessions starting on or after this day."),
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"),
        required=False,
        widget=DayInput,
        help_text=gettext_lazy("Sessions starting on or before this day."),
    )

    def clean(self):
        cleaned = super().clean()
        for name in ("date_from", "date_to"):
            day = cleaned.get(name)
            if day is not None and not EARLIEST <= day <= LATEST:
                self.add_error(
                    name,
                    _("Choose a day between %(earliest)s and %(latest)s.")
                    % {
                        "earliest": date_format(EARLIEST, "DATE_FORMAT"),
                        "latest": date_format(LATEST, "DATE_FORMAT"),
                    },
                )
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end of the range must not be before its start."))
        return cleaned

    def period(self):
        return Period(self.cleaned_data["date_from"], self.cleaned_data["date_to"])

    def error_messages(self):
        return [str(error) for errors in self.errors.values() for error in errors]


# The CSV's figure columns: (heading, value of a Figures), after the row's own columns.
FIGURE_COLUMNS = [
    (gettext_lazy("Sessions (not cancelled)"), lambda f: f.sessions),
    (gettext_lazy("Sessions held"), lambda f: f.sessions_held),
    (gettext_lazy("Sessions cancelled"), lambda f: f.sessions_cancelled),
    (gettext_lazy("Seats offered"), lambda f: f.seats_offered),
    (gettext_lazy("Bookings (confirmed)"), lambda f: f.bookings),
    (gettext_lazy("Seats booked"), lambda f: f.seats_booked),
    (gettext_lazy("Fill rate (%)"), lambda f: f.fill_rate),
    (gettext_lazy("Seats expected at held sessions"), lambda f: f.expected_seats),
    (gettext_lazy("Seats attended"), lambda f: f.attended_seats),
    (gettext_lazy("Attendance rate (%)"), lambda f: f.attendance_rate),
    (gettext_lazy("No-shows (seats)"), lambda f: f.no_show_seats),
    (gettext_lazy("Late (seats)"), lambda f: f.late_seats),
    (gettext_lazy("Left early (seats)"), lambda f: f.left_early_seats),
    (gettext_lazy("Excused (seats)"), lambda f: f.excused_seats),
    (gettext_lazy("Attendance not recorded (seats)"), lambda f: f.unrecorded_seats),
    (gettext_lazy("Waiting now (seats)"), lambda f: f.waiting_seats),
    (gettext_lazy("Still waiting at the start (seats)"), lambda f: f.waiting_at_start_seats),
    (gettext_lazy("Group bookings"), lambda f: f.group_bookings),
    (gettext_lazy("Group seats"), lambda f: f.group_seats),
    (gettext_lazy("Individual bookings"), lambda f: f.individual_bookings),
    (gettext_lazy("Individual seats"), lambda f: f.individual_seats),
    (gettext_lazy("Cancelled bookings"), lambda f: f.cancelled_bookings),
    (gettext_lazy("Cancelled seats"), lambda f: f.cancelled_seats),
    (gettext_lazy("Group requests"), lambda f: f.group_requests),
    (gettext_lazy("Group requests with access needs"), lambda f: f.access_needs_requests),
    (gettext_lazy("People in group requests"), lambda f: f.group_request_people),
    *(
        (
            format_lazy(
                gettext_lazy("Sessions at venues with: {feature}"),
                feature=Venue._meta.get_field(name).verbose_name,
            ),
            lambda f, name=name: f.venue_features.get(name, 0),
        )
        for name in Venue.ACCESS_FEATURES
    ),
]


def _cell(value):
    return "" if value is None else csv_safe(value)


def csv_response(filename, headings, rows):
    """A spreadsheet-safe CSV attachment: `rows` are [(row cells, Figures)]."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # the byte order mark makes Excel read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow([str(heading) for heading in headings] + [str(c) for c, _v in FIGURE_COLUMNS])
    for cells, figures in rows:
        writer.writerow(
            [_cell(cell) for cell in cells]
            + [_cell(value(figures)) for _c, value in FIGURE_COLUMNS]
        )
    return response


def session_start(session):
    """When a session starts, on its venue's clock."""
    return timezone.localtime(session.starts_at, session.tzinfo).strftime("%Y-%m-%d %H:%M")


def session_label(session, *, status=False):
    """When and where a session is, with its status (if asked) unless it is scheduled."""
    label = f"{session_start(session)} · {session.venue.name}"
    if status and session.status != session.Status.SCHEDULED:
        label += f" ({session.get_status_display()})"
    return label


def seats_chart(chart_id, title, labels, figures, category_header):
    """Seats booked, attended and no-shows for each row."""
    return BarChart(
        id=chart_id,
        title=title,
        categories=tuple(labels),
        series=(
            Series(_("Booked"), tuple(f.seats_booked for f in figures)),
            Series(_("Attended"), tuple(f.attended_seats for f in figures)),
            Series(_("No-shows"), tuple(f.no_show_seats for f in figures)),
        ),
        description=_("Seats booked, attended and not attended (no-shows)."),
        category_header=category_header,
    )


def rate_chart(chart_id, title, labels, figures, category_header):
    """Attendance rate for each row (no data before a session is held)."""
    return BarChart(
        id=chart_id,
        title=title,
        categories=tuple(labels),
        series=(Series(_("Attendance rate"), tuple(f.attendance_rate for f in figures)),),
        unit="%",
        maximum=100,
        description=_("Attended seats as a share of the seats booked, at held sessions."),
        category_header=category_header,
    )


def demand_chart(chart_id, title, labels, figures, category_header):
    """Waiting-list demand and group and individual seats for each row."""
    return BarChart(
        id=chart_id,
        title=title,
        categories=tuple(labels),
        series=(
            Series(_("Individual seats"), tuple(f.individual_seats for f in figures)),
            Series(_("Group seats"), tuple(f.group_seats for f in figures)),
            Series(_("Waiting-list seats"), tuple(f.waiting_demand_seats for f in figures)),
        ),
        description=_(
            "Seats booked by individuals and by groups, and seats asked for on the waiting list."
        ),
        category_header=category_header,
    )


def session_chart(figures):
    """What became of one session's seats."""
    return BarChart(
        id="session-seats",
        title=_("Seats at this session"),
        categories=(
            _("Offered"),
            _("Booked"),
            _("Attended"),
            _("Late"),
            _("Left early"),
            _("No-shows"),
            _("Excused"),
            _("Waiting list"),
        ),
        series=(
            Series(
                _("Seats"),
                (
                    figures.seats_offered,
                    figures.seats_booked,
                    figures.attended_seats,
                    figures.late_seats,
                    figures.left_early_seats,
                    figures.no_show_seats,
                    figures.excused_seats,
                    figures.waiting_demand_seats,
                ),
            ),
        ),
        description=_("Seats offered and booked, what happened to the booked seats, and demand."),
        category_header=_("Figure"),
    )


class ReportView(WagtailAdminTemplateMixin, View):
    """A report page: refuses people without partner access, reads the date range, answers
    HTML or (with `?format=csv`) a CSV download."""

    header_icon = "table"
    template_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not can_use_workshop_admin(request.user):
            raise PermissionDenied
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs):
        """Look up what the URL names among the user's partners' objects (else Http404)."""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("workshop_reports:index") + self.dates_query,
                "label": _("Workshop reports"),
            },
        ]

    @property
    def dates(self):
        """The valid date range as query parameters, for links between reports."""
        form = self.form
        if not form.is_valid():
            return {}
        return {
            name: form.cleaned_data[name].isoformat()
            for name in DateRangeForm.base_fields
            if form.cleaned_data[name] is not None
        }

    def link(self, url_name, pk):
        """The URL of another report, for the same dates."""
        return reverse(url_name, args=[pk]) + self.dates_query

    @property
    def dates_query(self):
        return "?" + urlencode(self.dates) if self.dates else ""

    def get_header_buttons(self):
        if not self.form.is_valid():
            return []
        query = urlencode({**self.dates, "format": "csv"})
        return [HeaderButton(_("Download CSV"), url=f"?{query}", icon_name="download")]

    def get(self, request, **kwargs):
        self.form = form = DateRangeForm(request.GET)
        wants_csv = request.GET.get("format") == "csv"
        if not form.is_valid():
            if wants_csv:
                return HttpResponseBadRequest(
                    " ".join(form.error_messages()), content_type="text/plain; charset=utf-8"
                )
            context = self.get_context_data(form=form, invalid=True, dates_query="")
            return self.render_to_response(context, status=400)
        period = form.period()
        if wants_csv:
            return self.csv(period)
        context = self.get_context_data(
            form=form, dates_query=self.dates_query, **self.report(period)
        )
        return self.render_to_response(context)

    def report(self, period):
        """The template's context for the period."""
        raise NotImplementedError

    def csv(self, period):
        raise NotImplementedError

    def csv_filename(self, name, period):
        dates = "-".join(
            day.isoformat() for day in (period.date_from, period.date_to) if day is not None
        )
        parts = ["workshop-report", slugify(name) or "report", dates or "all-dates"]
        return "-".join(parts) + ".csv"


class OverviewView(ReportView):
    template_name = "workshops/admin/reports/overview.html"
    page_title = gettext_lazy("Workshop reports")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def comparison(self, period):
        return partner_comparison(partners_for(self.request.user), period)

    def report(self, period):
        report = self.comparison(period)
        labels = [partner.name for partner, _f in report.rows]
        figures = report.figures
        header = _("Partner")
        charts = []
        if report.rows:
            charts = [
                seats_chart("partner-seats", _("Seats by partner"), labels, figures, header),
                rate_chart(
                    "partner-rate", _("Attendance rate by partner"), labels, figures, header
                ),
                demand_chart("partner-demand", _("Demand by partner"), labels, figures, header),
            ]
        rows = [
            (partner.name, self.link("workshop_reports:partner", partner.pk), figures)
            for partner, figures in report.rows
        ]
        return {
            "report": report,
            "rows": rows,
            "period": period,
            "charts": charts,
            "comparing": is_superuser(self.request.user) or len(report.rows) > 1,
        }

    def csv(self, period):
        report = self.comparison(period)
        rows = [([partner.name], figures) for partner, figures in report.rows]
        rows.append(([_("All partners")], report.total))
        return csv_response(self.csv_filename("partners", period), [_("Partner")], rows)


class PartnerReportView(ReportView):
    template_name = "workshops/admin/reports/partner.html"

    def load(self, *, partner_id):
        self.partner = partners_for(self.request.user).filter(pk=partner_id).first()
        if self.partner is None:
            raise Http404(_("No such partner."))

    def get_page_title(self):
        return self.partner.name

    def get_page_subtitle(self):
        return _("Report")

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.partner.name}]

    def report(self, period):
        report = partner_report(self.partner, period)
        labels = [workshop.title for workshop, _f in report.rows]
        figures = report.figures
        header = _("Workshop")
        charts = []
        if report.rows:
            charts = [
                seats_chart("workshop-seats", _("Seats by workshop"), labels, figures, header),
                rate_chart(
                    "workshop-rate", _("Attendance rate by workshop"), labels, figures, header
                ),
                demand_chart("workshop-demand", _("Demand by workshop"), labels, figures, header),
            ]
        rows = [
            (workshop.title, self.link("workshop_reports:workshop", workshop.pk), figures)
            for workshop, figures in report.rows
        ]
        return {
            "partner": self.partner,
            "report": report,
            "rows": rows,
            "period": period,
            "charts": charts,
        }

    def csv(self, period):
        report = partner_report(self.partner, period)
        rows = [([workshop.title], figures) for workshop, figures in report.rows]
        rows.append(([_("All workshops")], report.total))
        return csv_response(self.csv_filename(self.partner.name, period), [_("Workshop")], rows)


class WorkshopReportView(ReportView):
    template_name = "workshops/admin/reports/workshop.html"

    def load(self, *, workshop_id):
        self.workshop = (
            workshops_for(self.request.user)
            .select_related("partner")
            .filter(pk=workshop_id)
            .first()
        )
        if self.workshop is None:
            raise Http404(_("No such workshop."))

    def get_page_title(self):
        return self.workshop.title

    def get_page_subtitle(self):
        return _("Report")

    def get_breadcrumbs_items(self):
        partner = self.workshop.partner
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("workshop_reports:partner", args=[partner.pk]) + self.dates_query,
                "label": partner.name,
            },
            {"url": "", "label": self.workshop.title},
        ]

    def report(self, period):
        report = workshop_report(self.workshop, period)
        labels = [session_label(session) for session, _f in report.rows]
        figures = report.figures
        header = _("Session")
        charts = []
        if report.rows:
            charts = [
                seats_chart("session-seats", _("Seats by session"), labels, figures, header),
                rate_chart(
                    "session-rate", _("Attendance rate by session"), labels, figures, header
                ),
            ]
        return {
            "workshop": self.workshop,
            "report": report,
            "rows": [
                (
                    session_label(session, status=True),
                    self.link("workshop_reports:session", session.pk),
                    figures,
                )
                for session, figures in report.rows
            ],
            "period": period,
            "charts": charts,
        }

    def csv(self, period):
        report = workshop_report(self.workshop, period)
        rows = [
            (
                [session_start(session), session.venue.name, session.get_status_display()],
                figures,
            )
            for session, figures in report.rows
        ]
        rows.append(([_("All sessions"), "", ""], report.total))
        return csv_response(
            self.csv_filename(self.workshop.title, period),
            [_("Starts (venue time)"), _("Venue"), _("Status")],
            rows,
        )


class SessionReportView(ReportView):
    template_name = "workshops/admin/reports/session.html"

    def load(self, *, session_id):
        self.session = (
            sessions_for(self.request.user)
            .select_related("workshop__partner", "venue", "group_request")
            .filter(pk=session_id)
            .first()
        )
        if self.session is None:
            raise Http404(_("No such session."))

    def get_page_title(self):
        return session_label(self.session)

    def get_page_subtitle(self):
        return self.session.workshop.title

    def get_breadcrumbs_items(self):
        workshop = self.session.workshop
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("workshop_reports:partner", args=[workshop.partner_id])
                + self.dates_query,
                "label": workshop.partner.name,
            },
            {
                "url": reverse("workshop_reports:workshop", args=[workshop.pk]) + self.dates_query,
                "label": workshop.title,
            },
            {"url": "", "label": session_start(self.session)},
        ]

    def report(self, period):
        figures = session_figures(self.session)
        group_request = getattr(self.session, "group_request", None)
        return {
            "session": self.session,
            "figures": figures,
            "chart": session_chart(figures),
            "group_request": group_request,
            "group_request_url": (
                reverse("grouprequest:inspect", args=[group_request.pk]) if group_request else ""
            ),
            "venue_features": self.session.venue.access_features,
        }

    def csv(self, period):
        session = self.session
        return csv_response(
            self.csv_filename(f"{session.workshop.title} {session_start(session)}", Period()),
            [_("Workshop"), _("Starts (venue time)"), _("Venue"), _("Status")],
            [
                (
                    [
                        session.workshop.title,
                        session_start(session),
                        session.venue.name,
                        session.get_status_display(),
                    ],
                    session_figures(session),
                )
            ],
        )


report_urls = [
    path("", OverviewView.as_view(), name="index"),
    path("partner/<int:partner_id>/", PartnerReportView.as_view(), name="partner"),
    path("workshop/<int:workshop_id>/", WorkshopReportView.as_view(), name="workshop"),
    path("session/<int:session_id>/", SessionReportView.as_view(), name="session"),
]


@hooks.register("register_admin_urls")
def register_workshop_report_urls():
    # Wagtail wraps these in its admin-access check (login, `wagtailadmin.access_admin`).
    return [
        path(
            "workshop-reports/",
            include((report_urls, "workshop_reports"), namespace="workshop_reports"),
        )
    ]


class WorkshopReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_workshop_admin(request.user)


@hooks.register("register_admin_menu_item")
def register_workshop_reports_menu_item():
    return WorkshopReportsMenuItem(
        _("Workshop reports"),
        reverse("workshop_reports:index"),
        name="workshop-reports",
        icon_name="table",
        order=260,
    )
