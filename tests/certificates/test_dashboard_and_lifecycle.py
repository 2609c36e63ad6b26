"""A certificate's life after issuing: the learner's dashboard (PDF, verification page,
LinkedIn), expiry and its reminder email (also with two schedulers at once), erasure through the
privacy flow, and the deploy check for the issuer key."""

import base64
import html
import io
import json
import re
import secrets
import threading
import time
import types
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.test import Client
from django.utils import timezone

from certificates import credentials, services
from certificates.models import Certificate
from certificates.openbadges.keys import private_key_generate, private_key_write
from certificates.openbadges.proof import VERIFIED, credential_verify
from certificates.services import (
    add_months,
    certificate_reissue,
    certificate_revoke,
    course_certificate_issue,
    expiry_reminders_send_due,
)
from courses.models import CoursePage, LessonPage
from courses.services import enrolment_create, lesson_complete
from tests import factories

PASSWORD = "correct-horse-battery-staple"  # tests.factories.person's default
EXPIRING_SUBJECT = "Your certificate expires soon"

db = pytest.mark.django_db


def complete(user, course):
    enrolment_create(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        lesson_complete(user=user, lesson=lesson)


def complete_and_certify(user, course, capture):
    """A real completion with every on-commit task run: certificate, then its PDF."""
    with capture(execute=True):
        complete(user, course)
    return Certificate.objects.get(user=user, course=course, status="valid")


def valid_for(course, months):
    """The course, now giving certificates valid for `months` (None: forever)."""
    CoursePage.objects.filter(pk=course.pk).update(certificate_valid_for_months=months)
    return CoursePage.objects.get(pk=course.pk)


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def dashboard(client):
    response = client.get("/dashboard/")
    assert response.status_code == 200
    return response.content.decode()


def linkedin_links(page):
    return [html.unescape(href) for href in re.findall(r'href="([^"]*linkedin\.com[^"]*)"', page)]


def query_of(url):
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert all(len(values) == 1 for values in query.values()), query
    return parts, {key: values[0] for key, values in query.items()}


def year_and_month(moment):
    """The month as LinkedIn should get it (local, as the certificate shows it) or as it gets
    it today (UTC); they differ only late on a month's last day, a bug pinned by
    test_linkedin_gets_the_issue_month_the_certificate_shows."""
    local = timezone.localtime(moment)
    return {(str(local.year), str(local.month)), (str(moment.year), str(moment.month))}


def absolute_verify_url(certificate):
    return f"{settings.WAGTAILADMIN_BASE_URL}/verify/{certificate.code}/"


def verify_page(certificate):
    response = Client().get(f"/verify/{certificate.code}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def course():
    return factories.course(title="Understanding training data", lessons_per_module=2)


@pytest.fixture
def learner():
    return factories.person(
        "zoe@example.org", display_name="Zoë", certificate_name="Zoë Quinn-Armitage"
    )


# --- the dashboard -------------------------------------------------------------------------


@db
def test_after_a_completion_the_dashboard_offers_verification_linkedin_and_then_the_pdf(
    learner, course, django_capture_on_commit_callbacks
):
    client = logged_in(learner)
    assert "Certificates you earn will be listed here." in dashboard(client)

    # Run the on-commit chain one step at a time: completion → certificate → PDF.
    with django_capture_on_commit_callbacks() as completion:
        complete(learner, course)
    with django_capture_on_commit_callbacks() as issuing:
        for callback in completion:
            callback()  # course_completed → queue the certificate
    with django_capture_on_commit_callbacks() as rendering:
        for callback in issuing:
            callback()  # the certificate task issues it and queues its PDF
    certificate = Certificate.objects.get(user=learner)
    assert not certificate.pdf

    page = dashboard(client)
    assert "Understanding training data" in page
    assert certificate.code in page
    assert f'href="/verify/{certificate.code}/"' in page
    assert f"/verify/{certificate.code}/certificate.pdf" not in page
    assert "The PDF is being prepared." in page
    (linkedin,) = linkedin_links(page)

    parts, params = query_of(linkedin)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.linkedin.com", "/profile/add")
    assert (params.pop("issueYear"), params.pop("issueMonth")) in year_and_month(
        certificate.issued_at
    )
    assert params == {
        "startTask": "CERTIFICATION_NAME",
        "name": "Understanding training data",
        "organizationName": settings.CERTIFICATE_ISSUER_NAME,
        "certUrl": absolute_verify_url(certificate),
        "certId": certificate.code,
    }
    # certUrl really is the certificate's public page.
    assert Client().get(urlsplit(params["certUrl"]).path).status_code == 200

    for callback in rendering:
        callback()  # the PDF task
    certificate.refresh_from_db()
    assert certificate.pdf
    page = dashboard(client)
    assert f'href="/verify/{certificate.code}/certificate.pdf"' in page
    assert "The PDF is being prepared." not in page
    download = client.get(f"/verify/{certificate.code}/certificate.pdf")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


@db
def test_an_expiring_certificate_tells_linkedin_when_it_expires(
    learner, course, django_capture_on_commit_callbacks
):
    valid_for(course, 24)
    certificate = complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    (linkedin,) = linkedin_links(dashboard(logged_in(learner)))
    _parts, params = query_of(linkedin)
    assert (params["expirationYear"], params["expirationMonth"]) in year_and_month(
        certificate.valid_until
    )
    assert certificate.valid_until == add_months(certificate.issued_at, 24)


@db
def test_a_certificate_that_never_expires_sends_no_expiration_to_linkedin(
    learner, course, django_capture_on_commit_callbacks
):
    complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    (linkedin,) = linkedin_links(dashboard(logged_in(learner)))
    _parts, params = query_of(linkedin)
    assert "expirationYear" not in params and "expirationMonth" not in params


@db
def test_linkedin_gets_markup_and_ampersands_in_a_course_title_as_plain_text(
    learner, django_capture_on_commit_callbacks
):
    course = factories.course(title='Rights & "opt-outs" <for> artists', lessons_per_module=1)
    complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    page = dashboard(logged_in(learner))
    assert "<for>" not in page
    (linkedin,) = linkedin_links(page)
    _parts, params = query_of(linkedin)
    assert params["name"] == 'Rights & "opt-outs" <for> artists'


@db
def test_linkedin_gets_the_issue_month_the_certificate_shows(learner, course):
    complete(learner, course)
    issued = datetime(2025, 5, 31, 23, 30, tzinfo=UTC)  # 1 June 2025, 00:30 in London
    certificate, _created = course_certificate_issue(user=learner, course=course, now=issued)
    page = dashboard(logged_in(learner))
    assert f"Issued on 1 June 2025 · code {certificate.code}" in page
    (linkedin,) = linkedin_links(page)
    _parts, params = query_of(linkedin)
    assert (params["issueYear"], params["issueMonth"]) == ("2025", "6")


@db
def test_revoked_certificates_and_other_peoples_certificates_are_not_listed(
    learner, course, django_capture_on_commit_callbacks
):
    mine = complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    other = factories.person("olek@example.org", certificate_name="Olek Zielinski")
    theirs = complete_and_certify(other, course, django_capture_on_commit_callbacks)
    second_course = factories.course(title="Opting out of datasets", lessons_per_module=1)
    their_second = complete_and_certify(other, second_course, django_capture_on_commit_callbacks)

    client = logged_in(learner)
    page = dashboard(client)
    assert mine.code in page
    for code in (theirs.code, their_second.code):
        assert code not in page
    assert "Opting out of datasets" not in page
    assert len(linkedin_links(page)) == 1

    certificate_revoke(certificate=mine, reason="Completed by someone else.")
    page = dashboard(client)
    assert mine.code not in page
    assert linkedin_links(page) == []
    assert "Certificates you earn will be listed here." in page

    # The other learner still sees only their own two.
    page = dashboard(logged_in(other))
    assert theirs.code in page and their_second.code in page and mine.code not in page


@db
def test_after_a_name_correction_only_the_new_certificate_is_listed(
    learner, course, django_capture_on_commit_callbacks
):
    old = complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    new = certificate_reissue(
        certificate=old, recipient_name="Zoë Quinn Armitage", email=learner.email
    )
    page = dashboard(logged_in(learner))
    assert new.code in page and old.code not in page


@db
def test_the_dashboard_needs_a_login(client):
    response = client.get("/dashboard/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


# --- expiry ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2025, 1, 31, 9, 15, tzinfo=UTC), 1, datetime(2025, 2, 28, 9, 15, tzinfo=UTC)),
        (datetime(2024, 1, 31, 9, 15, tzinfo=UTC), 1, datetime(2024, 2, 29, 9, 15, tzinfo=UTC)),
        (datetime(2024, 2, 29, 12, 0, tzinfo=UTC), 12, datetime(2025, 2, 28, 12, 0, tzinfo=UTC)),
        (datetime(2024, 2, 29, 12, 0, tzinfo=UTC), 48, datetime(2028, 2, 29, 12, 0, tzinfo=UTC)),
        (datetime(2025, 12, 15, tzinfo=UTC), 1, datetime(2026, 1, 15, tzinfo=UTC)),
        (datetime(2025, 11, 30, tzinfo=UTC), 3, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2025, 3, 31, tzinfo=UTC), 1, datetime(2025, 4, 30, tzinfo=UTC)),
        (datetime(2025, 8, 31, tzinfo=UTC), 12, datetime(2026, 8, 31, tzinfo=UTC)),
        (datetime(2025, 1, 1, tzinfo=UTC), 120, datetime(2035, 1, 1, tzinfo=UTC)),
        (datetime(2025, 6, 10, tzinfo=UTC), 0, datetime(2025, 6, 10, tzinfo=UTC)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_months_last(moment, months, expected):
    assert add_months(moment, months) == expected


@db
def test_a_course_valid_for_12_months_gives_certificates_valid_for_12_months(
    learner, course, django_capture_on_commit_callbacks
):
    valid_for(course, 12)
    certificate = complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    assert certificate.valid_until == add_months(certificate.issued_at, 12)
    assert certificate.credential["validUntil"] == certificate.valid_until.astimezone(UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    assert "Valid." in verify_page(certificate)


@db
def test_a_certificate_issued_on_29_february_is_valid_until_28_february(learner, course):
    course = valid_for(course, 12)
    complete(learner, course)
    issued = datetime(2024, 2, 29, 10, 0, tzinfo=UTC)
    certificate, _created = course_certificate_issue(user=learner, course=course, now=issued)
    assert certificate.issued_at == issued
    assert certificate.valid_until == datetime(2025, 2, 28, 10, 0, tzinfo=UTC)


@db
def test_the_verification_page_says_expired_after_valid_until(learner, course):
    course = valid_for(course, 12)
    complete(learner, course)
    certificate, _created = course_certificate_issue(
        user=learner, course=course, now=timezone.now() - timedelta(days=366)
    )
    assert certificate.valid_until < timezone.now()
    page = verify_page(certificate)
    assert "Expired." in page
    assert "Valid." not in page
    record = Client().get(f"/verify/{certificate.code}/record.json").json()
    assert record["status"] == "expired"
    # The dashboard still lists it, marked expired.
    assert "expired" in dashboard(logged_in(learner))


def expiring_certificate(user, course, *, valid_until):
    complete(user, course)
    certificate, _created = course_certificate_issue(user=user, course=course)
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=valid_until)
    certificate.refresh_from_db()
    return certificate


def reminders(now, capture):
    with capture(execute=True):
        sent = expiry_reminders_send_due(now=now)
    return sent


@db
def test_the_reminder_is_sent_once_30_days_before_expiry(
    learner, course, django_capture_on_commit_callbacks
):
    valid_until = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)
    certificate = expiring_certificate(learner, course, valid_until=valid_until)
    capture = django_capture_on_commit_callbacks

    assert reminders(valid_until - timedelta(days=30, seconds=1), capture) == 0
    assert mail.outbox == []

    assert reminders(valid_until - timedelta(days=30), capture) == 1
    (email,) = mail.outbox
    assert email.to == ["zoe@example.org"]
    assert email.subject == EXPIRING_SUBJECT
    assert "Understanding training data" in email.body
    assert "30 September 2026" in email.body
    assert absolute_verify_url(certificate) in email.body
    certificate.refresh_from_db()
    assert certificate.expiry_reminder_sent_at == valid_until - timedelta(days=30)

    assert reminders(valid_until - timedelta(days=30), capture) == 0
    assert reminders(valid_until - timedelta(days=1), capture) == 0
    assert len(mail.outbox) == 1


@db
def test_no_reminder_for_revoked_expired_or_erased_certificates(
    course, django_capture_on_commit_callbacks
):
    now = timezone.now()
    revoked = expiring_certificate(
        factories.person("r@example.org", certificate_name="Rev Oked"),
        course,
        valid_until=now + timedelta(days=10),
    )
    certificate_revoke(certificate=revoked, reason="Duplicate.")
    expiring_certificate(
        factories.person("e@example.org", certificate_name="Ex Pired"),
        course,
        valid_until=now - timedelta(seconds=1),
    )
    expiring_certificate(
        factories.person("n@example.org", certificate_name="Now Expiring"),
        course,
        valid_until=now,  # expires this very moment: too late for a reminder
    )
    erased_user = factories.person("x@example.org", certificate_name="Er Ased")
    expiring_certificate(erased_user, course, valid_until=now + timedelta(days=10))
    services.certificate_recipient_erase(user=erased_user)

    assert reminders(now, django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


@db
def test_a_certificate_that_never_expires_gets_no_reminder(
    learner, course, django_capture_on_commit_callbacks
):
    complete(learner, course)
    course_certificate_issue(user=learner, course=course)
    assert reminders(timezone.now(), django_capture_on_commit_callbacks) == 0
    assert reminders(timezone.now() + timedelta(days=3650), django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


@db
def test_correcting_a_name_does_not_send_the_same_reminder_again(
    learner, course, django_capture_on_commit_callbacks
):
    now = timezone.now()
    old = expiring_certificate(learner, course, valid_until=now + timedelta(days=20))
    assert reminders(now, django_capture_on_commit_callbacks) == 1
    certificate_reissue(certificate=old, recipient_name="Zoë Q. Armitage", email=learner.email)
    reminders(now + timedelta(hours=1), django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1


@db
def test_the_scheduler_sends_the_reminder_once(learner, course, django_capture_on_commit_callbacks):
    expiring_certificate(learner, course, valid_until=timezone.now() + timedelta(days=29))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", once=True)
    assert [email.subject for email in mail.outbox] == [EXPIRING_SUBJECT]
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", once=True)
    assert len(mail.outbox) == 1


# --- two schedulers at once (real threads, real database) -----------------------------------

WORKERS = 2
CERTIFICATES = 20


def run_together(calls):
    """Run the calls on threads that start together at a barrier; return their results."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait(timeout=30)
            return call()
        except Exception as error:
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return [future.result() for future in [pool.submit(run, call) for call in calls]]


def due_certificates(now, number=CERTIFICATES):
    """`number` certificates of different learners, all expiring within the next 30 days."""
    people = factories.person  # committed at once: the test runs outside a transaction
    certificates = []
    for index in range(number):
        user = people(f"holder-{index}@example.org")
        certificates.append(
            Certificate.objects.create(
                user=user,
                subject_key=f"user:{user.pk}",
                recipient_name=f"Holder {index}",
                recipient_identity_hash="sha256$" + "0" * 64,
                recipient_salt="0" * 32,
                achievement_key="course:1",
                achievement_name="Understanding training data",
                issued_at=now - timedelta(days=335),
                valid_until=now + timedelta(days=1 + index),
            )
        )
    return certificates


def slow_sending(monkeypatch, pause=0.01):
    """Each reminder takes a moment to queue, so the two schedulers' loops really overlap."""
    from certificates import emails

    send = emails.send_expiry_reminder

    def slow(certificate):
        time.sleep(pause)
        send(certificate)

    monkeypatch.setattr(emails, "send_expiry_reminder", slow)


def reminded(outbox):
    return sorted(email.to[0] for email in outbox)


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_at_once_send_each_reminder_once(monkeypatch):
    now = timezone.now()
    certificates = due_certificates(now)
    slow_sending(monkeypatch)

    results = run_together([lambda: expiry_reminders_send_due(now=now)] * WORKERS)

    assert not [r for r in results if isinstance(r, Exception)], results
    assert sum(results) == CERTIFICATES
    assert reminded(mail.outbox) == sorted(c.user.email for c in certificates)
    assert all(
        sent == now
        for sent in Certificate.objects.values_list("expiry_reminder_sent_at", flat=True)
    )


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_the_conditional_claim_two_schedulers_send_duplicates(monkeypatch):
    """Negative control: the same run, with the claim's `sent_at IS NULL` condition removed,
    sends some reminders twice, so the test above can see the race it guards against."""
    now = timezone.now()
    due_certificates(now)
    slow_sending(monkeypatch)

    class UnconditionalClaims:
        def filter(self, *args, **kwargs):
            if "pk" in kwargs:
                kwargs.pop("expiry_reminder_sent_at__isnull", None)
            return Certificate.objects.filter(*args, **kwargs)

    monkeypatch.setattr(
        services,
        "Certificate",
        types.SimpleNamespace(objects=UnconditionalClaims(), Status=Certificate.Status),
    )

    results = run_together([lambda: expiry_reminders_send_due(now=now)] * WORKERS)

    assert not [r for r in results if isinstance(r, Exception)], results
    assert sum(results) > CERTIFICATES
    assert len(mail.outbox) > CERTIFICATES
    assert len(set(reminded(mail.outbox))) == CERTIFICATES


# --- erasure and export ----------------------------------------------------------------------


def unzip(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


@db
def test_export_then_erasure_keeps_a_verifiable_certificate_without_the_person(
    learner, course, django_capture_on_commit_callbacks
):
    certificate = complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    assert certificate.pdf
    pdf_name = certificate.pdf.name
    assert default_storage.exists(pdf_name)
    credential = certificate.credential
    client = logged_in(learner)

    # The data export holds the certificate with its signed credential.
    export = client.post("/accounts/privacy/export/")
    assert export.status_code == 200
    assert export["Content-Type"] == "application/zip"
    files = unzip(export.content)
    document = json.loads(files["certificates.certificate.json"])
    (row,) = document["records"]
    assert row["code"] == certificate.code
    assert row["recipient_name"] == "Zoë Quinn-Armitage"
    assert row["achievement"] == "Understanding training data"
    assert row["status"] == "valid"
    assert row["verification_page"] == absolute_verify_url(certificate)
    assert row["credential"] == credential
    assert "removed" in document["when_you_delete_your_account"]

    # Deleting the account, confirmed with the password.
    wrong = client.post("/accounts/privacy/delete/", {"password": "not-my-password"})
    assert wrong.status_code == 400
    assert Certificate.objects.get(pk=certificate.pk).user_id == learner.pk
    with django_capture_on_commit_callbacks(execute=True):  # PDFs are deleted after commit
        response = client.post("/accounts/privacy/delete/", {"password": PASSWORD})
    assert response.status_code == 302

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    assert certificate.user_id is None
    assert certificate.recipient_name == ""
    assert certificate.recipient_erased_at is not None
    assert not certificate.pdf
    assert not default_storage.exists(pdf_name)
    assert certificate.credential == credential

    page = verify_page(certificate)
    assert "The recipient's details were removed at their request." in page
    assert "Quinn-Armitage" not in page and "Zoë" not in page
    assert "Valid." in page
    assert f"/verify/{certificate.code}/certificate.pdf" not in page
    assert Client().get(f"/verify/{certificate.code}/certificate.pdf").status_code == 404
    record = Client().get(f"/verify/{certificate.code}/record.json").json()
    assert record["recipient"] is None and record["recipient_details_removed"] is True
    served = Client().get(f"/verify/{certificate.code}/credential.json")
    assert json.loads(served.content) == credential

    check = credential_verify(
        certificate.credential, public_key_resolver=credentials.resolve_verification_method
    )
    assert check.code == VERIFIED, check


@db
def test_erasure_also_removes_the_name_from_a_superseded_certificate(
    learner, course, django_capture_on_commit_callbacks
):
    old = complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        new = certificate_reissue(
            certificate=old, recipient_name="Zoë Quinn Armitage", email=learner.email
        )
    new.refresh_from_db()
    files = [c.pdf.name for c in (old, new) if c.pdf]
    assert files

    with django_capture_on_commit_callbacks(execute=True):  # PDFs are deleted after commit
        response = logged_in(learner).post("/accounts/privacy/delete/", {"password": PASSWORD})
    assert response.status_code == 302

    for certificate in (old, new):
        certificate.refresh_from_db()
        assert certificate.recipient_name == "" and not certificate.pdf
        page = verify_page(certificate)
        assert "Quinn" not in page and "Zoë" not in page
        assert "removed at their request" in page
    assert not any(default_storage.exists(name) for name in files)
    assert "Superseded." in verify_page(old)


@db
def test_erasing_one_learner_leaves_another_learners_certificate_alone(
    learner, course, django_capture_on_commit_callbacks
):
    complete_and_certify(learner, course, django_capture_on_commit_callbacks)
    other = factories.person("olek@example.org", certificate_name="Olek Zielinski")
    theirs = complete_and_certify(other, course, django_capture_on_commit_callbacks)

    logged_in(learner).post("/accounts/privacy/delete/", {"password": PASSWORD})

    theirs.refresh_from_db()
    assert theirs.recipient_name == "Olek Zielinski" and theirs.pdf
    assert theirs.recipient_erased_at is None
    assert default_storage.exists(theirs.pdf.name)
    assert "Olek Zielinski" in verify_page(theirs)


# --- the deploy check ------------------------------------------------------------------------


@pytest.fixture
def key_environment(monkeypatch, tmp_path):
    """No key in the environment and a key path where nothing exists yet."""
    credentials._signing_key.cache_clear()
    monkeypatch.delenv("CERTIFICATE_ISSUER_KEY", raising=False)
    monkeypatch.setattr(settings, "CERTIFICATE_ISSUER_KEY_PATH", str(tmp_path / "issuer-key.pem"))
    yield tmp_path / "issuer-key.pem"
    credentials._signing_key.cache_clear()


def deploy_check():
    """(raised SystemCheckError or None, everything the check printed)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("check", "--deploy", stdout=out, stderr=err)
    except SystemCheckError as error:
        return error, f"{out.getvalue()}{err.getvalue()}{error}"
    return None, f"{out.getvalue()}{err.getvalue()}"


@db
def test_the_deploy_check_reports_a_missing_issuer_key(key_environment):
    error, output = deploy_check()
    assert isinstance(error, SystemCheckError)
    assert "certificates.E001" in output
    assert "Certificates cannot be signed" in output
    assert str(key_environment) in output


@db
def test_the_deploy_check_reports_an_unusable_key_in_the_environment(key_environment, monkeypatch):
    monkeypatch.setenv("CERTIFICATE_ISSUER_KEY", "not a key at all")
    error, output = deploy_check()
    assert isinstance(error, SystemCheckError)
    assert "certificates.E001" in output
    assert "not a key at all" not in output  # the secret's value is never echoed


@db
def test_the_deploy_check_passes_with_a_key_file(key_environment):
    private_key_write(path=key_environment, private_key=private_key_generate())
    _error, output = deploy_check()
    assert "certificates.E001" not in output


@db
def test_the_deploy_check_passes_with_a_key_in_the_environment(key_environment, monkeypatch):
    monkeypatch.setenv("CERTIFICATE_ISSUER_KEY", base64.b64encode(secrets.token_bytes(32)).decode())
    _error, output = deploy_check()
    assert "certificates.E001" not in output


@db
def test_the_ordinary_check_does_not_run_the_deploy_check(key_environment):
    out = io.StringIO()
    call_command("check", stdout=out)  # no SystemCheckError without --deploy
    assert "certificates.E001" not in out.getvalue()
