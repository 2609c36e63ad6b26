"""The learner journey: enrol, read in order, pass checks, complete the course once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.services import LearningError, enrolment_create, lesson_complete
from courses.signals import course_completed
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = factories.person("lena@example.org", display_name="Lena")
    client.force_login(user)
    return user


@pytest.fixture
def course():
    return factories.course(modules=2, lessons_per_module=2, with_check=True)


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def check_answers(lesson, *, right=True):
    (check_id,) = lesson.knowledge_checks
    check = lesson.knowledge_checks[check_id]
    data = {}
    for question in check.questions:
        options = question.options
        correct = [o.id for o in options if o.is_correct]
        wrong = [o.id for o in options if not o.is_correct]
        data[f"q-{question.id}"] = correct if right else wrong[:1]
    return check_id, data


def test_enrolling_needs_a_login_and_a_post(client, course):
    assert client.get(f"{course.url}enrol/").status_code == 405
    response = client.post(f"{course.url}enrol/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_one_click_enrolment_shows_progress_and_where_to_start(client, learner, course):
    response = client.post(f"{course.url}enrol/")
    assert response.status_code == 302
    assert Enrolment.objects.get(user=learner, course=course).is_active
    html = client.get(course.url).content.decode()
    assert "0 of 4 lessons done" in html
    assert "Start: Lesson 1.1" in html
    assert client.post(f"{course.url}enrol/").status_code == 302  # enrolling twice is harmless
    assert Enrolment.objects.count() == 1


def test_a_draft_course_cannot_be_enrolled_in(client, learner):
    draft = factories.course(publish=False)
    assert client.post(f"{draft.url}enrol/").status_code == 404
    with pytest.raises(LearningError) as raised:
        enrolment_create(user=learner, course=draft)
    assert raised.value.code == "course_unavailable"
    assert not Enrolment.objects.exists()


def test_missing_prerequisites_are_explained_and_enforced(client, learner, course):
    basics = factories.course(title="Basics of training data", lessons_per_module=1)
    course.prerequisites.set([basics])
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    assert "To enrol, first complete:" in html and "Basics of training data" in html
    response = client.post(f"{course.url}enrol/")
    assert response.status_code == 400
    assert "Complete the courses this one builds on first." in response.content.decode()
    assert not Enrolment.objects.filter(course=course).exists()

    enrolment_create(user=learner, course=basics)
    lesson_complete(user=learner, lesson=factories.first_lesson(basics))
    assert Enrolment.objects.get(course=basics).completed_at is not None
    assert client.post(f"{course.url}enrol/").status_code == 302


def test_leaving_keeps_progress_and_rejoining_restores_it(client, learner, course):
    client.post(f"{course.url}enrol/")
    first = lessons_of(course)[0]
    client.post(f"{first.url}complete/")
    client.post(f"{course.url}withdraw/")
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.status == "withdrawn" and enrolment.withdrawn_at
    assert LessonProgress.objects.filter(user=learner, completed_at__isnull=False).count() == 1
    assert "Re-join this course" in client.get(course.url).content.decode()
    client.post(f"{course.url}enrol/")
    assert "1 of 4 lessons done" in client.get(course.url).content.decode()


def test_resume_takes_the_learner_back_to_the_last_lesson_opened(client, learner, course):
    client.post(f"{course.url}enrol/")
    third = lessons_of(course)[2]
    client.get(third.url)
    assert (
        f"Continue: {third.title}" not in client.get(course.url).content.decode()
    )  # nothing done yet
    assert f"Start: {third.title}" in client.get(course.url).content.decode()
    assert Enrolment.objects.get(user=learner).last_lesson_id == third.pk


def test_marking_complete_moves_on_to_the_next_lesson(client, learner, course):
    client.post(f"{course.url}enrol/")
    first, second = lessons_of(course)[:2]
    response = client.post(f"{first.url}complete/", {"next": "next"})
    assert response["Location"] == second.url
    assert "You have completed this lesson." in client.get(first.url).content.decode()


def test_progress_cannot_be_recorded_without_enrolling_in_that_course(client, learner, course):
    other = factories.course(title="Another course")
    client.post(f"{other.url}enrol/")
    response = client.post(f"{lessons_of(course)[0].url}complete/")
    assert response.status_code == 400
    assert "Enrol in the course" in response.content.decode()
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_attempts_are_stored_for_enrolled_learners_and_replays_are_not_counted(
    client, learner, course
):
    client.post(f"{course.url}enrol/")
    lesson = lessons_of(course)[0]
    check_id, answers = check_answers(lesson, right=False)
    submission = {**answers, "token": "a" * 32}
    first = client.post(f"{lesson.url}check/{check_id}/", submission)
    replay = client.post(f"{lesson.url}check/{check_id}/", submission)
    assert first.status_code == replay.status_code == 200
    attempt = QuizAttempt.objects.get()
    assert (attempt.number, attempt.score_percent, attempt.passed) == (1, 0, False)
    assert len(attempt.wrong_questions) == 2
    assert "Your result is saved." in first.content.decode()


def test_attempt_limit_is_enforced(client, learner, course):
    lesson = lessons_of(course)[0]
    body = list(lesson.body.raw_data)
    for block in body:
        if block["type"] == "knowledge_check":
            block["value"]["max_attempts"] = 1
    lesson.body = body
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    client.post(f"{course.url}enrol/")
    check_id, answers = check_answers(lesson, right=False)
    assert (
        client.post(f"{lesson.url}check/{check_id}/", {**answers, "token": "1" * 32}).status_code
        == 200
    )
    refused = client.post(f"{lesson.url}check/{check_id}/", {**answers, "token": "2" * 32})
    assert refused.status_code == 409
    assert "used every attempt" in refused.content.decode()
    assert QuizAttempt.objects.count() == 1


def test_visitors_are_graded_but_nothing_is_stored(client, course):
    lesson = lessons_of(course)[0]
    check_id, answers = check_answers(lesson)
    response = client.post(f"{lesson.url}check/{check_id}/", {**answers, "token": "b" * 32})
    assert "you passed this check" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_course_completes_once_when_lessons_are_done_and_checks_passed(
    client, learner, course, django_capture_on_commit_callbacks
):
    sent = []

    def receiver(**kwargs):
        sent.append(kwargs["enrolment"].pk)

    course_completed.connect(receiver)
    try:
        client.post(f"{course.url}enrol/")
        lessons = lessons_of(course)
        for lesson in lessons:
            client.post(f"{lesson.url}complete/")
        assert Enrolment.objects.get().completed_at is None  # checks not passed yet
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in lessons:
                if lesson.knowledge_checks:
                    check_id, answers = check_answers(lesson)
                    token = f"t{lesson.pk}"
                    client.post(f"{lesson.url}check/{check_id}/", {**answers, "token": token})
        enrolment = Enrolment.objects.get()
        assert enrolment.completed_at is not None
        completed_at = enrolment.completed_at
        check_id, answers = check_answers(lessons[0])
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"{lessons[0].url}check/{check_id}/", {**answers, "token": "again"})
        assert Enrolment.objects.get().completed_at == completed_at
        assert sent == [enrolment.pk]
    finally:
        course_completed.disconnect(receiver)
    assert "Completed on" in client.get(course.url).content.decode()


def test_dashboard_lists_courses_progress_recent_lessons_and_completions(client, learner, course):
    client.post(f"{course.url}enrol/")
    first = lessons_of(course)[0]
    client.get(first.url)
    client.post(f"{first.url}complete/")
    html = client.get("/dashboard/").content.decode()
    assert course.title in html
    assert "1 of 4 lessons done" in html
    assert "Recently visited lessons" in html and first.title in html
    assert "Workshop bookings" in html and "Certificates" in html


def test_dashboard_needs_a_login(client):
    assert client.get("/dashboard/")["Location"].startswith("/accounts/login/")


def _enrol_others(course, count):
    people = [factories.person(f"p{i}-{course.pk}@example.org") for i in range(count)]
    Enrolment.objects.bulk_create(Enrolment(user=p, course=course) for p in people)


@pytest.mark.parametrize("url_of", ["dashboard", "course", "lesson"])
def test_learner_pages_keep_their_query_count_from_5_to_200_learners(client, learner, url_of):
    small, large = factories.course(lessons_per_module=2), factories.course(lessons_per_module=2)
    _enrol_others(small, 5)
    _enrol_others(large, 200)

    def queries(course):
        enrolment_create(user=learner, course=course)
        url = {
            "dashboard": "/dashboard/",
            "course": course.url,
            "lesson": lessons_of(course)[1].url,
        }[url_of]
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        Enrolment.objects.filter(user=learner).delete()
        return len(captured.captured_queries)

    assert queries(small) == queries(large)
    assert CoursePage.objects.count() == 2
