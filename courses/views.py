"""Thin views for course pages that are more than a page render."""

import secrets

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .grading import SubmissionError, grade_check
from .services import (
    LearningError,
    enrolment_create,
    enrolment_withdraw,
    lesson_complete,
    quiz_attempt_submit,
)

ANSWER_PREFIX = "q-"
MAX_ANSWER_FIELDS = 200
TOKEN_LENGTH = 32


def new_attempt_token():
    """A fresh one-time token for a knowledge-check form (replays reuse it)."""
    return secrets.token_hex(TOKEN_LENGTH // 2)


def _answers_from(post):
    return {
        key.removeprefix(ANSWER_PREFIX): [value for value in post.getlist(key) if value]
        for key in post
        if key.startswith(ANSWER_PREFIX)
    }


def _learner_post(request, page):
    """None if the request may go on; else the response for a wrong method or no login."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    return None


def _render_with_status(page, request, status, **context):
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def _learner_action(request, page, action, *, success, error_key, then=None):
    """POST-only, logged-in action on a page: run it, or show the page with the reason (400)."""
    refusal = _learner_post(request, page)
    if refusal:
        return refusal
    try:
        action(user=request.user)
    except LearningError as error:
        return _render_with_status(page, request, 400, **{error_key: error})
    messages.success(request, success)
    return redirect((then and then()) or page.url)


def enrol(request, course):
    """Enrol the learner, or explain (400) what stands in the way."""
    return _learner_action(
        request,
        course,
        lambda user: enrolment_create(user=user, course=course),
        success=_("You are enrolled. Your progress will be saved as you go."),
        error_key="enrol_error",
    )


def withdraw(request, course):
    """Leave the course; progress is kept for when the learner comes back."""
    return _learner_action(
        request,
        course,
        lambda user: enrolment_withdraw(user=user, course=course),
        success=_("You have left the course. Your progress is kept if you return."),
        error_key="enrol_error",
    )


def complete(request, lesson):
    """Mark a lesson complete and go on to the next one when asked to."""
    return _learner_action(
        request,
        lesson,
        lambda user: lesson_complete(user=user, lesson=lesson),
        success=_("Lesson marked as complete."),
        error_key="progress_error",
        then=(lambda: _next_url(lesson)) if request.POST.get("next") == "next" else None,
    )


def _next_url(lesson):
    from .selectors import lesson_navigation

    following = lesson_navigation(lesson)["next_lesson"]
    return following.url if following else None


def knowledge_check_submit(request, lesson, block_id):
    """Grade one knowledge check (stored for enrolled learners) and show the lesson with feedback."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    check = lesson.knowledge_checks.get(block_id)
    if check is None:
        raise Http404(_("This lesson has no such knowledge check."))
    state = {"block_id": block_id, "chosen": {}, "result": None, "error": None}
    status = 400
    if len(request.POST) > MAX_ANSWER_FIELDS:
        state["error"] = _("Too many answers were sent. Reload the page and try again.")
    else:
        answers = _answers_from(request.POST)
        state["chosen"] = {question_id: set(ids) for question_id, ids in answers.items()}
        try:
            state["result"], state["saved"] = _grade(request, lesson, block_id, check, answers)
            status = 200
        except SubmissionError as error:
            state["error"] = error.message
            state["error_question"] = error.question_id
        except LearningError as error:
            state["error"] = error.message
            status = 409 if error.code == "no_attempts_left" else 400
    return _render_with_status(lesson, request, status, check_state=state)


def _grade(request, lesson, block_id, check, answers):
    """(result, saved): stored as an attempt for an enrolled learner, else graded only."""
    token = request.POST.get("token", "")
    user = request.user
    if user.is_authenticated and 0 < len(token) <= 64 and _enrolled(user, lesson):
        outcome = quiz_attempt_submit(
            user=user, lesson=lesson, check_id=block_id, answers=answers, token=token
        )
        return outcome.result, True
    return grade_check(check, answers), False


def _enrolled(user, lesson):
    from .models import CoursePage, Enrolment

    return Enrolment.objects.filter(
        user=user,
        status=Enrolment.Status.ACTIVE,
        course__in=CoursePage.objects.ancestor_of(lesson),
    ).exists()
