"""Sign up, verify by the emailed link, enrol, complete lessons, pass a check, see the course
done, get a certificate anyone can verify; revoked, it says so at once."""

import re

from django.core import mail
from playwright.sync_api import expect

from certificates.models import Certificate
from certificates.services import certificate_revoke
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

    # The completion issued a certificate in the background: it is on the dashboard.
    certificates = page.get_by_role("region", name="Certificates")
    expect(certificates).to_contain_text("Opting out in practice")
    expect(certificates.get_by_role("link", name="Download the PDF")).to_be_visible()
    expect(certificates.get_by_role("link", name="Add to LinkedIn profile")).to_be_visible()

    # The QR code on the PDF opens the verification page: the same URL as this link.
    certificate = Certificate.objects.get(user__email="noor@example.org")
    assert certificate.pdf
    link = certificates.get_by_role("link", name="Verification page")
    expect(link).to_have_attribute("href", re.compile(rf"/verify/{certificate.code}/$"))
    link.click()
    expect(page.get_by_role("status")).to_contain_text("Valid.")
    expect(page.locator(".facts")).to_contain_text("Noor")
    assert_accessible(page)

    certificate_revoke(certificate=certificate, reason="Completed by someone else's account.")
    page.reload()
    expect(page.get_by_role("status")).to_contain_text("Revoked.")
    expect(page.get_by_role("status")).to_contain_text("Completed by someone else's account.")
    assert_accessible(page)

    # Anyone can also type the code, in lower case and without dashes.
    page.goto("/verify/")
    page.get_by_label("Certificate code").fill(certificate.code.replace("-", " ").lower())
    page.get_by_role("button", name="Check").click()
    expect(page).to_have_url(re.compile(rf"/verify/{certificate.code}/$"))
    expect(page.get_by_role("status")).to_contain_text("Revoked.")
