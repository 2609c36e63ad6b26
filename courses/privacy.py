"""Personal data held by courses: enrolments, lesson progress and knowledge-check attempts.

All three are anonymised on erasure: the rows stay without the person, so enrolment counts,
completion rates and question statistics stay true and nothing in them identifies anyone.
"""

from django.utils.translation import gettext_lazy as _

from lms.privacy.registry import ANONYMISE, register

from .models import Enrolment, LessonProgress, QuizAttempt


def _title(page):
    return page.title if page is not None else None


def enrolment_rows(user):
    enrolments = Enrolment.objects.filter(user=user).select_related("course", "last_lesson")
    return [
        {
            "course": enrolment.course.title,
            "status": enrolment.status,
            "enrolled_at": enrolment.enrolled_at,
            "withdrawn_at": enrolment.withdrawn_at,
            "completed_at": enrolment.completed_at,
            "last_lesson": _title(enrolment.last_lesson),
            "last_visited_at": enrolment.last_visited_at,
        }
        for enrolment in enrolments.order_by("enrolled_at")
    ]


def lesson_progress_rows(user):
    progress = LessonProgress.objects.filter(user=user).select_related("course", "lesson")
    return [
        {
            "course": row.course.title,
            "lesson": row.lesson.title,
            "first_visited_at": row.first_visited_at,
            "last_visited_at": row.last_visited_at,
            "completed_at": row.completed_at,
        }
        for row in progress.order_by("first_visited_at")
    ]


def quiz_attempt_rows(user):
    attempts = QuizAttempt.objects.filter(user=user).select_related("course", "lesson")
    return [
        {
            "course": attempt.course.title,
            "lesson": attempt.lesson.title,
            "knowledge_check": attempt.check_id,
            "attempt": attempt.number,
            "answers": attempt.answers,
            "questions_answered_wrongly": attempt.wrong_questions,
            "score_percent": attempt.score_percent,
            "passed": attempt.passed,
            "submitted_at": attempt.submitted_at,
        }
        for attempt in attempts.order_by("submitted_at")
    ]


register(
    Enrolment,
    export=enrolment_rows,
    erase=ANONYMISE,
    description=_("The courses you enrolled in, withdrew from or completed, and when."),
)
register(
    LessonProgress,
    export=lesson_progress_rows,
    erase=ANONYMISE,
    description=_("The lessons you opened and marked complete, and when."),
)
register(
    QuizAttempt,
    export=quiz_attempt_rows,
    erase=ANONYMISE,
    description=_("Your answers to knowledge checks, with scores."),
)
