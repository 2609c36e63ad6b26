"""Sign up, verify by the emailed link, enrol, complete lessons, pass a check, see the course done."""

import re

from django.core import mail
from playwright.sync_api import expect

from tests import factories

PASSWORD = "a-long-and-unusual-passphrase"


def test_learner_completes_a_course_from_sign_up_to_dashboard(page, assert_accessible):
    course = factories.course(title="Opting out in practice", lessons_per_module=2, with_check=True)

    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill("noor@example.org")
    page.get_by_label("Your name").fill("Noor")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    (message,) = mail.outbox
    page.goto(re.search(r"https?://\S+", message.body).group(0))
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    assert_accessible(page)

    page.goto(course.url)
    page.get_by_role("button", name=re.compile("Enrol")).click()
    expect(page.get_by_role("status")).to_contain_text("You are enrolled")
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("^Start: Lesson 1.1")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson 1.1")
    page.get_by_label("No", exact=True).check()
    page.get_by_label("robots.txt rules").check()
    page.get_by_label("TDMRep headers").check()
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator(".check__result")).to_contain_text("you passed this check")
    expect(page.locator(".check__result")).to_contain_text("Your result is saved.")
    assert_accessible(page)

    page.get_by_role("button", name="Mark complete and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson 1.2")
    page.get_by_role("button", name="Mark as complete").click()
    expect(page.locator(".lesson-progress")).to_contain_text("You have completed this course.")
    assert_accessible(page)

    page.get_by_role("link", name="My learning").click()
    completed = page.get_by_role("region", name="Completed courses")
    expect(completed).to_contain_text("Opting out in practice")
    expect(completed).to_contain_text("completed on")
    assert_accessible(page)
