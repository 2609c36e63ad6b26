"""Certificates in the Wagtail admin: the index and record, revoking and correcting a name,
issuing and downloading a course's certificates, the page explorer's "Certificates" button and
the certificate templates (with their live PDF preview)."""

import io
import re
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from pypdf import PdfReader
from wagtail.models import GroupPagePermission, ModelLogEntry, Page

from certificates.models import Certificate, CertificateTemplate
from certificates.services import course_certificate_issue
from courses.models import LessonPage, ModulePage
from courses.services import enrolment_create, lesson_complete
from lms.roles import EDUCATORS, REVIEWERS
from tests import factories
from tests.workshops import factories as workshop_factories

pytestmark = pytest.mark.django_db

INDEX = "/admin/certificate/"
TEMPLATES = "/admin/snippets/certificates/certificatetemplate/"
ISSUE_BUTTON = "Issue their certificates"
NOT_VALID = "Only a valid certificate can be revoked or corrected."


def inspect_url(certificate):
    return f"{INDEX}inspect/{certificate.pk}/"


def revoke_url(certificate):
    return f"{INDEX}revoke/{certificate.pk}/"


def reissue_url(certificate):
    return f"{INDEX}reissue/{certificate.pk}/"


def course_url(course):
    return f"{INDEX}course/{course.pk}/"


def verify_url(certificate):
    return f"/verify/{certificate.code}/"


def complete(user, course):
    """Enrol and complete every lesson; the certificate task only runs if the caller captures
    the on-commit callbacks (in a plain test transaction they never run)."""
    enrolment_create(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        lesson_complete(user=user, lesson=lesson)


def logged_in(user, *, csrf=False):
    client = Client(enforce_csrf_checks=csrf)
    client.force_login(user)
    return client


def assert_sent_to_login(response):
    """Wagtail sends people without admin access to the site's (allauth) login page."""
    assert response.status_code == 302
    assert response["Location"].startswith(("/accounts/login/", "/admin/login/"))
    assert "next=" in response["Location"]


def snapshot(certificate):
    certificate.refresh_from_db()
    return (
        certificate.status,
        certificate.revoked_at,
        certificate.revocation_reason,
        certificate.superseded_by_id,
        certificate.recipient_name,
    )


@pytest.fixture
def course():
    return factories.course(title="Understanding training data", lessons_per_module=1)


@pytest.fixture
def learner(course):
    user = factories.person("ada@example.org", certificate_name="Ada Lovelace")
    complete(user, course)
    return user


@pytest.fixture
def certificate(learner, course):
    certificate, created = course_certificate_issue(user=learner, course=course)
    assert created
    return certificate


@pytest.fixture
def educator():
    return factories.person("educator@example.org", groups=[EDUCATORS])


@pytest.fixture
def educator_client(educator):
    return logged_in(educator)


@pytest.fixture
def reviewer_client():
    return logged_in(factories.person("reviewer@example.org", groups=[REVIEWERS]))


# --- access, revoking ----------------------------------------------------------------------


def test_an_educator_opens_the_index_the_record_and_the_action_pages(educator_client, certificate):
    index = educator_client.get(INDEX)
    assert index.status_code == 200
    assert certificate.code in index.content.decode()
    assert inspect_url(certificate) in index.content.decode()  # rows open the record

    record = educator_client.get(inspect_url(certificate))
    assert record.status_code == 200
    html = record.content.decode()
    assert verify_url(certificate) in html
    assert revoke_url(certificate) in html
    assert reissue_url(certificate) in html

    assert educator_client.get(revoke_url(certificate)).status_code == 200
    reissue = educator_client.get(reissue_url(certificate))
    assert reissue.status_code == 200
    assert 'value="Ada Lovelace"' in reissue.content.decode()
    assert 'value="ada@example.org"' in reissue.content.decode()


def test_a_learner_is_sent_to_the_admin_login_and_changes_nothing(learner, certificate):
    client = logged_in(learner)
    before = snapshot(certificate)
    for url in [
        INDEX,
        inspect_url(certificate),
        revoke_url(certificate),
        reissue_url(certificate),
    ]:
        assert_sent_to_login(client.get(url))
    assert_sent_to_login(client.post(revoke_url(certificate), {"reason": "Let me in"}))
    assert_sent_to_login(
        client.post(
            reissue_url(certificate), {"recipient_name": "Someone Else", "email": "x@example.org"}
        )
    )
    assert snapshot(certificate) == before
    assert Certificate.objects.count() == 1


def test_an_anonymous_visitor_is_sent_to_the_admin_login(client, certificate):
    assert_sent_to_login(client.get(revoke_url(certificate)))


def test_an_admin_user_who_may_only_view_certificates_cannot_revoke(certificate):
    group = Group.objects.create(name="Certificate readers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(codename="view_certificate"),
    )
    client = logged_in(factories.person("reader@example.org", groups=["Certificate readers"]))
    record = client.get(inspect_url(certificate))
    assert record.status_code == 200
    assert revoke_url(certificate) not in record.content.decode()
    assert reissue_url(certificate) not in record.content.decode()
    before = snapshot(certificate)
    response = client.post(revoke_url(certificate), {"reason": "I may not"})
    assert response.status_code in (302, 403)  # Wagtail turns PermissionDenied into a redirect
    assert snapshot(certificate) == before


def test_revoking_records_the_reason_logs_it_and_the_verification_page_says_so(
    educator, educator_client, certificate
):
    response = educator_client.post(revoke_url(certificate), {"reason": "Issued by mistake."})
    assert response.status_code == 302
    assert response["Location"] == inspect_url(certificate)

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revocation_reason == "Issued by mistake."
    assert certificate.revoked_at is not None
    entry = ModelLogEntry.objects.get(action="certificates.revoke")
    assert entry.object_id == str(certificate.pk)
    assert entry.user_id == educator.pk

    page = Client().get(verify_url(certificate)).content.decode()
    assert "Revoked." in page
    assert "Issued by mistake." in page

    # The record no longer offers the actions.
    record = educator_client.get(inspect_url(certificate)).content.decode()
    assert revoke_url(certificate) not in record
    assert reissue_url(certificate) not in record


def test_revoking_again_shows_the_refusal_and_a_post_changes_nothing(educator_client, certificate):
    assert educator_client.post(revoke_url(certificate), {"reason": "First."}).status_code == 302
    before = snapshot(certificate)

    page = educator_client.get(revoke_url(certificate))
    assert page.status_code == 200
    assert NOT_VALID in page.content.decode()
    assert 'name="reason"' not in page.content.decode()  # no form, only the refusal

    again = educator_client.post(revoke_url(certificate), {"reason": "Second."})
    assert again.status_code == 400
    assert NOT_VALID in again.content.decode()
    assert snapshot(certificate) == before
    assert ModelLogEntry.objects.filter(action="certificates.revoke").count() == 1


@pytest.mark.parametrize(
    "reason",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t ", id="blank"),
        pytest.param("x" * 1001, id="1001-chars"),
        pytest.param("x" * 5000, id="5000-chars"),
        pytest.param("\x01\x02\x07\x1b", id="control-characters-only"),
        pytest.param("\x00", id="nul"),
        pytest.param("\u200b\u202e", id="invisible-format-characters"),
    ],
)
def test_a_bad_reason_is_refused_with_400_and_nothing_changes(educator_client, certificate, reason):
    before = snapshot(certificate)
    response = educator_client.post(revoke_url(certificate), {"reason": reason})
    assert response.status_code == 400
    assert snapshot(certificate) == before
    assert not ModelLogEntry.objects.filter(action="certificates.revoke").exists()


def test_markup_in_a_reason_or_a_name_is_shown_as_text(educator_client, certificate):
    educator_client.post(
        reissue_url(certificate),
        {"recipient_name": "<b>Ada</b> <script>x()</script>", "email": "ada@example.org"},
    )
    new = Certificate.objects.get(status="valid")
    educator_client.post(revoke_url(new), {"reason": '<img src=x onerror="alert(1)">'})
    page = Client().get(verify_url(new)).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    record = educator_client.get(inspect_url(new)).content.decode()
    assert "<script>x()</script>" not in record
    assert "&lt;script&gt;x()&lt;/script&gt;" in record


def test_a_reason_of_exactly_1000_characters_is_accepted(educator_client, certificate):
    response = educator_client.post(revoke_url(certificate), {"reason": "r" * 1000})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "r" * 1000


def test_revoking_without_the_csrf_token_is_forbidden(educator, certificate):
    client = logged_in(educator, csrf=True)
    before = snapshot(certificate)
    response = client.post(revoke_url(certificate), {"reason": "Forged request."})
    assert response.status_code == 403
    assert snapshot(certificate) == before


def test_revoking_with_the_csrf_token_from_the_form_works(educator, certificate):
    client = logged_in(educator, csrf=True)
    form = client.get(revoke_url(certificate)).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    response = client.post(
        revoke_url(certificate), {"reason": "Real request.", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED


# --- correcting the name -------------------------------------------------------------------


def test_correcting_the_name_issues_a_new_certificate_and_supersedes_the_old(
    educator, educator_client, certificate
):
    response = educator_client.post(
        reissue_url(certificate),
        {"recipient_name": "Augusta Ada King", "email": "ada@example.org"},
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    new = certificate.superseded_by
    assert new is not None
    assert response["Location"] == inspect_url(new)
    assert certificate.status == Certificate.Status.SUPERSEDED
    assert new.status == Certificate.Status.VALID
    assert new.recipient_name == "Augusta Ada King"
    assert new.user_id == certificate.user_id
    assert new.achievement_key == certificate.achievement_key
    assert new.code != certificate.code
    assert new.credential and new.credential != certificate.credential
    entry = ModelLogEntry.objects.get(action="certificates.reissue")
    assert entry.object_id == str(new.pk) and entry.user_id == educator.pk

    old_page = Client().get(verify_url(certificate)).content.decode()
    assert "Superseded." in old_page
    assert verify_url(new) in old_page
    assert "Valid." in Client().get(verify_url(new)).content.decode()


@pytest.mark.parametrize("same", ["Ada Lovelace", "  Ada   Lovelace ", "Ada\u0000 Lovelace"])
def test_correcting_to_the_same_name_is_refused_with_the_message(
    educator_client, certificate, same
):
    before = snapshot(certificate)
    response = educator_client.post(
        reissue_url(certificate), {"recipient_name": same, "email": "ada@example.org"}
    )
    assert response.status_code == 400
    if "\x00" not in same:  # the form itself refuses a NUL character, with its own message
        assert "The corrected name is the same as the current one." in response.content.decode()
    assert snapshot(certificate) == before
    assert Certificate.objects.count() == 1


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"recipient_name": "Ada King", "email": "not-an-address"}, id="bad-email"),
        pytest.param({"recipient_name": "Ada King", "email": ""}, id="no-email"),
        pytest.param({"recipient_name": "A" * 5000, "email": "ada@example.org"}, id="5000-name"),
        pytest.param({"recipient_name": "A" * 301, "email": "ada@example.org"}, id="301-name"),
        pytest.param({"recipient_name": "", "email": "ada@example.org"}, id="no-name"),
        pytest.param({"recipient_name": "\x01\x02", "email": "ada@example.org"}, id="controls"),
    ],
)
def test_a_bad_correction_is_refused_with_400_and_nothing_changes(
    educator_client, certificate, data
):
    before = snapshot(certificate)
    response = educator_client.post(reissue_url(certificate), data)
    assert response.status_code == 400
    assert snapshot(certificate) == before
    assert Certificate.objects.count() == 1


def test_a_superseded_certificate_cannot_be_corrected_again(educator_client, certificate):
    educator_client.post(
        reissue_url(certificate), {"recipient_name": "Ada King", "email": "ada@example.org"}
    )
    response = educator_client.post(
        reissue_url(certificate), {"recipient_name": "Ada K.", "email": "ada@example.org"}
    )
    assert response.status_code == 400
    assert NOT_VALID in response.content.decode()
    assert Certificate.objects.count() == 2


# --- index: no add/edit/delete, search, filter, unknown ids --------------------------------


def test_certificates_cannot_be_added_edited_or_deleted_as_rows(educator_client, certificate):
    index = educator_client.get(INDEX).content.decode()
    assert f'href="{INDEX}new/"' not in index
    assert f"{INDEX}edit/" not in index
    assert f"{INDEX}delete/" not in index
    assert educator_client.get(f"{INDEX}new/").status_code == 404
    assert educator_client.get(f"{INDEX}edit/{certificate.pk}/").status_code == 404
    assert educator_client.get(f"{INDEX}delete/{certificate.pk}/").status_code == 404
    assert educator_client.post(f"{INDEX}delete/{certificate.pk}/").status_code == 404
    assert educator_client.post(f"{INDEX}new/", {"revocation_reason": "x"}).status_code == 404
    assert Certificate.objects.filter(pk=certificate.pk, status="valid").exists()


def test_the_index_has_no_add_button_even_for_a_superuser(certificate):
    admin = factories.person("root@example.org", is_superuser=True, is_staff=True)
    client = logged_in(admin)
    index = client.get(INDEX).content.decode()
    assert f"{INDEX}new/" not in index
    assert client.get(f"{INDEX}new/").status_code == 404


def listed_codes(client, query):
    html = client.get(INDEX, query).content.decode()
    return {
        code
        for code in Certificate.objects.values_list("code", flat=True)
        if code in html  # codes are random 16-character strings: no accidental matches
    }


@pytest.fixture
def three_certificates(course, certificate):
    others = []
    for email, name in [("bo@example.org", "Bo Zhang"), ("cy@example.org", "Cyrus Vance")]:
        user = factories.person(email, certificate_name=name)
        complete(user, course)
        others.append(course_certificate_issue(user=user, course=course)[0])
    return [certificate, *others]


def test_search_finds_a_certificate_by_code_and_by_recipient_name(
    educator_client, three_certificates
):
    ada, bo, cy = three_certificates
    assert listed_codes(educator_client, {"q": bo.code}) == {bo.code}
    assert listed_codes(educator_client, {"q": bo.code.lower()}) == {bo.code}
    assert listed_codes(educator_client, {"q": "Zhang"}) == {bo.code}
    assert listed_codes(educator_client, {"q": "cyrus"}) == {cy.code}
    assert listed_codes(educator_client, {"q": "nobody-has-this-name"}) == set()
    assert listed_codes(educator_client, {}) == {ada.code, bo.code, cy.code}


def test_the_index_filters_by_status(educator_client, three_certificates):
    ada, bo, cy = three_certificates
    educator_client.post(revoke_url(bo), {"reason": "Duplicate."})
    assert listed_codes(educator_client, {"status": "revoked"}) == {bo.code}
    assert listed_codes(educator_client, {"status": "valid"}) == {ada.code, cy.code}
    assert listed_codes(educator_client, {"status": "superseded"}) == set()


@pytest.mark.parametrize("pk", ["999999", "abc", "-1", "1.5", "%20"])
def test_unknown_or_non_numeric_ids_are_404(educator_client, certificate, pk):
    for action in ("inspect", "revoke", "reissue"):
        response = educator_client.get(f"{INDEX}{action}/{pk}/")
        assert response.status_code == 404, action
    assert educator_client.post(f"{INDEX}revoke/{pk}/", {"reason": "x"}).status_code == 404
    assert educator_client.get(f"{INDEX}course/{pk}/").status_code == 404


def test_the_course_page_of_a_non_course_page_is_404(educator_client, course):
    module = ModulePage.objects.child_of(course).get()
    assert educator_client.get(course_url(module)).status_code == 404


# --- a course's certificates ---------------------------------------------------------------


@pytest.fixture
def completions(course):
    """Two learners who completed the course (no certificate yet), one who did not."""
    people = []
    for email, name in [("ines@example.org", "Inès Moreau"), ("jun@example.org", "Jun Park")]:
        user = factories.person(email, certificate_name=name)
        complete(user, course)
        people.append(user)
    unfinished = factories.person("kai@example.org", certificate_name="Kai Unfinished")
    enrolment_create(user=unfinished, course=course)
    return people


def test_the_course_page_lists_completions_without_a_certificate_and_issues_them_once(
    educator_client, course, completions, django_capture_on_commit_callbacks
):
    page = educator_client.get(course_url(course))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Inès Moreau" in html and "Jun Park" in html
    assert "Kai Unfinished" not in html  # enrolled, not completed
    assert ISSUE_BUTTON in html
    assert page.context["issued"] == 0

    with django_capture_on_commit_callbacks(execute=True):
        response = educator_client.post(course_url(course))
    assert response.status_code == 302
    certificates = list(Certificate.objects.filter(course=course))
    assert sorted(c.recipient_name for c in certificates) == ["Inès Moreau", "Jun Park"]
    assert all(c.status == Certificate.Status.VALID for c in certificates)
    assert all(c.pdf for c in certificates)  # the on-commit PDF task ran
    for certificate in certificates:
        with certificate.pdf.open("rb") as pdf:
            assert pdf.read(5) == b"%PDF-"

    page = educator_client.get(course_url(course))
    html = page.content.decode()
    assert page.context["issued"] == 2
    assert "Inès Moreau" not in html and "Jun Park" not in html
    assert ISSUE_BUTTON not in html
    assert "?download=zip" in html

    with django_capture_on_commit_callbacks(execute=True):
        educator_client.post(course_url(course))
    assert Certificate.objects.filter(course=course).count() == 2


def test_the_zip_holds_one_pdf_per_valid_certificate_named_by_its_code(
    educator_client, course, completions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        educator_client.post(course_url(course))
    revoked = Certificate.objects.filter(course=course).order_by("pk").first()
    educator_client.post(revoke_url(revoked), {"reason": "Completed by someone else."})
    valid = Certificate.objects.filter(course=course, status="valid")

    response = educator_client.get(course_url(course), {"download": "zip"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert f"certificates-{course.slug}.zip" in response["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = archive.namelist()
        assert sorted(names) == sorted(f"{c.code}.pdf" for c in valid)
        for name in names:
            assert archive.read(name).startswith(b"%PDF")
    assert f"{revoked.code}.pdf" not in names


def test_issuing_a_courses_certificates_does_not_undo_a_revocation(
    educator_client, course, completions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        educator_client.post(course_url(course))
    revoked = Certificate.objects.get(course=course, recipient_name="Jun Park")
    educator_client.post(revoke_url(revoked), {"reason": "Someone else did the course."})

    html = educator_client.get(course_url(course)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        educator_client.post(course_url(course))

    assert "Jun Park" not in html  # not offered as "without a certificate"
    assert not Certificate.objects.filter(
        course=course, user=revoked.user, status=Certificate.Status.VALID
    ).exists()


def test_an_empty_course_gives_an_empty_zip(educator_client, course):
    response = educator_client.get(course_url(course), {"download": "zip"})
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.namelist() == []


def test_someone_who_cannot_edit_the_course_gets_404(course, completions):
    group = Group.objects.create(name="Certificate issuers without pages")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(codename="view_certificate"),
        Permission.objects.get(codename="add_certificate"),
        Permission.objects.get(codename="change_certificate"),
    )
    client = logged_in(
        factories.person("issuer@example.org", groups=["Certificate issuers without pages"])
    )
    assert client.get(INDEX).status_code == 200  # they are in the admin…
    assert client.get(course_url(course)).status_code == 404  # …but this course is not theirs
    assert client.get(course_url(course), {"download": "zip"}).status_code == 404
    assert client.post(course_url(course)).status_code == 404
    assert not Certificate.objects.exists()


def test_a_learner_cannot_open_or_post_the_course_page(course, completions):
    client = logged_in(completions[0])
    for response in [
        client.get(course_url(course)),
        client.get(course_url(course), {"download": "zip"}),
        client.post(course_url(course)),
    ]:
        assert_sent_to_login(response)
    assert not Certificate.objects.exists()


# --- the page explorer's "Certificates" button ---------------------------------------------


def test_the_certificates_button_is_on_course_pages_only(educator_client, course):
    module = ModulePage.objects.child_of(course).get()
    lesson = LessonPage.objects.child_of(module).get()
    course_link = course_url(course)

    # The courses index lists the course with the button in its "More" menu.
    listing = educator_client.get(f"/admin/pages/{course.get_parent().pk}/").content.decode()
    assert f'href="{course_link}"' in listing
    # The course's own explorer page and edit page carry it in the header.
    assert (
        f'href="{course_link}"'
        in educator_client.get(f"/admin/pages/{course.pk}/").content.decode()
    )
    assert (
        f'href="{course_link}"'
        in educator_client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    )

    # Modules and lessons get no such button.
    for page in (module, lesson):
        wrong_link = f'href="{course_url(page)}"'
        for url in (f"/admin/pages/{page.pk}/", f"/admin/pages/{page.pk}/edit/"):
            assert wrong_link not in educator_client.get(url).content.decode(), url
    module_listing = educator_client.get(f"/admin/pages/{course.pk}/").content.decode()
    assert f'href="{course_url(module)}"' not in module_listing


def test_the_certificates_button_needs_the_add_certificate_permission(course):
    group = Group.objects.create(name="Page editors only")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    GroupPagePermission.objects.create(
        group=group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="change_page"),
    )
    client = logged_in(factories.person("pages@example.org", groups=["Page editors only"]))
    listing = client.get(f"/admin/pages/{course.get_parent().pk}/")
    assert listing.status_code == 200
    assert course_url(course) not in listing.content.decode()
    assert course_url(course) not in client.get(f"/admin/pages/{course.pk}/").content.decode()


# --- certificate templates -----------------------------------------------------------------


def template_data(**changes):
    data = {
        "name": "Museum certificate",
        "is_default": "",
        "language": "en",
        "page_size": "A4",
        "primary_colour": "#1F3A5F",
        "accent_colour": "#9c7a3c",
        "logo": "",
        "partner": "",
        "wording": "has successfully completed",
        "signatory_name": "Dr Amara Okafor",
        "signatory_title": "Director of Learning",
        "signature_image": "",
    }
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return data


def field_errors(response):
    """{field name: [messages]} from the form in the response context."""
    form = response.context["form"]
    return {name: [str(e) for e in errors] for name, errors in form.errors.items()}


def added():
    """Templates other than the one the migrations create."""
    return CertificateTemplate.objects.exclude(pk=DEFAULT.pk)


DEFAULT = CertificateTemplate(pk=None)


@pytest.fixture(autouse=True)
def _migrations_default_template():
    """The migrations create one default template, so certificates can be issued at once."""
    DEFAULT.pk = CertificateTemplate.objects.get(is_default=True).pk


def test_a_reviewer_adds_a_template(reviewer_client):
    response = reviewer_client.post(f"{TEMPLATES}add/", template_data())
    assert response.status_code == 302
    template = added().get()
    assert template.name == "Museum certificate"
    assert not template.is_default
    assert template.primary_colour == "#1F3A5F"
    assert template.language == "en"
    assert template.signatory_name == "Dr Amara Okafor"


@pytest.mark.parametrize("colour", ["red", "#12345g", "#12345", "#1234567", "123456", "#fff", ""])
def test_a_colour_that_is_not_rrggbb_is_a_form_error(reviewer_client, colour):
    response = reviewer_client.post(f"{TEMPLATES}add/", template_data(primary_colour=colour))
    assert response.status_code == 200
    assert "primary_colour" in field_errors(response)
    assert not added().exists()


@pytest.mark.parametrize("language", ["en", "fr", "ar", "pt-BR", "zh-Hant-TW", "sr-Latn"])
def test_a_bcp47_language_tag_is_accepted(reviewer_client, language):
    response = reviewer_client.post(f"{TEMPLATES}add/", template_data(language=language))
    assert response.status_code == 302
    assert added().get().language == language


@pytest.mark.parametrize(
    "language", ["english", "e", "en-", "en_GB", "en GB", "-en", "en-toolongsubtag", "<b>", ""]
)
def test_a_language_that_is_not_a_bcp47_tag_is_a_form_error(reviewer_client, language):
    response = reviewer_client.post(f"{TEMPLATES}add/", template_data(language=language))
    assert response.status_code == 200
    assert "language" in field_errors(response)
    assert not added().exists()


def test_a_second_default_template_is_refused_with_a_form_error(reviewer_client):
    response = reviewer_client.post(f"{TEMPLATES}add/", template_data(is_default="on"))
    # The model's conditional UniqueConstraint is validated with the form: the page comes back
    # with an error (not an IntegrityError and a 500), and nothing is saved.
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors
    assert CertificateTemplate.objects.filter(is_default=True).get().pk == DEFAULT.pk
    assert not added().exists()
    assert errors["__all__"] == [
        "Another template is already the default. Untick “default template” there first."
    ]


def test_a_second_default_template_is_explained_in_words_a_reviewer_understands(
    reviewer_client,
):
    response = reviewer_client.post(f"{TEMPLATES}add/", template_data(is_default="on"))
    messages = " ".join(
        str(e) for errors in response.context["form"].errors.values() for e in errors
    )
    assert "one_default_template" not in messages
    assert "default" in messages.lower()


def test_making_a_second_template_default_by_editing_is_refused(reviewer_client):
    other = CertificateTemplate.objects.create(name="Partner look")
    response = reviewer_client.post(
        f"{TEMPLATES}edit/{other.pk}/", template_data(name="Partner look", is_default="on")
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    other.refresh_from_db()
    assert not other.is_default
    assert other.wording == ""


def test_the_default_template_can_still_be_edited(reviewer_client):
    response = reviewer_client.post(
        f"{TEMPLATES}edit/{DEFAULT.pk}/",
        template_data(name="Default", is_default="on", wording="has completed"),
    )
    assert response.status_code == 302
    default = CertificateTemplate.objects.get(pk=DEFAULT.pk)
    assert default.is_default and default.wording == "has completed"


def test_the_default_can_move_to_another_template_once_the_first_is_unset(reviewer_client):
    reviewer_client.post(f"{TEMPLATES}edit/{DEFAULT.pk}/", template_data(name="Default"))
    response = reviewer_client.post(f"{TEMPLATES}add/", template_data(is_default="on"))
    assert response.status_code == 302
    assert CertificateTemplate.objects.get(is_default=True).name == "Museum certificate"


def test_the_live_preview_of_a_co_branded_template_is_a_pdf(reviewer_client):
    partner = workshop_factories.partner(name="Northern Digital Culture Lab")
    preview = f"{TEMPLATES}preview/"
    state = reviewer_client.post(
        preview, template_data(partner=str(partner.pk), primary_colour="#336699")
    )
    assert state.status_code == 200
    assert state.json() == {"is_valid": True, "is_available": True}

    response = reviewer_client.get(preview)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Northern Digital Culture Lab" in re.sub(r"\s+", " ", text)


def test_the_preview_of_an_existing_template_is_a_pdf(reviewer_client):
    partner = workshop_factories.partner(name="Riverside Gallery")
    template = CertificateTemplate.objects.create(name="Partner look", partner=partner)
    preview = f"{TEMPLATES}preview/{template.pk}/"
    state = reviewer_client.post(preview, template_data(name="Partner look", partner=partner.pk))
    assert state.json()["is_valid"] is True
    response = reviewer_client.get(preview)
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_serve_preview_renders_a_pdf(rf):
    partner = workshop_factories.partner(name="Riverside Gallery")
    template = CertificateTemplate(name="Unsaved", partner=partner, language="fr")
    response = template.serve_preview(rf.get("/"), template.default_preview_mode)
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_an_invalid_template_has_no_preview(reviewer_client):
    preview = f"{TEMPLATES}preview/"
    state = reviewer_client.post(preview, template_data(primary_colour="red"))
    assert state.json()["is_valid"] is False
    response = reviewer_client.get(preview)
    assert response["Content-Type"].startswith("text/html")


def test_an_educator_sees_templates_but_cannot_add_or_change_them(educator_client):
    template = CertificateTemplate.objects.get(pk=DEFAULT.pk)
    assert educator_client.get(TEMPLATES).status_code == 200

    add = educator_client.get(f"{TEMPLATES}add/")
    assert add.status_code in (302, 403)
    response = educator_client.post(f"{TEMPLATES}add/", template_data(name="Sneaky"))
    assert response.status_code in (302, 403)
    assert not CertificateTemplate.objects.filter(name="Sneaky").exists()

    response = educator_client.post(
        f"{TEMPLATES}edit/{template.pk}/", template_data(name="Renamed", is_default="on")
    )
    assert response.status_code in (302, 403)
    template.refresh_from_db()
    assert template.name == "Default"

    preview = educator_client.post(f"{TEMPLATES}preview/", template_data())
    assert preview.status_code in (302, 403)
