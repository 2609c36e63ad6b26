"""A person downloads all their data and deletes their account; anonymous counts survive."""

import io
import json
import zipfile
from datetime import datetime

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.users.models import UserProfile

from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.services import enrolment_create, lesson_complete, quiz_attempt_submit
from lms.consents import consent_accept, offered_consent_texts
from lms.models import Consent, User
from lms.privacy.registry import registered, user_relations
from lms.privacy.services import PrivacyError, account_erase, personal_data_export
from tests import factories

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-and-unusual-passphrase"


def right_answers(lesson):
    check_id, check = next(iter(lesson.specific.knowledge_checks.items()))
    answers = {
        question.id: [o.id for o in question.options if o.is_correct]
        for question in check.questions
    }
    return check_id, answers


def learn(user, course, token):
    """Enrol, complete the first lesson, pass its check and agree to the workshops question."""
    enrolment_create(user=user, course=course)
    lesson = factories.first_lesson(course)
    lesson_complete(user=user, lesson=lesson)
    check_id, answers = right_answers(lesson)
    quiz_attempt_submit(user=user, lesson=lesson, check_id=check_id, answers=answers, token=token)
    consent_accept(user=user, consent_text=offered_consent_texts().get(slug="future-workshops"))


@pytest.fixture
def course():
    return factories.course(with_check=True)


@pytest.fixture
def other(course):
    olek = factories.person("olek@example.org", display_name="Olek Zielinski")
    learn(olek, course, token="olek-token")
    return olek


@pytest.fixture
def mira(course, other):
    mira = factories.person(
        "mira@example.org", password=PASSWORD, display_name="Mira", certificate_name="Mira Novak"
    )
    EmailAddress.objects.create(user=mira, email="mira.work@example.org", verified=False)
    learn(mira, course, token="mira-token")
    now = timezone.now()
    # Admin history: Mira edited a page; Olek, as an admin, edited Mira's account.
    PageLogEntry.objects.create(
        page=course, label=course.title, action="wagtail.edit", timestamp=now, user=mira
    )
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(User),
        object_id=str(mira.pk),
        label=str(mira),
        action="wagtail.edit",
        data={"email": mira.email},
        timestamp=now,
        user=other,
    )
    profile = UserProfile.get_for_user(mira)
    profile.avatar.save("mira.png", ContentFile(b"not really a png"))
    return mira


def unzip(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def records(files, label):
    return json.loads(files[f"{label}.json"])["records"]


def test_export_holds_the_persons_data_and_nothing_about_anyone_else(mira, other, course):
    files = unzip(personal_data_export(user=mira))

    assert set(files) == {"README.txt"} | {f"{entry.label}.json" for entry in registered()}
    (account,) = records(files, "lms.user")
    assert (account["email"], account["certificate_name"]) == ("mira@example.org", "Mira Novak")
    assert "password" not in account
    assert datetime.fromisoformat(account["date_joined"]).tzinfo is not None
    emails = {row["email"] for row in records(files, "account.emailaddress")}
    assert emails == {"mira@example.org", "mira.work@example.org"}
    (enrolment,) = records(files, "courses.enrolment")
    assert enrolment["course"] == course.title
    assert len(records(files, "courses.lessonprogress")) == 1
    (attempt,) = records(files, "courses.quizattempt")
    assert attempt["passed"] is True
    (consent,) = records(files, "lms.consent")
    assert (consent["question"], consent["version"]) == ("future-workshops", 1)
    assert len(records(files, "wagtailcore.pagelogentry")) == 1
    assert records(files, "wagtailcore.modellogentry") == []  # Olek's action, not Mira's
    for name in files:
        assert name in files["README.txt"] or name == "README.txt"
    everything = "".join(files.values()).lower()
    assert "olek" not in everything
    assert "zielinski" not in everything


def test_export_then_erase_leaves_no_row_that_references_the_person(mira, other, course):
    counts = {
        model: model.objects.filter(course=course).count()
        for model in (Enrolment, LessonProgress, QuizAttempt)
    }
    consents = Consent.objects.count()
    avatar = UserProfile.get_for_user(mira).avatar
    storage, avatar_name = avatar.storage, avatar.name
    personal_data_export(user=mira)

    account_erase(user=mira)

    for model in apps.get_models():
        for field in user_relations(model):
            lookup = field.name if field.many_to_many else field.attname
            rows = model._default_manager.filter(**{lookup: mira.pk})
            assert not rows.exists(), f"{model._meta.label}.{field.name} still names the person"
    assert not User.objects.filter(pk=mira.pk).exists()
    assert not EmailAddress.objects.filter(email__startswith="mira").exists()
    assert not ModelLogEntry.objects.filter(label__icontains="mira").exists()
    assert not storage.exists(avatar_name)
    # Anonymous aggregates survive, without the link to anyone.
    for model, count in counts.items():
        assert model.objects.filter(course=course).count() == count
        assert model.objects.filter(course=course, user=None).count() == 1
    assert Consent.objects.count() == consents
    assert Consent.objects.get(user=None).consent_text.version == 1
    assert PageLogEntry.objects.get(action="wagtail.edit").user_id is None
    # The other learner is untouched.
    assert Enrolment.objects.filter(user=other).count() == 1
    assert other.consents.filter(revoked_at=None).count() == 1


def test_erasing_an_account_twice_is_refused(mira):
    account_erase(user=mira)
    with pytest.raises(PrivacyError) as error:
        account_erase(user=mira)
    assert error.value.code == "already_erased"


def test_the_only_administrator_cannot_erase_their_account():
    admin = factories.person("admin@example.org", is_superuser=True, is_staff=True)
    with pytest.raises(PrivacyError) as error:
        account_erase(user=admin)
    assert error.value.code == "last_superuser"
    assert User.objects.filter(pk=admin.pk).exists()


# Through HTTP


@pytest.fixture
def signed_in(client, mira):
    client.force_login(mira)
    return client


def test_export_downloads_a_dated_zip_attachment(signed_in):
    response = signed_in.post("/accounts/privacy/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="my-data-ai-literacy-workshops-{today}.zip"'
    )
    assert "no-store" in response["Cache-Control"]
    assert records(unzip(response.content), "lms.user")[0]["email"] == "mira@example.org"


@pytest.mark.parametrize("url", ["/accounts/privacy/export/", "/accounts/privacy/consents/x/"])
def test_get_on_a_write_endpoint_is_refused(signed_in, url):
    assert signed_in.get(url).status_code == 405


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/accounts/privacy/"),
        ("get", "/accounts/privacy/delete/"),
        ("post", "/accounts/privacy/export/"),
        ("post", "/accounts/privacy/delete/"),
    ],
)
def test_privacy_pages_need_a_login(client, method, url):
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_privacy_page_explains_what_is_kept_and_links_to_download_and_delete(signed_in):
    response = signed_in.get("/accounts/privacy/")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'action="/accounts/privacy/export/"' in page
    assert 'href="/accounts/privacy/delete/"' in page
    assert "Kept without any link to you" in page
    assert "Your email addresses" in page
    assert 'href="/accounts/privacy/"' in signed_in.get("/accounts/profile/").content.decode()


def test_deleting_with_the_right_password_erases_logs_out_and_says_so(signed_in, mira):
    assert signed_in.get("/accounts/privacy/delete/").status_code == 200
    response = signed_in.post("/accounts/privacy/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not User.objects.filter(pk=mira.pk).exists()
    assert "Your account has been deleted" in signed_in.get("/").content.decode()
    assert signed_in.get("/accounts/profile/").status_code == 302


@pytest.mark.parametrize(
    "data",
    [{"password": "wrong-password"}, {}, {"password": ""}, {"password": "x" * 5000}],
    ids=["wrong", "missing", "empty", "too-long"],
)
def test_deleting_without_the_right_password_changes_nothing(signed_in, mira, data):
    response = signed_in.post("/accounts/privacy/delete/", data)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'role="alert"' in page
    assert "Your account has not been deleted" in page
    assert User.objects.filter(pk=mira.pk).exists()
    assert Enrolment.objects.filter(user=mira).exists()


def test_a_huge_delete_request_is_refused_and_changes_nothing(signed_in, mira):
    response = signed_in.post("/accounts/privacy/delete/", {"password": "x" * 3_000_000})
    assert response.status_code == 400
    assert User.objects.filter(pk=mira.pk).exists()


def test_guessing_the_password_on_the_delete_page_is_rate_limited(signed_in, mira):
    for _ in range(5):
        signed_in.post("/accounts/privacy/delete/", {"password": "guess"})
    response = signed_in.post("/accounts/privacy/delete/", {"password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed login attempts" in response.content.decode()
    assert User.objects.filter(pk=mira.pk).exists()


def test_a_forged_delete_request_without_csrf_token_is_refused(mira):
    client = Client(enforce_csrf_checks=True)
    client.force_login(mira)
    assert client.post("/accounts/privacy/delete/", {"password": PASSWORD}).status_code == 403
    assert client.post("/accounts/privacy/export/").status_code == 403
    assert User.objects.filter(pk=mira.pk).exists()


def test_an_account_made_without_an_email_record_can_still_be_deleted(client):
    staff = User.objects.create_user(email="staff@example.org", password=PASSWORD)
    client.force_login(staff)
    response = client.post("/accounts/privacy/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=staff.pk).exists()


def test_the_only_administrator_is_told_why_the_account_stays(client):
    admin = factories.person("admin@example.org", password=PASSWORD, is_superuser=True)
    client.force_login(admin)
    response = client.post("/accounts/privacy/delete/", {"password": PASSWORD})
    assert response.status_code == 409
    assert "only administrator" in response.content.decode()
    assert User.objects.filter(pk=admin.pk).exists()
