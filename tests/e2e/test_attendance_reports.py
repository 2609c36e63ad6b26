"""A partner's educator reads the workshop reports: the overview, a partner, a session.

Each report page is audited with axe-core, charts and their tables included.
"""

from datetime import timedelta

from playwright.sync_api import expect

from tests import factories
from tests.workshops import factories as workshop_factories
from tests.workshops.test_attendance_reports import (
    ABSENT,
    BEFORE,
    CONFIRMED,
    LATE,
    PRESENT,
    WAITLISTED,
    book,
    make_session,
    request_for,
)
from workshops.models import PartnerMembership, Session

PASSWORD = "correct-horse-battery-staple"
EMAIL = "educator@example.org"


def log_in(page, email):
    """Log in through the site's login page, as the admin redirects there."""
    page.goto("/admin/")
    page.wait_for_url("**/accounts/login/**")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def partner_with_sessions():
    host = workshop_factories.partner(name="Alpha Museum")
    venue = workshop_factories.venue(host=host, name="Alpha Studio", step_free_access=True)
    workshop = workshop_factories.workshop(host=host, title="Alpha workshop")
    held = make_session(
        workshop, venue, starts_in=timedelta(days=-3), status=Session.Status.COMPLETED
    )
    book(held, 1, CONFIRMED, attendance=PRESENT, confirmed=BEFORE)
    book(held, 3, CONFIRMED, attendance=LATE, confirmed=BEFORE)
    book(held, 1, CONFIRMED, attendance=ABSENT, confirmed=BEFORE)
    book(held, 2, WAITLISTED)
    upcoming = make_session(workshop, venue, starts_in=timedelta(days=4), capacity=4)
    book(upcoming, 4, CONFIRMED, confirmed=BEFORE)
    request_for(workshop, access_needs="A hearing loop", received_days_ago=2)
    # Another partner, never shown to Alpha's staff.
    other = workshop_factories.partner(name="Bravo Secret Museum")
    workshop_factories.workshop(host=other, title="Bravo Secret workshop")
    return host, held


def test_partner_staff_read_accessible_reports(page, assert_accessible):
    partner, held = partner_with_sessions()
    educator = factories.person(EMAIL, password=PASSWORD)
    PartnerMembership.objects.create(
        user=educator, partner=partner, role=PartnerMembership.Role.EDUCATOR
    )
    log_in(page, EMAIL)

    page.get_by_role("link", name="Workshop reports").click()
    page.wait_for_url("**/admin/workshop-reports/")
    expect(page.get_by_role("heading", name="Your partners")).to_be_visible()
    expect(page.get_by_role("img", name="Seats by partner")).to_be_visible()
    expect(
        page.get_by_role("table", name="Attendance rate by partner: the figures in the chart")
    ).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Bravo")
    assert_accessible(page)

    page.get_by_label("From").fill((held.starts_at - timedelta(days=1)).date().isoformat())
    page.get_by_role("button", name="Apply dates").click()
    page.wait_for_url("**/admin/workshop-reports/?date_from=*")
    page.get_by_role("link", name="Alpha Museum").first.click()
    page.wait_for_url(f"**/admin/workshop-reports/partner/{partner.pk}/?date_from=*")
    expect(page.get_by_role("img", name="Attendance rate by workshop")).to_be_visible()
    assert_accessible(page)

    page.goto(f"/admin/workshop-reports/session/{held.pk}/")
    expect(page.get_by_role("img", name="Seats at this session")).to_be_visible()
    expect(page.locator("main")).to_contain_text("80%")  # 4 of 5 booked seats came
    assert_accessible(page)
