"""Submitting a knowledge check: graded on the server, feedback shown, bad submissions refused."""

import pytest
from django.test import Client

from courses.models import LessonPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson():
    course = factories.course(lessons_per_module=1, with_check=True)
    return LessonPage.objects.get(pk=factories.first_lesson(course).pk)


def check_ids(lesson):
    (block_id,) = lesson.knowledge_checks
    check = lesson.knowledge_checks[block_id]
    questions = [(q.id, [(o.id, o.is_correct) for o in q.options]) for q in check.questions]
    return block_id, questions


def submit_url(lesson, block_id):
    return f"{lesson.url}check/{block_id}/"


def right_answers(questions):
    return {f"q-{qid}": [oid for oid, correct in options if correct] for qid, options in questions}


def test_lesson_page_never_sends_answers_or_feedback_before_submission(client, lesson):
    html = client.get(lesson.url).content.decode()
    assert "Does a robots.txt rule remove your images" in html
    assert "Right: it only affects future crawls." not in html
    assert "is_correct" not in html and "Correct choice" not in html


def test_right_answers_pass_and_show_feedback(client, lesson):
    block_id, questions = check_ids(lesson)
    response = client.post(submit_url(lesson, block_id), right_answers(questions))
    html = response.content.decode()
    assert response.status_code == 200
    assert "you passed this check" in html
    assert "2 of 2 questions right (100%; pass mark 100%)" in html
    assert "Right: it only affects future crawls." in html


def test_wrong_answer_shows_that_options_feedback_and_fails(client, lesson):
    block_id, questions = check_ids(lesson)
    answers = right_answers(questions)
    (first_qid, first_options) = questions[0]
    answers[f"q-{first_qid}"] = [oid for oid, correct in first_options if not correct]
    html = client.post(submit_url(lesson, block_id), answers).content.decode()
    assert "It only asks crawlers not to fetch again." in html
    assert "Not quite yet" in html
    assert "1 of 2 questions right (50%" in html


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(
            lambda q: {f"q-{q[0][0]}": [q[1][1][0][0]]}, id="option-from-another-question"
        ),
        pytest.param(lambda q: {f"q-{q[0][0]}": [q[0][1][0][0]] * 2}, id="duplicate-option"),
        pytest.param(lambda q: {}, id="missing-answers"),
        pytest.param(lambda q: {f"q-{q[0][0]}": ["<script>alert(1)</script>"]}, id="hostile-value"),
        pytest.param(lambda q: {f"q-{i}": ["x"] for i in range(500)}, id="huge-payload"),
    ],
)
def test_tampered_submissions_get_a_clear_400(client, lesson, tamper):
    block_id, questions = check_ids(lesson)
    response = client.post(submit_url(lesson, block_id), tamper(questions))
    html = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in html
    assert "<script>alert(1)</script>" not in html
    assert "you passed" not in html


def test_unknown_check_is_404_and_get_is_405(client, lesson):
    block_id, _questions = check_ids(lesson)
    assert client.post(submit_url(lesson, "no-such-block"), {}).status_code == 404
    assert client.get(submit_url(lesson, block_id)).status_code == 405


def test_submission_without_csrf_token_is_refused(lesson):
    block_id, questions = check_ids(lesson)
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(submit_url(lesson, block_id), right_answers(questions)).status_code == 403


def test_check_of_a_draft_lesson_is_404(client, lesson):
    block_id, questions = check_ids(lesson)
    lesson.unpublish()
    assert client.post(submit_url(lesson, block_id), right_answers(questions)).status_code == 404
