"""Issuing certificates: one per person and achievement (also under races), a credential that
passes the schema, verifies and names nobody; revoking, correcting and erasing; hostile names;
course completion issuing the certificate by itself, once, with its evidence."""

import hashlib
import json
import time
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates import credentials, services
from certificates.models import Certificate
from certificates.openbadges.proof import credential_verify
from certificates.openbadges.schema import credential_schema_errors
from certificates.services import (
    Achievement,
    CertificateError,
    Recipient,
    certificate_issue,
    certificate_recipient_erase,
    certificate_reissue,
    certificate_revoke,
)
from certificates.tasks import render_certificate_pdfs
from courses.models import Enrolment, LessonPage
from courses.services import (
    course_completion_check,
    enrolment_create,
    lesson_complete,
    quiz_attempt_submit,
)
from courses.signals import course_completed
from tests import factories
from tests.concurrency.threads import run_together
from tests.workshops import factories as workshop_factories

pytestmark = pytest.mark.django_db

ACHIEVEMENT = Achievement(
    key="course:7",
    name="Understanding training data",
    description="How generative models learn from images.",
    criteria="Completed every lesson and passed each knowledge check.",
    url="https://lms.example.org/courses/training-data/",
)


def recipient(name="Ada Lovelace", email="ada@example.org", **fields):
    return Recipient(
        subject_key=fields.pop("subject_key", f"user:{email}"),
        name=name,
        **{
            "email": email,
            **fields,
        },
    )


def issue(achievement=ACHIEVEMENT, **fields):
    return certificate_issue(achievement=achievement, recipient=recipient(**fields))


def verifies(credential):
    """The credential's proof checked against this issuer's published keys."""
    return credential_verify(
        credential, public_key_resolver=credentials.resolve_verification_method
    ).code


# --- once per person and achievement ----------------------------------------------------------


def test_issuing_again_returns_the_same_certificate():
    first, created = issue()
    again, created_again = issue(name="Ada King")

    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    assert again.recipient_name == "Ada Lovelace"  # nothing rewritten by the second call
    assert Certificate.objects.count() == 1


def test_each_person_and_each_achievement_gets_its_own_certificate():
    other_course = Achievement(key="course:8", name="Bias in image datasets")
    ada, _ = issue()
    ada_other, _ = issue(achievement=other_course)
    grace, _ = issue(name="Grace Hopper", email="grace@example.org")

    assert len({ada.pk, ada_other.pk, grace.pk}) == 3
    assert len({ada.code, ada_other.code, grace.code}) == 3


def test_after_a_revocation_the_same_achievement_is_not_issued_again():
    first, _ = issue()
    certificate_revoke(certificate=first, reason="Issued by mistake")

    with pytest.raises(CertificateError) as raised:
        issue()

    assert raised.value.code == "was_revoked"
    assert list(Certificate.objects.values_list("status", flat=True)) == ["revoked"]


def test_a_recipient_without_an_email_address_gets_no_certificate():
    with pytest.raises(CertificateError) as raised:
        issue(email="  ")
    assert raised.value.code == "email_missing"
    assert not Certificate.objects.exists()


# Real threads against the real database, as in tests/concurrency: workers start together at a
# barrier, each closes its own connection; a negative control shows the check can fail.

WORKERS = 8


def failures(results):
    return [result for result in results if isinstance(result, Exception)]


def everyone_looks_first(monkeypatch, *, pause=0.2):
    """Pause after "is there a valid certificate?", so every thread sees none and creates."""
    look = services._valid

    def slow_look(subject_key, achievement_key):
        found = look(subject_key, achievement_key)
        time.sleep(pause)
        return found

    monkeypatch.setattr(services, "_valid", slow_look)


def issue_from_every_thread_at_once(workers=WORKERS):
    return run_together([issue] * workers, workers=workers)


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("workers", [2, WORKERS])
def test_issuing_from_several_threads_at_once_gives_one_certificate(monkeypatch, workers):
    everyone_looks_first(monkeypatch)

    results = issue_from_every_thread_at_once(workers)

    errors = failures(results)
    assert not errors, f"{len(errors)} of {workers} calls failed, e.g. {errors[0]!r}"
    (certificate,) = Certificate.objects.all()
    assert {issued.pk for issued, _created in results} == {certificate.pk}
    assert sorted(created for _issued, created in results) == [False] * (workers - 1) + [True]
    assert verifies(certificate.credential) == "verified"


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_the_conflict_handling_racing_issuers_fail(monkeypatch):
    """Negative control: the threads really race past the check; the constraint stops all but
    one, and only the IntegrityError handling turns that into "here is the certificate"."""
    everyone_looks_first(monkeypatch)

    class NeverRaised(Exception):
        pass

    monkeypatch.setattr(services, "IntegrityError", NeverRaised)

    results = issue_from_every_thread_at_once()

    errors = failures(results)
    assert errors
    assert all(isinstance(error, IntegrityError) for error in errors), errors
    assert Certificate.objects.count() == 1


# --- the credential ---------------------------------------------------------------------------


def _minimal():
    return certificate_issue(
        achievement=Achievement(key="workshop:1", name="Prompting for curators"),
        recipient=recipient(),
    )[0]


def _full():
    partner = workshop_factories.partner(name="Northern Digital Culture Lab")
    achievement = Achievement(**{**ACHIEVEMENT.__dict__, "partner": partner})
    evidence = [{"name": "Attendance", "description": "Attended all six sessions."}]
    return certificate_issue(
        achievement=achievement,
        recipient=recipient(evidence=evidence),
        valid_until=timezone.now() + timedelta(days=730),
    )[0]


def _unusual_text():
    achievement = Achievement(
        key="course:9",
        name="الذكاء الاصطناعي & <art> — “quoted” 🎨",
        description="Ünïcödé, 中文, עברית; a\nnew line",
    )
    return certificate_issue(achievement=achievement, recipient=recipient(name="محمد 王小明 Zoë"))[
        0
    ]


def _reissued():
    old, _ = issue(name="Ada Lovelce")
    return certificate_reissue(certificate=old, recipient_name="Ada Lovelace", email="a@x.org")


@pytest.mark.parametrize(
    "make", [_minimal, _full, _unusual_text, _reissued], ids=lambda make: make.__name__[1:]
)
def test_every_issued_credential_passes_the_schema_and_verifies(make):
    certificate = make()

    assert credential_schema_errors(certificate.credential) == []
    assert verifies(certificate.credential) == "verified"
    assert certificate.credential["id"] == credentials.credential_url(certificate)
    assert certificate.credential["name"] == certificate.achievement_name


def test_the_credential_names_nobody_and_holds_no_email_address():
    certificate, _ = issue(name="Ada Lovelace", email="Ada.Lovelace@Analytical-Engine.test")

    everything = json.dumps(certificate.credential, ensure_ascii=False).lower()

    assert certificate.recipient_name == "Ada Lovelace"
    assert "lovelace" not in everything
    assert "ada.lovelace@" not in everything
    assert "analytical-engine" not in everything


def test_the_identity_hash_is_the_salted_sha256_of_the_lowercased_address():
    certificate, _ = issue(email="Ada.Lovelace@Example.ORG")

    (identity,) = certificate.credential["credentialSubject"]["identifier"]
    salt = identity["salt"]
    expected = "sha256$" + hashlib.sha256(("ada.lovelace@example.org" + salt).encode()).hexdigest()

    assert identity == {
        "type": "IdentityObject",
        "identityHash": expected,
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }
    assert len(salt) >= 32


def test_each_certificate_has_its_own_salt():
    """The same address gives unrelated hashes, so certificates cannot be linked by hash."""
    first, _ = issue()
    second, _ = issue(achievement=Achievement(key="course:8", name="Bias in image datasets"))

    hashes = {
        c.credential["credentialSubject"]["identifier"][0]["identityHash"] for c in (first, second)
    }
    assert first.recipient_salt != second.recipient_salt
    assert len(hashes) == 2


def test_the_credential_carries_dates_status_entry_and_evidence():
    certificate = _full()
    credential = certificate.credential

    assert credential["validFrom"] == certificate.issued_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert credential["validUntil"] == certificate.valid_until.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert credential["credentialStatus"]["statusListIndex"] == str(certificate.status_index)
    assert credential["evidence"] == [
        {"type": ["Evidence"], "name": "Attendance", "description": "Attended all six sessions."}
    ]


# --- revoking ---------------------------------------------------------------------------------


def test_revoking_records_the_reason_and_the_time():
    certificate, _ = issue()
    before = timezone.now()

    revoked = certificate_revoke(certificate=certificate, reason="  Issued to the wrong person ")

    stored = Certificate.objects.get(pk=certificate.pk)
    assert stored.status == revoked.status == Certificate.Status.REVOKED
    assert stored.revocation_reason == "Issued to the wrong person"
    assert stored.revoked_at >= before
    assert stored.display_status == "revoked"


@pytest.mark.parametrize("reason", ["", "   ", "\x00\x07\u200b"])
def test_revoking_needs_a_reason(reason):
    certificate, _ = issue()

    with pytest.raises(CertificateError) as raised:
        certificate_revoke(certificate=certificate, reason=reason)

    assert raised.value.code == "reason_missing"
    assert Certificate.objects.get(pk=certificate.pk).status == Certificate.Status.VALID


def test_control_characters_are_stripped_from_the_reason():
    certificate, _ = issue()

    certificate_revoke(certificate=certificate, reason="Copied\x00 the\x1b[31m work\u202e")

    assert Certificate.objects.get(pk=certificate.pk).revocation_reason == "Copied the[31m work"


def test_a_reason_may_have_1000_characters_but_not_more():
    too_long, _ = issue()
    with pytest.raises(CertificateError) as raised:
        certificate_revoke(certificate=too_long, reason="x" * 1001)
    assert raised.value.code == "reason_too_long"
    assert "1000" in raised.value.message

    certificate_revoke(certificate=too_long, reason="x" * 1000)
    assert len(Certificate.objects.get(pk=too_long.pk).revocation_reason) == 1000


def test_revoking_twice_is_an_error_and_keeps_the_first_reason():
    certificate, _ = issue()
    certificate_revoke(certificate=certificate, reason="First reason")

    with pytest.raises(CertificateError) as raised:
        certificate_revoke(certificate=certificate, reason="Second reason")

    assert raised.value.code == "not_valid"
    assert Certificate.objects.get(pk=certificate.pk).revocation_reason == "First reason"


def test_a_revoked_credential_still_verifies_its_signature():
    """Revocation is a status, published in the status list; the signed document is kept."""
    certificate, _ = issue()
    credential = certificate.credential

    certificate_revoke(certificate=certificate, reason="Wrong course")

    assert Certificate.objects.get(pk=certificate.pk).credential == credential
    assert verifies(credential) == "verified"


# --- correcting the name ----------------------------------------------------------------------


def test_reissuing_after_a_name_correction_supersedes_and_links_the_old_certificate():
    old, _ = issue(name="Ada Lovelce")

    new = certificate_reissue(certificate=old, recipient_name="Ada Lovelace", email="ada@x.org")

    old.refresh_from_db()
    assert old.status == Certificate.Status.SUPERSEDED
    assert old.superseded_by == new
    assert new.supersedes == old
    assert new.status == Certificate.Status.VALID
    assert new.recipient_name == "Ada Lovelace"
    assert old.recipient_name == "Ada Lovelce"  # the old record is kept as it was
    assert new.code != old.code
    assert (new.achievement_key, new.achievement_name) == (
        old.achievement_key,
        old.achievement_name,
    )
    assert new.subject_key == old.subject_key
    assert verifies(new.credential) == "verified"
    assert (
        new.credential["credentialSubject"]["achievement"]
        == (old.credential["credentialSubject"]["achievement"])
    )


def test_reissuing_with_the_same_name_is_an_error_and_changes_nothing():
    old, _ = issue(name="Ada Lovelace")

    with pytest.raises(CertificateError) as raised:
        certificate_reissue(certificate=old, recipient_name=" Ada  Lovelace ", email="ada@x.org")

    assert raised.value.code == "same_name"
    assert list(Certificate.objects.values_list("status", flat=True)) == ["valid"]


def test_only_a_valid_certificate_can_be_reissued():
    old, _ = issue(name="Ada Lovelce")
    certificate_revoke(certificate=old, reason="Wrong course")

    with pytest.raises(CertificateError) as raised:
        certificate_reissue(certificate=old, recipient_name="Ada Lovelace", email="ada@x.org")

    assert raised.value.code == "not_valid"
    assert Certificate.objects.count() == 1


# --- erasing the recipient --------------------------------------------------------------------


@pytest.fixture
def learner():
    return factories.person("mira@example.org", certificate_name="Mira Novak")


def issue_to(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate, _ = certificate_issue(
            achievement=ACHIEVEMENT,
            recipient=Recipient(
                subject_key=f"user:{user.pk}",
                name=user.certificate_name,
                email=user.email,
                user=user,
            ),
        )
    certificate.refresh_from_db()
    return certificate


def test_erasing_the_recipient_blanks_the_name_unlinks_and_deletes_the_pdf(
    learner, django_capture_on_commit_callbacks
):
    certificate = issue_to(learner, django_capture_on_commit_callbacks)
    pdf_name = certificate.pdf.name
    assert pdf_name and default_storage.exists(pdf_name)
    credential = certificate.credential

    with django_capture_on_commit_callbacks(execute=True):  # the files go after commit
        assert certificate_recipient_erase(user=learner) == 1

    certificate.refresh_from_db()
    assert certificate.recipient_name == ""
    assert certificate.user is None
    assert certificate.recipient_erased_at is not None
    assert not certificate.pdf
    assert not default_storage.exists(pdf_name)
    assert certificate.status == Certificate.Status.VALID
    assert certificate.credential == credential
    assert verifies(certificate.credential) == "verified"


def test_erasing_leaves_other_peoples_certificates_alone(
    learner, django_capture_on_commit_callbacks
):
    other = factories.person("olek@example.org", certificate_name="Olek Zielinski")
    mine = issue_to(learner, django_capture_on_commit_callbacks)
    theirs = issue_to(other, django_capture_on_commit_callbacks)

    certificate_recipient_erase(user=learner)

    theirs.refresh_from_db()
    assert theirs.recipient_name == "Olek Zielinski" and theirs.user == other
    assert theirs.pdf and default_storage.exists(theirs.pdf.name)
    assert Certificate.objects.get(pk=mine.pk).recipient_name == ""


def test_an_erasure_that_rolls_back_keeps_the_pdf(learner, django_capture_on_commit_callbacks):
    certificate = issue_to(learner, django_capture_on_commit_callbacks)

    with pytest.raises(RuntimeError), transaction.atomic():
        certificate_recipient_erase(user=learner)
        raise RuntimeError("a later eraser failed")

    certificate.refresh_from_db()
    assert certificate.recipient_name == "Mira Novak"
    assert certificate.pdf and default_storage.exists(certificate.pdf.name)


def test_a_pdf_render_queued_before_an_erasure_renders_nothing(
    learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        certificate, _ = certificate_issue(
            achievement=ACHIEVEMENT,
            recipient=Recipient(
                subject_key=f"user:{learner.pk}",
                name="Mira Novak",
                email=learner.email,
                user=learner,
            ),
        )
    certificate_recipient_erase(user=learner)

    for callback in queued:
        callback()

    certificate.refresh_from_db()
    assert queued
    assert not certificate.pdf
    assert not default_storage.exists(f"certificates/{certificate.code}.pdf")


def test_a_batch_render_skips_an_erased_certificate_and_renders_the_others(
    learner, django_capture_on_commit_callbacks
):
    other = factories.person("olek@example.org", certificate_name="Olek Zielinski")
    with django_capture_on_commit_callbacks(execute=False):
        erased = certificate_issue(
            achievement=ACHIEVEMENT,
            recipient=Recipient(
                subject_key=f"user:{learner.pk}", name="Mira", email=learner.email, user=learner
            ),
        )[0]
        kept = certificate_issue(
            achievement=ACHIEVEMENT,
            recipient=Recipient(
                subject_key=f"user:{other.pk}", name="Olek", email=other.email, user=other
            ),
        )[0]
    certificate_recipient_erase(user=learner)

    render_certificate_pdfs.call(certificate_ids=[erased.pk, kept.pk])

    assert Certificate.objects.get(pk=kept.pk).pdf
    assert not Certificate.objects.get(pk=erased.pk).pdf


# --- names ------------------------------------------------------------------------------------


def test_a_name_of_5000_characters_is_refused():
    with pytest.raises(CertificateError) as raised:
        issue(name="A" * 5000)
    assert raised.value.code == "name_too_long"
    assert "300" in raised.value.message
    assert not Certificate.objects.exists()


def test_a_name_of_300_characters_is_accepted():
    certificate, _ = issue(name="A" * 300)
    assert certificate.recipient_name == "A" * 300


@pytest.mark.parametrize(
    "name",
    [
        "<b>Ada</b> <script>alert(1)</script> &amp;",
        "Ada 🦉 Lovelace 🎨",
        "محمد عبد الله الفارسي",
        "דוד בן־גוריון",
        "Zoë Ångström 王小明 Ψυχή محمد",
        'O\'Brien-Nuñez "Junior"',
    ],
    ids=["html", "emoji", "arabic", "hebrew", "mixed-scripts", "quotes"],
)
def test_unusual_names_are_kept_as_text(name):
    certificate, _ = issue(name=name)

    assert Certificate.objects.get(pk=certificate.pk).recipient_name == name
    assert verifies(certificate.credential) == "verified"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Ada\x00 Lovelace", "Ada Lovelace"),
        ("Ada\x1b[31m Lovelace", "Ada[31m Lovelace"),
        ("Ada\u202e ecalevoL", "Ada ecalevoL"),  # a right-to-left override would flip the rest
        ("\u200bAda\u2066 Lovelace\x7f", "Ada Lovelace"),
        ("Ada\n\t  Lovelace ", "Ada Lovelace"),
    ],
)
def test_control_characters_are_removed_from_names(typed, kept):
    certificate, _ = issue(name=typed)
    assert certificate.recipient_name == kept


@pytest.mark.parametrize("name", ["", "   ", "\x00\x01\u200e"])
def test_a_name_of_nothing_visible_is_refused(name):
    with pytest.raises(CertificateError) as raised:
        issue(name=name)
    assert raised.value.code == "name_missing"


@pytest.mark.parametrize(
    "name",
    ["Sam 👩\u200d💻 Lee", "علی\u200cرضا رضایی"],
    ids=["zwj-emoji", "persian-zwnj"],
)
def test_joiners_inside_names_are_kept(name):
    certificate, _ = issue(name=name)
    assert certificate.recipient_name == name


# --- course completion ------------------------------------------------------------------------


def right_answers(lesson):
    check_id, check = next(iter(lesson.specific.knowledge_checks.items()))
    answers = {
        question.id: [o.id for o in question.options if o.is_correct]
        for question in check.questions
    }
    return check_id, answers


@pytest.fixture
def course():
    return factories.course(title="Training data", modules=2, lessons_per_module=2, with_check=True)


@pytest.fixture
def lena():
    return factories.person(
        "Lena.Schmidt@Example.org", certificate_name="Lena Schmidt", display_name="Lena"
    )


def complete_course(user, course):
    """Enrol, complete every lesson and pass every knowledge check through courses.services."""
    enrolment_create(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        lesson_complete(user=user, lesson=lesson)
        if lesson.knowledge_checks:
            check_id, answers = right_answers(lesson)
            quiz_attempt_submit(
                user=user,
                lesson=lesson,
                check_id=check_id,
                answers=answers,
                token=f"{user.pk}-{lesson.pk}",
            )


def test_completing_a_course_issues_its_certificate_once(
    lena, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(lena, course)

    (certificate,) = Certificate.objects.all()
    assert certificate.user == lena
    assert certificate.subject_key == f"user:{lena.pk}"
    assert certificate.recipient_name == "Lena Schmidt"
    assert certificate.course_id == course.pk
    assert certificate.achievement_key == f"course:{course.pk}"
    assert certificate.achievement_name == "Training data"
    assert certificate.pdf  # the on-commit render ran after the on-commit issue
    assert verifies(certificate.credential) == "verified"
    expected = credentials.identity_hash("lena.schmidt@example.org", certificate.recipient_salt)
    assert certificate.recipient_identity_hash == expected


def test_completing_again_or_resending_the_signal_issues_nothing_new(
    lena, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(lena, course)
    (certificate,) = Certificate.objects.all()
    enrolment = Enrolment.objects.get(user=lena, course=course)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert course_completion_check(enrolment=enrolment) is False
        lesson_complete(user=lena, lesson=factories.first_lesson(course))
        course_completed.send(sender=Enrolment, enrolment=enrolment, user=lena, course=course)

    assert callbacks  # the re-sent signal did queue the certificate task, which found one
    assert list(Certificate.objects.values_list("pk", flat=True)) == [certificate.pk]


def test_an_unfinished_course_issues_no_certificate(
    lena, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(user=lena, course=course)
        lesson_complete(user=lena, lesson=factories.first_lesson(course))
        # A signal sent for someone who has not completed the course changes nothing either.
        course_completed.send(sender=Enrolment, enrolment=None, user=lena, course=course)

    assert not Certificate.objects.exists()


def test_the_evidence_lists_lessons_and_knowledge_checks(
    lena, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(lena, course)

    certificate = Certificate.objects.get()
    assert certificate.evidence == [
        {"name": "Lessons completed", "description": "4 of 4 lessons completed."},
        {
            "name": "Knowledge checks passed",
            "description": (
                "2 knowledge checks passed (best scores: Lesson 1.1: 100%, Lesson 2.1: 100%)."
            ),
        },
    ]
    assert [item["description"] for item in certificate.credential["evidence"]] == [
        item["description"] for item in certificate.evidence
    ]


def test_without_a_certificate_name_the_full_name_is_printed_not_the_greeting(
    course, django_capture_on_commit_callbacks
):
    user = factories.person(
        "lena@example.org", first_name="Lena", last_name="Schmidt", display_name="Lenny"
    )
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(user, course)

    assert Certificate.objects.get().recipient_name == user.name_for_certificates == "Lena Schmidt"
