"""Find a step-free session, book as a guest, confirm by email, see the QR; cancel and the
first person waiting is promoted and told."""

import re

from django.core import mail
from playwright.sync_api import expect

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.models import Booking
from workshops.services import booking_create


def test_guest_books_a_step_free_session_and_cancelling_promotes_the_next(page, assert_accessible):
    session = workshop_factories.session(capacity=1, max_group_size=2)
    session.venue.step_free_access = True
    session.venue.save()
    other = workshop_factories.session(capacity=5)  # not step-free: must be filtered out

    page.goto(workshop_factories.workshop_index().url)
    assert_accessible(page)
    page.get_by_label("Step-free access").check()
    page.get_by_role("button", name="Show sessions").click()
    results = page.get_by_role("region", name=re.compile("upcoming session"))
    expect(results).to_contain_text(session.workshop.title)
    expect(results).not_to_contain_text(other.workshop.title)
    assert_accessible(page)

    results.get_by_role("link", name=session.workshop.title).click()
    assert_accessible(page)
    form = page.locator(f"#session-{session.pk}")
    form.get_by_label("Your name").fill("Ana Guest")
    form.get_by_label("Your email address").fill("ana@example.org")
    form.get_by_role("button", name="Book").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert_accessible(page)

    (message,) = mail.outbox
    page.goto(re.search(r"https?://\S+", message.body).group(0))
    assert_accessible(page)
    page.get_by_role("button", name="Confirm my booking").click()
    expect(page.locator(".ticket__status")).to_contain_text("Confirmed")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    assert_accessible(page)

    waiting_person = factories.person("ben@example.org")
    waiting = booking_create(session=session, seats=1, user=waiting_person)
    assert waiting.status == Booking.Status.WAITLISTED
    mail.outbox.clear()

    page.get_by_role("button", name="Cancel my booking").click()
    expect(page.get_by_role("status")).to_contain_text("Your booking is cancelled")
    expect(page.locator(".ticket__status")).to_contain_text("Cancelled")
    assert_accessible(page)
    assert Booking.objects.get(pk=waiting.pk).status == Booking.Status.CONFIRMED
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_recipient) == ["ana@example.org", "ben@example.org"]
    assert waiting.ticket_secret in by_recipient["ben@example.org"].body
    assert "is cancelled" in by_recipient["ana@example.org"].body


def test_a_group_coordinator_names_the_people_coming(page, assert_accessible):
    session = workshop_factories.session(capacity=10, max_group_size=4)
    booking = booking_create(session=session, seats=3, user=factories.person("teacher@example.org"))
    page.goto(f"/bookings/tickets/{booking.ticket_secret}/")
    assert_accessible(page)
    names = page.get_by_label("Names of the people coming")
    names.fill("Amira Haddad\nBen Okoro\nChloé Martin\nDan Extra")
    page.get_by_role("button", name="Save the names").click()
    expect(page.get_by_role("alert")).to_contain_text("at most that many names")
    assert_accessible(page)
    page.get_by_label("Names of the people coming").fill("Amira Haddad\nBen Okoro")
    page.get_by_role("button", name="Save the names").click()
    expect(page.get_by_role("status")).to_contain_text("The names are saved")
    expect(page.get_by_label("Names of the people coming")).to_have_value("Amira Haddad\nBen Okoro")
    assert_accessible(page)
    booking.refresh_from_db()
    assert booking.attendee_names == ["Amira Haddad", "Ben Okoro"]
