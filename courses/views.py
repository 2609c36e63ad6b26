"""Thin views for course pages that are more than a page render."""

from django.http import HttpResponseNotAllowed
from django.http.response import Http404
from django.utils.translation import gettext as _

from .grading import SubmissionError, grade_check

ANSWER_PREFIX = "q-"
MAX_ANSWER_FIELDS = 200


def _answers_from(post):
    return {
        key.removeprefix(ANSWER_PREFIX): post.getlist(key)
        for key in post
        if key.startswith(ANSWER_PREFIX)
    }


def knowledge_check_submit(request, lesson, block_id):
    """Grade one knowledge check of a lesson and show the lesson with the feedback."""
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
            state["result"] = grade_check(check, answers)
            status = 200
        except SubmissionError as error:
            state["error"] = error.message
            state["error_question"] = error.question_id
    response = lesson.render(request, context_overrides={"check_state": state})
    response.status_code = status
    return response
