"""A creator signs up, verifies by the emailed link, and edits their profile; every page passes axe."""

import re

from django.core import mail
from playwright.sync_api import expect

PASSWORD = "a-long-and-unusual-passphrase"


def test_sign_up_verify_by_email_and_edit_profile(page, assert_accessible):
    page.goto("/")
    page.get_by_role("link", name="Sign up").click()
    assert_accessible(page)
    page.get_by_label("Email").fill("amal@example.org")
    page.get_by_label("Your name").fill("Amal")
    page.get_by_label("Name on certificates").fill("أمل الحسيني")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verify")
    assert_accessible(page)

    (message,) = mail.outbox
    link = re.search(r"https?://\S+", message.body).group(0)
    page.goto(link)
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    page.goto("/accounts/profile/")
    expect(page.get_by_label("Name on certificates")).to_have_value("أمل الحسيني")
    assert_accessible(page)

    page.get_by_label("Display name").fill("Amal H.")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("status")).to_contain_text("Your profile has been saved.")
    expect(page.get_by_role("navigation", name="Your account")).to_contain_text("Amal H.")
    assert_accessible(page)
