"""Partner reports: figures on a hand-built data set, dates, scoping, CSV, charts, queries."""

import csv
import io
import re
from datetime import timedelta
from itertools import count

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.attendance.reports import (
    Figures,
    Period,
    partner_comparison,
    partner_report,
    session_figures,
    workshop_report,
)
from workshops.models import (
    Attendance,
    Booking,
    GroupRequest,
    Partner,
    PartnerMembership,
    Session,
)
from workshops.templatetags.workshop_charts import BarChart, Series, bar_chart, layout

pytestmark = pytest.mark.django_db

PRESENT, LATE, LEFT_EARLY = "present", "late", "left_early"
ABSENT, EXCUSED = "absent", "excused"
CONFIRMED, WAITLISTED = Booking.Status.CONFIRMED, Booking.Status.WAITLISTED
CANCELLED, PENDING = Booking.Status.CANCELLED, Booking.Status.PENDING

_queue = count(1)


def make_session(workshop, venue, *, starts_in, capacity=10, status=Session.Status.SCHEDULED):
    starts_at = timezone.now() + starts_in
    return Session.objects.create(
        workshop=workshop,
        venue=venue,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        capacity=capacity,
        max_group_size=12,
        status=status,
    )


def book(session, seats, status, *, attendance=None, name="Guest", **times):
    """A booking as the services leave it; `times` are offsets from the session's start."""
    start = session.starts_at
    booking = Booking.objects.create(
        session=session,
        guest_name=name,
        guest_email="guest@example.org",
        seats=seats,
        status=status,
        queue_number=None if status == PENDING else next(_queue),
        created_at=start + times.get("created", timedelta(days=-3)),
        confirmed_at=start + times["confirmed"] if "confirmed" in times else None,
        cancelled_at=start + times["cancelled"] if "cancelled" in times else None,
    )
    if attendance:
        Attendance.objects.create(
            session=session, booking=booking, status=attendance, method="staff"
        )
    return booking


def request_for(workshop, *, access_needs="", received_days_ago, size=10, session=None):
    return GroupRequest.objects.create(
        partner=workshop.partner,
        workshop=workshop,
        organisation="St Mary's School",
        contact_name="Sam Teacher",
        contact_email="sam@example.org",
        group_size=size,
        preferred_dates="Any Tuesday",
        access_needs=access_needs,
        created_at=timezone.now() - timedelta(days=received_days_ago),
        status=GroupRequest.Status.ACCEPTED if session else GroupRequest.Status.REQUESTED,
        session=session,
    )


BEFORE = timedelta(days=-2)  # confirmed two days before the start


@pytest.fixture
def alpha():
    """Alpha: a held session with every kind of attendance, an upcoming one with a waiting
    list, a cancelled one, a held private group session and three group requests."""
    host = workshop_factories.partner(name="Alpha Museum")
    studio = workshop_factories.venue(
        host=host, name="Alpha Studio", step_free_access=True, hearing_loop=True
    )
    annexe = workshop_factories.venue(host=host, name="Alpha Annexe")
    workshop = workshop_factories.workshop(host=host, title="Alpha workshop")
    quiet = workshop_factories.workshop(host=host, title="Alpha quiet workshop")

    held = make_session(
        workshop, studio, starts_in=timedelta(days=-10), status=Session.Status.COMPLETED
    )
    book(held, 1, CONFIRMED, attendance=PRESENT, confirmed=BEFORE)
    book(held, 3, CONFIRMED, attendance=LATE, confirmed=BEFORE)
    book(held, 1, CONFIRMED, attendance=ABSENT, confirmed=BEFORE)
    book(held, 2, CONFIRMED, attendance=LEFT_EARLY, confirmed=BEFORE)
    book(held, 1, CONFIRMED, attendance=EXCUSED, confirmed=BEFORE)
    # Confirmed, then cancelled the day before: neither booked nor waiting at the start.
    book(held, 1, CANCELLED, confirmed=BEFORE, cancelled=timedelta(days=-1))
    # Still on the waiting list: 2 seats waiting when it started.
    book(held, 2, WAITLISTED)
    # Waiting at the start, cancelled by staff an hour in: 1 more seat waiting at the start.
    book(held, 1, CANCELLED, cancelled=timedelta(hours=1))
    # Waited, then cancelled before the start: not waiting then.
    book(held, 4, CANCELLED, cancelled=timedelta(days=-1))

    upcoming = make_session(workshop, studio, starts_in=timedelta(days=5), capacity=4)
    book(upcoming, 4, CONFIRMED, confirmed=BEFORE - timedelta(days=1))
    book(upcoming, 2, WAITLISTED)
    book(upcoming, 1, PENDING)  # a guest who never confirmed: counted nowhere

    called_off = make_session(
        workshop, studio, starts_in=timedelta(days=3), capacity=6, status=Session.Status.CANCELLED
    )
    book(called_off, 2, CANCELLED, confirmed=BEFORE, cancelled=BEFORE)

    private = make_session(
        workshop,
        annexe,
        starts_in=timedelta(days=-20),
        capacity=12,
        status=Session.Status.COMPLETED,
    )
    book(private, 12, CONFIRMED, attendance=PRESENT, confirmed=timedelta(days=-7))
    accepted = request_for(
        workshop,
        access_needs="Two wheelchair users",
        received_days_ago=30,
        size=12,
        session=private,
    )
    request_for(workshop, received_days_ago=5, size=8)
    request_for(quiet, access_needs="A BSL interpreter", received_days_ago=2, size=20)
    return {
        "partner": host,
        "workshop": workshop,
        "quiet": quiet,
        "held": held,
        "upcoming": upcoming,
        "called_off": called_off,
        "private": private,
        "accepted": accepted,
    }


@pytest.fixture
def bravo():
    host = workshop_factories.partner(name="Bravo Secret Museum")
    venue = workshop_factories.venue(host=host, name="Bravo Hall")
    workshop = workshop_factories.workshop(host=host, title="Bravo Secret workshop")
    held = make_session(
        workshop, venue, starts_in=timedelta(days=-4), status=Session.Status.COMPLETED
    )
    book(held, 1, CONFIRMED, attendance=PRESENT, confirmed=BEFORE)
    book(held, 1, CONFIRMED, attendance=ABSENT, confirmed=BEFORE)
    request_for(workshop, access_needs="Step-free route", received_days_ago=1)
    return {"partner": host, "workshop": workshop, "session": held}


def staff(partner, role=PartnerMembership.Role.EDUCATOR, email="staff@example.org"):
    user = factories.person(email, groups=[EDUCATORS])
    PartnerMembership.objects.create(user=user, partner=partner, role=role)
    return user


@pytest.fixture
def alpha_client(client, alpha):
    client.force_login(staff(alpha["partner"]))
    return client


@pytest.fixture
def root_client(client):
    client.force_login(
        get_user_model().objects.create_superuser(email="root@example.org", password="x")
    )
    return client


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="workshop-report-')
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def as_dict(rows, row):
    return dict(zip(rows[0], row, strict=True))


# Figures


def test_a_held_session_counts_attendance_no_shows_groups_and_waiting_demand(alpha):
    figures = session_figures(alpha["held"])

    assert (figures.seats_offered, figures.bookings, figures.seats_booked) == (10, 5, 8)
    assert figures.expected_seats == 8
    assert figures.attended_seats == 6  # present 1 + late 3 + left early 2
    assert figures.attendance_rate == 75.0
    assert (figures.late_seats, figures.left_early_seats) == (3, 2)
    assert (figures.no_show_seats, figures.excused_seats, figures.unrecorded_seats) == (1, 1, 0)
    assert figures.no_show_rate == 12.5
    assert (figures.waiting_seats, figures.waiting_at_start_seats) == (0, 3)
    assert figures.waiting_demand_seats == 3
    assert (figures.group_bookings, figures.group_seats) == (2, 5)
    assert (figures.individual_bookings, figures.individual_seats) == (3, 3)
    assert (figures.cancelled_bookings, figures.cancelled_seats) == (3, 6)
    assert figures.venue_features["step_free_access"] == 1
    assert figures.venue_features["quiet_room"] == 0


def test_an_upcoming_session_has_waiting_demand_now_and_no_attendance_rate(alpha):
    figures = session_figures(alpha["upcoming"])

    assert (figures.seats_booked, figures.fill_rate) == (4, 100.0)
    assert (figures.waiting_seats, figures.waiting_at_start_seats) == (2, 0)
    assert figures.expected_seats == 0
    assert figures.attendance_rate is None  # not held yet: nothing to divide by
    assert (figures.group_bookings, figures.individual_bookings) == (1, 0)


def test_the_booking_made_from_a_group_request_is_a_group_booking(alpha):
    figures = session_figures(alpha["private"])

    assert (figures.group_bookings, figures.group_seats, figures.individual_bookings) == (1, 12, 0)
    assert (figures.group_requests, figures.access_needs_requests) == (1, 1)
    assert figures.attendance_rate == 100.0


def test_a_partners_figures_add_up_its_sessions_and_group_requests(alpha):
    report = partner_report(alpha["partner"], Period())
    figures = report.total

    assert (figures.sessions, figures.sessions_held, figures.sessions_cancelled) == (3, 2, 1)
    assert (figures.seats_offered, figures.bookings, figures.seats_booked) == (26, 7, 24)
    assert (figures.expected_seats, figures.attended_seats) == (20, 18)
    assert figures.attendance_rate == 90.0
    assert figures.no_show_seats == 1
    assert (figures.waiting_seats, figures.waiting_at_start_seats) == (2, 3)
    assert (figures.group_bookings, figures.group_seats) == (4, 21)
    assert (figures.individual_bookings, figures.individual_seats) == (3, 3)
    # Bookings cancelled with their session are not the people's cancellations.
    assert figures.cancelled_bookings == 3
    assert (figures.group_requests, figures.access_needs_requests) == (3, 2)
    assert figures.group_request_people == 40
    assert figures.venue_features["step_free_access"] == 2  # the cancelled session is left out
    assert figures.venue_features["hearing_loop"] == 2
    assert figures.venue_features["sign_language"] == 0
    rows = {workshop.title: figures for workshop, figures in report.rows}
    assert list(rows) == ["Alpha quiet workshop", "Alpha workshop"]
    assert rows["Alpha quiet workshop"].sessions == 0
    assert rows["Alpha quiet workshop"].access_needs_requests == 1


def test_a_date_range_keeps_sessions_starting_and_requests_received_in_it(alpha):
    today = timezone.localdate()
    period = Period(today - timedelta(days=15), today + timedelta(days=10))

    figures = partner_report(alpha["partner"], period).total

    assert (figures.sessions, figures.sessions_held, figures.sessions_cancelled) == (2, 1, 1)
    assert figures.attendance_rate == 75.0  # the private session 20 days ago is left out
    assert (figures.group_requests, figures.access_needs_requests) == (2, 1)

    nothing = partner_report(
        alpha["partner"], Period(today - timedelta(days=400), today - timedelta(days=300))
    )
    assert nothing.total == Figures(venue_features=nothing.total.venue_features)
    assert nothing.total.attendance_rate is None and nothing.total.fill_rate is None


def test_a_workshops_sessions_are_rows_and_the_total_counts_requests_received(alpha):
    report = workshop_report(alpha["workshop"], Period())

    sessions = [session for session, _figures in report.rows]
    assert sessions == [alpha["private"], alpha["held"], alpha["called_off"], alpha["upcoming"]]
    assert report.total.group_requests == 2  # the accepted one and the one waiting
    assert dict(report.rows)[alpha["private"]].group_requests == 1
    assert report.total.seats_booked == 24


def test_the_comparison_has_a_row_per_partner_and_their_total(alpha, bravo):
    report = partner_comparison(Partner.objects.all(), Period())

    names = [partner.name for partner, _figures in report.rows]
    assert names == ["Alpha Museum", "Bravo Secret Museum"]
    bravo_figures = report.rows[1][1]
    assert bravo_figures.attendance_rate == 50.0
    assert report.total.seats_booked == 24 + 2
    assert report.total.access_needs_requests == 3


# Pages and their guards


def test_partner_staff_see_the_menu_item_and_their_partner_only(alpha_client, alpha, bravo):
    assert "Workshop reports" in alpha_client.get("/admin/").content.decode()

    response = alpha_client.get("/admin/workshop-reports/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Alpha Museum" in html
    assert "Bravo" not in html
    assert "Partners compared" not in html
    csv_text = alpha_client.get("/admin/workshop-reports/?format=csv").content.decode()
    assert "Alpha Museum" in csv_text and "Bravo" not in csv_text


@pytest.mark.parametrize("kind", ["partner", "workshop", "session"])
def test_another_partners_reports_are_not_found(alpha_client, alpha, bravo, kind):
    ours = {"partner": alpha["partner"], "workshop": alpha["workshop"], "session": alpha["held"]}
    theirs = {
        "partner": bravo["partner"],
        "workshop": bravo["workshop"],
        "session": bravo["session"],
    }

    assert alpha_client.get(f"/admin/workshop-reports/{kind}/{ours[kind].pk}/").status_code == 200
    url = f"/admin/workshop-reports/{kind}/{theirs[kind].pk}/"
    assert alpha_client.get(url).status_code == 404
    assert alpha_client.get(url + "?format=csv").status_code == 404
    assert alpha_client.get(f"/admin/workshop-reports/{kind}/999999/").status_code == 404


def test_superusers_compare_every_partner(root_client, alpha, bravo):
    response = root_client.get("/admin/workshop-reports/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Partners compared" in html
    assert "Alpha Museum" in html and "Bravo Secret Museum" in html
    assert 'id="partner-rate-title"' in html
    for kind, obj in [
        ("partner", bravo["partner"]),
        ("workshop", bravo["workshop"]),
        ("session", bravo["session"]),
    ]:
        assert root_client.get(f"/admin/workshop-reports/{kind}/{obj.pk}/").status_code == 200
    rows = csv_rows(root_client.get("/admin/workshop-reports/", {"format": "csv"}))
    assert [row[0] for row in rows[1:]] == ["Alpha Museum", "Bravo Secret Museum", "All partners"]


def test_admin_users_without_a_membership_neither_see_nor_open_the_reports(client, alpha):
    client.force_login(factories.person("outsider@example.org", groups=[EDUCATORS]))

    assert "Workshop reports" not in client.get("/admin/").content.decode()
    for url in [
        "/admin/workshop-reports/",
        f"/admin/workshop-reports/partner/{alpha['partner'].pk}/",
        f"/admin/workshop-reports/session/{alpha['held'].pk}/?format=csv",
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/"


def test_people_without_admin_access_are_sent_to_log_in(client, alpha):
    client.force_login(factories.person("learner@example.org"))

    response = client.get(f"/admin/workshop-reports/partner/{alpha['partner'].pk}/")

    assert response.status_code == 302 and "login" in response["Location"]


def test_each_report_page_shows_its_figures(alpha_client, alpha):
    partner = alpha_client.get(f"/admin/workshop-reports/partner/{alpha['partner'].pk}/")
    workshop = alpha_client.get(f"/admin/workshop-reports/workshop/{alpha['workshop'].pk}/")
    session = alpha_client.get(f"/admin/workshop-reports/session/{alpha['held'].pk}/")

    assert partner.status_code == workshop.status_code == session.status_code == 200
    assert "Alpha quiet workshop" in partner.content.decode()
    assert "90%" in partner.content.decode()
    assert "(Cancelled)" in workshop.content.decode()
    assert "75%" in session.content.decode()
    assert "Two wheelchair users" not in partner.content.decode()  # counted, never quoted
    private = alpha_client.get(f"/admin/workshop-reports/session/{alpha['private'].pk}/")
    assert f"/admin/grouprequest/inspect/{alpha['accepted'].pk}/" in private.content.decode()


def test_the_date_range_filters_the_pages_and_carries_into_links_and_the_download(
    alpha_client, alpha
):
    today = timezone.localdate()
    dates = {"date_from": (today - timedelta(days=15)).isoformat(), "date_to": today.isoformat()}
    url = f"/admin/workshop-reports/partner/{alpha['partner'].pk}/"

    response = alpha_client.get(url, dates)

    html = response.content.decode()
    assert response.status_code == 200
    query = f"date_from={dates['date_from']}&amp;date_to={dates['date_to']}"
    assert f"/admin/workshop-reports/workshop/{alpha['workshop'].pk}/?{query}" in html
    assert f"?{query}&amp;format=csv" in html
    rows = csv_rows(alpha_client.get(url, {**dates, "format": "csv"}))
    total = as_dict(rows, rows[-1])
    assert total["Sessions held"] == "1"
    assert total["Attendance rate (%)"] == "75.0"


@pytest.mark.parametrize(
    "dates",
    [
        {"date_from": "not-a-date"},
        {"date_to": "2024-02-30"},
        {"date_from": "2025-05-02", "date_to": "2025-05-01"},
        {"date_from": "1066-10-14"},
        {"date_to": "9999-12-31"},
    ],
)
@pytest.mark.parametrize("kind", ["", "partner", "workshop", "session"])
def test_bad_dates_are_a_400_with_a_message(alpha_client, alpha, dates, kind):
    ids = {
        "partner": alpha["partner"].pk,
        "workshop": alpha["workshop"].pk,
        "session": alpha["held"].pk,
    }
    url = f"/admin/workshop-reports/{kind}/{ids[kind]}/" if kind else "/admin/workshop-reports/"

    response = alpha_client.get(url, dates)

    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and "These dates cannot be used" in html
    assert "Download CSV" not in html
    download = alpha_client.get(url, {**dates, "format": "csv"})
    assert download.status_code == 400
    assert download.content.decode()


# CSV


def test_every_report_downloads_as_csv_with_a_header_and_a_total(alpha_client, alpha):
    partner = csv_rows(
        alpha_client.get(f"/admin/workshop-reports/partner/{alpha['partner'].pk}/?format=csv")
    )
    assert partner[0][:3] == ["Workshop", "Sessions (not cancelled)", "Sessions held"]
    assert [row[0] for row in partner[1:]] == [
        "Alpha quiet workshop",
        "Alpha workshop",
        "All workshops",
    ]
    total = as_dict(partner, partner[-1])
    assert total["Attendance rate (%)"] == "90.0"
    assert total["Group requests with access needs"] == "2"
    assert total["Sessions at venues with: step-free access"] == "2"
    quiet = as_dict(partner, partner[1])
    assert quiet["Attendance rate (%)"] == ""  # no held session: no rate, not 0

    workshop = csv_rows(
        alpha_client.get(f"/admin/workshop-reports/workshop/{alpha['workshop'].pk}/?format=csv")
    )
    assert workshop[0][:3] == ["Starts (venue time)", "Venue", "Status"]
    assert len(workshop) == 1 + 4 + 1

    session = csv_rows(
        alpha_client.get(f"/admin/workshop-reports/session/{alpha['held'].pk}/?format=csv")
    )
    assert len(session) == 2
    held = as_dict(session, session[1])
    assert held["No-shows (seats)"] == "1"
    assert held["Still waiting at the start (seats)"] == "3"
    assert held["Group bookings"] == "2"


def test_csv_cells_that_spreadsheets_would_run_are_escaped(root_client, alpha):
    Partner.objects.filter(pk=alpha["partner"].pk).update(name='=HYPERLINK("http://evil")')
    alpha["workshop"].title = "+cmd|' /C calc'!A0"
    alpha["workshop"].save()

    overview = csv_rows(root_client.get("/admin/workshop-reports/?format=csv"))
    partner = csv_rows(
        root_client.get(f"/admin/workshop-reports/partner/{alpha['partner'].pk}/?format=csv")
    )

    assert overview[1][0] == '\'=HYPERLINK("http://evil")'
    assert "'+cmd|' /C calc'!A0" in [row[0] for row in partner]


# Charts


def test_each_chart_is_a_named_image_followed_by_its_table(alpha_client, alpha):
    html = alpha_client.get(f"/admin/workshop-reports/partner/{alpha['partner'].pk}/").content
    html = html.decode()

    svgs = re.findall(r"<svg role=\"img\"[^>]*>.*?</svg>\s*<table", html, flags=re.S)
    assert len(svgs) == 3
    for svg in svgs:
        assert 'role="img"' in svg
        labelled_by = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        title_id = labelled_by[0]
        assert re.search(rf'<title id="{title_id}">[^<]+</title>', svg)
        assert f'id="{labelled_by[1]}"' in svg  # the <desc>
    assert "Attendance rate by workshop: the figures in the chart" in html
    assert not any("<script" in svg for svg in svgs)


def test_charts_with_no_data_or_only_zeros_draw_without_dividing_by_zero():
    empty = BarChart(id="empty", title="Nothing", categories=(), series=())
    zeros = BarChart(
        id="zeros",
        title="Zeros",
        categories=("A", "B"),
        series=(Series("Booked", (0, 0)), Series("Rate", (None, 0))),
        unit="%",
    )

    assert layout(empty)["groups"] == []
    assert bar_chart(empty)["empty"] is True
    drawn = layout(zeros)
    widths = [bar["width"] for group in drawn["groups"] for bar in group["bars"]]
    assert widths == [0, 0, 0, 0]
    values = [bar["value"] for group in drawn["groups"] for bar in group["bars"]]
    assert values == ["0%", "no data", "0%", "0%"]


def test_bars_scale_to_the_largest_value_or_the_maximum():
    chart = BarChart(
        id="c", title="T", categories=("A", "B"), series=(Series("S", (50, 25)),), maximum=100
    )
    widths = [group["bars"][0]["width"] for group in layout(chart)["groups"]]
    assert widths[0] == 2 * widths[1] and widths[0] < 640 / 2 + 1


def test_reports_with_nothing_in_them_still_render(client):
    host = workshop_factories.partner(name="Empty Museum")
    workshop = workshop_factories.workshop(host=host, title="Empty workshop")
    client.force_login(staff(host))

    for url in [
        "/admin/workshop-reports/",
        f"/admin/workshop-reports/partner/{host.pk}/",
        f"/admin/workshop-reports/workshop/{workshop.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert "no data" in response.content.decode() or "No sessions" in response.content.decode()


# Query counts


def add_sessions(partner, workshop, venue, number):
    """`number` held sessions, each with a few bookings and attendances."""
    for index in range(number):
        session = make_session(
            workshop,
            venue,
            starts_in=timedelta(days=-(index + 1), hours=-index),
            status=Session.Status.COMPLETED,
        )
        book(session, 1, CONFIRMED, attendance=PRESENT, confirmed=BEFORE)
        book(session, 3, CONFIRMED, attendance=ABSENT, confirmed=BEFORE)
        book(session, 2, WAITLISTED)
        request_for(workshop, access_needs="Ramp", received_days_ago=index, size=5)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        assert response.status_code == 200
        response.content  # noqa: B018 - read the whole body inside the context
    return len(context.captured_queries)


def test_report_pages_and_downloads_keep_a_constant_query_count(client):
    host = workshop_factories.partner(name="Busy Museum")
    other = workshop_factories.partner(name="Other Museum")
    venue = workshop_factories.venue(host=host)
    workshop = workshop_factories.workshop(host=host)
    second = workshop_factories.workshop(host=host)
    other_workshop = workshop_factories.workshop(host=other)
    other_venue = workshop_factories.venue(host=other)
    add_sessions(host, workshop, venue, 3)
    add_sessions(other, other_workshop, other_venue, 1)
    first = Session.objects.filter(workshop=workshop).first()
    client.force_login(
        get_user_model().objects.create_superuser(email="su@example.org", password="x")
    )
    urls = [
        "/admin/workshop-reports/",
        f"/admin/workshop-reports/partner/{host.pk}/",
        f"/admin/workshop-reports/workshop/{workshop.pk}/",
        f"/admin/workshop-reports/session/{first.pk}/",
    ]
    urls += [url + "?format=csv" for url in urls]
    for url in urls:
        queries_for(client, url)  # warm the caches a first request fills
    with_three = {url: queries_for(client, url) for url in urls}

    add_sessions(host, workshop, venue, 27)
    add_sessions(host, second, venue, 5)
    add_sessions(other, other_workshop, other_venue, 10)
    with_thirty = {url: queries_for(client, url) for url in urls}

    assert with_thirty == with_three
    assert Session.objects.filter(workshop=workshop).count() == 30
