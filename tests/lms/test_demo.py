"""`load_demo` builds a living site with real, cited courses, and is safe to run again."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage
from lms.demo.courses import ALL_COURSES
from lms.demo.loader import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    report, _password = load_demo(password="demo-test-password")
    return report


def test_demo_builds_courses_modules_and_lessons(demo, client):
    assert CoursePage.objects.live().count() >= 2
    assert ModulePage.objects.live().count() >= 5
    assert LessonPage.objects.live().count() >= 15
    for lesson in LessonPage.objects.live():
        assert client.get(lesson.url).status_code == 200, lesson.url


def test_every_demo_lesson_cites_its_sources(demo):
    for lesson in LessonPage.objects.live():
        types = [block.block_type for block in lesson.body]
        assert types[-1] == "sources", lesson.title
        citations = lesson.body[-1].value["citations"]
        assert all(citation["title"] for citation in citations)


def test_demo_images_have_alt_text(demo):
    for lesson in LessonPage.objects.live():
        for block in lesson.body:
            if block.block_type in ("image", "content_credentials"):
                assert block.value["alt_text"].strip()
            if block.block_type == "compare_exercise":
                assert all(item["alt_text"].strip() for item in block.value["items"])
            if block.block_type == "comparison":
                assert block.value["first"]["alt_text"].strip()
                assert block.value["second"]["alt_text"].strip()
    for course in CoursePage.objects.live().exclude(image=None):
        assert course.image_alt_text.strip()


def test_demo_covers_the_workshop_topics(demo):
    text = " ".join(
        str(block.value) for lesson in LessonPage.objects.live() for block in lesson.body
    ).lower()
    for topic in [
        "laion",
        "fair use",
        "article 4",
        "ai act",
        "robots.txt",
        "glaze",
        "nightshade",
        "c2pa",
        "creative commons",
    ]:
        assert topic in text, topic


def test_running_the_demo_twice_changes_no_counts(demo):
    counts = (Page.objects.count(), get_image_model().objects.count())
    load_demo(password="demo-test-password")
    assert (Page.objects.count(), get_image_model().objects.count()) == counts


def test_demo_accounts_log_in_and_have_their_roles(demo, client):
    User = get_user_model()
    assert client.login(username="learner@example.org", password="demo-test-password")
    educator = User.objects.get(email="educator@example.org")
    reviewer = User.objects.get(email="reviewer@example.org")
    assert list(educator.groups.values_list("name", flat=True)) == ["Educators"]
    assert list(reviewer.groups.values_list("name", flat=True)) == ["Reviewers"]


def test_prerequisites_from_the_content_are_linked(demo):
    wanted = {spec["slug"]: set(spec.get("prerequisites", [])) for spec in ALL_COURSES}
    assert any(wanted.values())
    for course in CoursePage.objects.all():
        assert set(course.prerequisites.values_list("slug", flat=True)) == wanted[course.slug]


def test_command_prints_the_accounts(capsys):
    call_command("load_demo", "--password", "printed-password")
    output = capsys.readouterr().out
    assert "educator@example.org" in output and "printed-password" in output


def test_demo_learner_is_part_way_through_a_course(demo, client):
    assert client.login(username="learner@example.org", password="demo-test-password")
    html = client.get("/dashboard/").content.decode()
    assert "2 of " in html and "lessons done" in html


def test_demo_has_bookable_workshop_sessions(demo, client):
    from workshops.models import Session

    upcoming = Session.objects.filter(status="scheduled")
    assert upcoming.count() >= 4
    html = client.get("/workshops/").content.decode()
    assert "Opt-out clinic" in html and "seats left" in html
    total = Session.objects.count()
    load_demo(password="demo-test-password")
    assert Session.objects.count() == total


def test_the_demo_coordinator_answers_the_demo_group_request(demo, client):
    from workshops.models import GroupRequest, PartnerMembership

    assert client.login(username="coordinator@example.org", password="demo-test-password")
    listing = client.get("/admin/grouprequest/")
    assert listing.status_code == 200 and "Hillside Academy" in listing.content.decode()
    request = GroupRequest.objects.get(organisation="Hillside Academy")
    assert client.get(f"/admin/grouprequest/accept/{request.pk}/").status_code == 200
    load_demo(password="demo-test-password")
    assert GroupRequest.objects.filter(organisation="Hillside Academy").count() == 1
    assert PartnerMembership.objects.filter(user__email="educator@example.org").count() == 1


def test_the_demo_has_a_closed_session_whose_attendance_earned_certificates(
    django_capture_on_commit_callbacks,
):
    from certificates.models import Certificate
    from workshops.models import Attendance, Session

    with django_capture_on_commit_callbacks(execute=True):
        load_demo(password="demo-test-password")
    session = Session.objects.get(status=Session.Status.COMPLETED)
    statuses = list(Attendance.objects.filter(session=session).values_list("status", flat=True))
    assert statuses.count("present") == 8 and statuses.count("absent") == 3
    assert Certificate.objects.filter(user__email="learner@example.org").count() == 1
    assert Certificate.objects.count() == 8
