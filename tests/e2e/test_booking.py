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
    (promotion,) = mail.outbox
    assert promotion.to == ["ben@example.org"]
    assert waiting.ticket_secret in promotion.body
