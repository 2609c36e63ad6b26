"""Reads for the partner reports: bookings, attendance, demand and access. Pure reads, no HTML.

What each figure counts, for the sessions of a partner, a workshop or one session:

- Period: sessions that *start* between the two dates, both included, taken in the time zone
  the admin user works in. Group requests belong to the period in which they were *received*
  (a request may never get a session); on one session's report, its group request is the one
  it was made from.
- Sessions: the period's sessions that were not cancelled; held: those completed (closed after
  the attendance was taken); cancelled: counted apart. Seats offered: the capacity of the
  sessions not cancelled.
- Bookings and seats booked: confirmed bookings, and their seats. Fill rate: seats booked ÷
  seats offered.
- Attendance, for held sessions only: seats expected (confirmed), attended (present, late or
  left early: late and left early are counted in attended, and apart), no-shows (absent),
  excused (counted apart, neither attended nor no-shows) and not recorded (no attendance at
  all; closing a session marks them absent, so this is 0 once sessions are closed).
  Attendance rate: attended seats ÷ expected seats. One attendance covers every seat of a
  booking, so a group of 12 that came counts 12 seats.
- Waiting-list demand: seats waiting now, for sessions still to start, plus seats still
  waiting when their session started. The latter is read from each booking's times: it took
  its place in the queue before the start, and was neither confirmed nor cancelled before it.
- Group bookings: confirmed bookings of more than one seat, and the booking made when a group
  request was accepted (its private session). Individual bookings: every other confirmed one.
- Access needs requested: group requests whose "access needs" are filled in (counted, never
  quoted: the text may be about someone's health). Venue access: how many sessions (not
  cancelled) took place at a venue offering each feature of `Venue.ACCESS_FEATURES`, which
  shows whether what was asked for was on offer.
- Cancellations: bookings cancelled on sessions that went ahead (a cancelled session cancels
  all its bookings; those are not the people's cancellations), and the sessions cancelled.

Every selector runs a fixed number of queries whatever the number of sessions and bookings:
the database counts, grouped by partner, workshop or session, never a query per row.
"""

from dataclasses import dataclass, field, fields, replace
from datetime import datetime, time, timedelta

from django.db.models import Count, F, FilteredRelation, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from courses.reports import percent

from ..models import Attendance, Booking, GroupRequest, Session, Venue, WorkshopPage
from ..permissions import PARTNER_PATHS

ATTENDED = (Attendance.Status.PRESENT, Attendance.Status.LATE, Attendance.Status.LEFT_EARLY)
WENT_AHEAD = (Session.Status.SCHEDULED, Session.Status.COMPLETED)


@dataclass(frozen=True)
class Period:
    """The days a report covers (either end may be open), in the time zone `tz`."""

    date_from: object = None  # datetime.date, included
    date_to: object = None  # datetime.date, included
    tz: object = None  # tzinfo; the current time zone when None

    def _midnight(self, day):
        return timezone.make_aware(
            datetime.combine(day, time.min), self.tz or timezone.get_current_timezone()
        )

    @property
    def start(self):
        return self._midnight(self.date_from) if self.date_from else None

    @property
    def end(self):
        """The first moment after the period (exclusive)."""
        return self._midnight(self.date_to + timedelta(days=1)) if self.date_to else None

    @property
    def is_open(self):
        return self.date_from is None and self.date_to is None

    def filter(self, queryset, field_name):
        """`queryset` limited to rows whose `field_name` falls within the period."""
        if self.start is not None:
            queryset = queryset.filter(**{f"{field_name}__gte": self.start})
        if self.end is not None:
            queryset = queryset.filter(**{f"{field_name}__lt": self.end})
        return queryset


@dataclass(frozen=True)
class Figures:
    """The report's figures for some sessions (see the module docstring for each)."""

    sessions: int = 0
    sessions_held: int = 0
    sessions_cancelled: int = 0
    seats_offered: int = 0
    bookings: int = 0
    seats_booked: int = 0
    expected_seats: int = 0
    attended_seats: int = 0
    late_seats: int = 0
    left_early_seats: int = 0
    no_show_seats: int = 0
    excused_seats: int = 0
    unrecorded_seats: int = 0
    waiting_seats: int = 0
    waiting_at_start_seats: int = 0
    group_bookings: int = 0
    group_seats: int = 0
    individual_bookings: int = 0
    individual_seats: int = 0
    cancelled_bookings: int = 0
    cancelled_seats: int = 0
    group_requests: int = 0
    access_needs_requests: int = 0
    group_request_people: int = 0
    # {Venue.ACCESS_FEATURES name: sessions at a venue offering it}
    venue_features: dict = field(default_factory=dict, hash=False)

    def __add__(self, other):
        counts = {
            f.name: getattr(self, f.name) + getattr(other, f.name)
            for f in fields(self)
            if f.name != "venue_features"
        }
        features = {
            name: self.venue_features.get(name, 0) + other.venue_features.get(name, 0)
            for name in Venue.ACCESS_FEATURES
        }
        return Figures(**counts, venue_features=features)

    @property
    def fill_rate(self):
        return percent(self.seats_booked, self.seats_offered)

    @property
    def attendance_rate(self):
        return percent(self.attended_seats, self.expected_seats)

    @property
    def no_show_rate(self):
        return percent(self.no_show_seats, self.expected_seats)

    @property
    def waiting_demand_seats(self):
        return self.waiting_seats + self.waiting_at_start_seats

    @property
    def venue_feature_counts(self):
        """[(verbose name, sessions at a venue offering it)] in Venue.ACCESS_FEATURES order."""
        return [
            (Venue._meta.get_field(name).verbose_name, self.venue_features.get(name, 0))
            for name in Venue.ACCESS_FEATURES
        ]


def total(figures):
    """The sum of some Figures (zero when there are none)."""
    result = Figures()
    for item in figures:
        result += item
    return result


# How each grouping is reached from sessions, bookings and group requests.
GROUPINGS = {
    "partner": {"session": PARTNER_PATHS[Session], "booking": PARTNER_PATHS[Booking]},
    "workshop": {"session": "workshop", "booking": "session__workshop"},
    "session": {"session": "pk", "booking": "session"},
}
REQUEST_GROUPINGS = {"partner": "partner", "workshop": "workshop", "session": "session"}


def _sum(expression, condition):
    return Coalesce(Sum(expression, filter=condition), 0)


def _session_counts(sessions, by):
    """{key: {figure: value}} for the sessions themselves (one query)."""
    went_ahead = Q(status__in=WENT_AHEAD)
    aggregates = {
        "sessions": Count("pk", filter=went_ahead),
        "sessions_held": Count("pk", filter=Q(status=Session.Status.COMPLETED)),
        "sessions_cancelled": Count("pk", filter=Q(status=Session.Status.CANCELLED)),
        "seats_offered": _sum("capacity", went_ahead),
        **{
            f"feature_{name}": Count("pk", filter=went_ahead & Q(**{f"venue__{name}": True}))
            for name in Venue.ACCESS_FEATURES
        },
    }
    rows = (
        sessions.order_by()
        .values(group_key=F(GROUPINGS[by]["session"]))
        .annotate(**{f"r_{name}": value for name, value in aggregates.items()})
    )
    result = {}
    for row in rows:
        values = {name: row[f"r_{name}"] for name in aggregates}
        values["venue_features"] = {
            name: values.pop(f"feature_{name}") for name in Venue.ACCESS_FEATURES
        }
        result[row["group_key"]] = values
    return result


def _booking_counts(sessions, by, now):
    """{key: {figure: value}} for the bookings of the sessions (one query)."""
    confirmed = Q(status=Booking.Status.CONFIRMED)
    held = confirmed & Q(session__status=Session.Status.COMPLETED)
    group = Q(seats__gt=1) | Q(session__group_request__isnull=False)
    individual = Q(seats=1, session__group_request__isnull=True)
    start = F("session__starts_at")
    waiting_at_start = (
        Q(session__starts_at__lte=now, session__status__in=WENT_AHEAD)
        & Q(queue_number__isnull=False, created_at__lt=start)
        & (Q(confirmed_at__isnull=True) | Q(confirmed_at__gt=start))
        & (Q(cancelled_at__isnull=True) | Q(cancelled_at__gt=start))
    )
    aggregates = {
        "bookings": Count("pk", filter=confirmed),
        "seats_booked": _sum("seats", confirmed),
        "expected_seats": _sum("seats", held),
        "attended_seats": _sum("seats", held & Q(attendance__status__in=ATTENDED)),
        "late_seats": _sum("seats", held & Q(attendance__status=Attendance.Status.LATE)),
        "left_early_seats": _sum(
            "seats", held & Q(attendance__status=Attendance.Status.LEFT_EARLY)
        ),
        "no_show_seats": _sum("seats", held & Q(attendance__status=Attendance.Status.ABSENT)),
        "excused_seats": _sum("seats", held & Q(attendance__status=Attendance.Status.EXCUSED)),
        "unrecorded_seats": _sum("seats", held & Q(attendance__isnull=True)),
        "waiting_seats": _sum(
            "seats",
            Q(
                status=Booking.Status.WAITLISTED,
                session__starts_at__gt=now,
                session__status=Session.Status.SCHEDULED,
            ),
        ),
        "waiting_at_start_seats": _sum("seats", waiting_at_start),
        "group_bookings": Count("pk", filter=confirmed & group),
        "group_seats": _sum("seats", confirmed & group),
        "individual_bookings": Count("pk", filter=confirmed & individual),
        "individual_seats": _sum("seats", confirmed & individual),
        "cancelled_bookings": Count(
            "pk", filter=Q(status=Booking.Status.CANCELLED, session__status__in=WENT_AHEAD)
        ),
        "cancelled_seats": _sum(
            "seats", Q(status=Booking.Status.CANCELLED, session__status__in=WENT_AHEAD)
        ),
    }
    rows = (
        Booking.objects.filter(session__in=sessions.order_by().values("pk"))
        # The booking's attendance at its own session: at most one row (one per booking).
        .annotate(
            attendance=FilteredRelation(
                "attendances", condition=Q(attendances__session=F("session"))
            )
        )
        .order_by()
        .values(group_key=F(GROUPINGS[by]["booking"]))
        .annotate(**{f"r_{name}": value for name, value in aggregates.items()})
    )
    return {row["group_key"]: {name: row[f"r_{name}"] for name in aggregates} for row in rows}


def _request_counts(requests, by):
    """{key: {figure: value}} for group requests (one query)."""
    aggregates = {
        "group_requests": Count("pk"),
        "access_needs_requests": Count("pk", filter=~Q(access_needs="")),
        "group_request_people": _sum("group_size", Q()),
    }
    rows = (
        requests.order_by()
        .values(group_key=F(REQUEST_GROUPINGS[by]))
        .annotate(**{f"r_{name}": value for name, value in aggregates.items()})
    )
    return {row["group_key"]: {name: row[f"r_{name}"] for name in aggregates} for row in rows}


def figures_by(by, *, sessions, requests, now=None):
    """{partner, workshop or session id: Figures} for `sessions` and group `requests`, grouped
    `by` "partner", "workshop" or "session" (three queries). Ids with nothing are left out."""
    now = now or timezone.now()
    parts = [
        _session_counts(sessions, by),
        _booking_counts(sessions, by, now),
        _request_counts(requests, by),
    ]
    keys = set().union(*parts) - {None}
    return {
        key: Figures(**{k: v for part in parts for k, v in part.get(key, {}).items()})
        for key in keys
    }


@dataclass(frozen=True)
class Report:
    """Figures for each row (a partner, workshop or session) and for all of them."""

    rows: list  # [(object, Figures), ...]
    total: Figures

    @property
    def figures(self):
        return [figures for _object, figures in self.rows]


def partner_comparison(partners, period, *, now=None):
    """Each of `partners` (a Partner queryset) with its figures for the period, by name, and
    their total (four queries)."""
    partners = list(partners.order_by("name", "pk"))
    ids = [partner.pk for partner in partners]
    by_partner = figures_by(
        "partner",
        sessions=period.filter(Session.objects.filter(venue__partner__in=ids), "starts_at"),
        requests=period.filter(GroupRequest.objects.filter(partner__in=ids), "created_at"),
        now=now,
    )
    rows = [(partner, by_partner.get(partner.pk, Figures())) for partner in partners]
    return Report(rows=rows, total=total(by_partner.values()))


def partner_report(partner, period, *, now=None):
    """The partner's workshops, by title, with their figures for the period (four queries)."""
    workshops = list(
        WorkshopPage.objects.filter(partner=partner).order_by("title", "pk").only("id", "title")
    )
    sessions = period.filter(Session.objects.filter(venue__partner=partner), "starts_at")
    requests = period.filter(GroupRequest.objects.filter(partner=partner), "created_at")
    by_workshop = figures_by("workshop", sessions=sessions, requests=requests, now=now)
    rows = [(workshop, by_workshop.get(workshop.pk, Figures())) for workshop in workshops]
    return Report(rows=rows, total=total(by_workshop.values()))


def workshop_report(workshop, period, *, now=None):
    """The workshop's sessions in the period, by start, with their figures (five queries).

    The total's group requests are those received in the period for the workshop; each
    session's, the request it was made from.
    """
    sessions = period.filter(Session.objects.filter(workshop=workshop), "starts_at")
    listed = list(sessions.select_related("venue").order_by("starts_at", "pk"))
    by_session = figures_by(
        "session",
        sessions=sessions,
        requests=GroupRequest.objects.filter(session__in=sessions.order_by().values("pk")),
        now=now,
    )
    requests = _request_counts(
        period.filter(GroupRequest.objects.filter(workshop=workshop), "created_at"), "workshop"
    ).get(workshop.pk, {})
    request_figures = {
        name: requests.get(name, 0)
        for name in ("group_requests", "access_needs_requests", "group_request_people")
    }
    rows = [(session, by_session.get(session.pk, Figures())) for session in listed]
    return Report(rows=rows, total=replace(total(by_session.values()), **request_figures))


def session_figures(session, *, now=None):
    """The figures of one session, whatever its date (three queries)."""
    return figures_by(
        "session",
        sessions=Session.objects.filter(pk=session.pk),
        requests=GroupRequest.objects.filter(session=session),
        now=now,
    ).get(session.pk, Figures())
