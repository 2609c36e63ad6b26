"""Writes for learners: enrolment, progress, knowledge-check attempts and course completion."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.errors import CodedError

from .grading import grade_check
from .models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from .signals import course_completed


class LearningError(CodedError):
    """A learner action that cannot happen; `code` is stable, `message` is for people."""

    MESSAGES = {
        "course_unavailable": _("This course is not open for enrolment."),
        "prerequisites_missing": _("Complete the courses this one builds on first."),
        "not_enrolled": _("Enrol in the course to record your progress."),
        "no_attempts_left": _("You have used every attempt allowed for this check."),
        "unknown_check": _("This lesson has no such knowledge check."),
    }


def _course_of(lesson):
    return CoursePage.objects.ancestor_of(lesson).get()


def _active_enrolment(user, course, *, lock=False):
    enrolments = Enrolment.objects.select_for_update() if lock else Enrolment.objects
    enrolment = enrolments.filter(user=user, course=course).first()
    if enrolment is None or not enrolment.is_active:
        raise LearningError("not_enrolled")
    return enrolment


def missing_prerequisites(*, user, course):
    """Live prerequisite courses of `course` that `user` has not completed."""
    completed = Enrolment.objects.filter(user=user, completed_at__isnull=False).values("course")
    return list(course.prerequisites.live().exclude(pk__in=completed).order_by("title"))


@transaction.atomic
def enrolment_create(*, user, course):
    """Enrol a learner (again) in a live course whose prerequisites they have completed."""
    if not CoursePage.objects.live().public().filter(pk=course.pk).exists():
        raise LearningError("course_unavailable")
    missing = missing_prerequisites(user=user, course=course)
    if missing:
        raise LearningError("prerequisites_missing", missing=missing)
    enrolment, created = Enrolment.objects.select_for_update().get_or_create(
        user=user, course=course
    )
    if not created and not enrolment.is_active:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.withdrawn_at = None
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def enrolment_withdraw(*, user, course):
    """Leave a course; progress, attempts and any completion are kept."""
    enrolment = _active_enrolment(user, course)
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


def lesson_visit_record(*, lesson, enrolment):
    """Remember that an enrolled learner opened a lesson (for 'resume where I left off')."""
    if enrolment is None or not enrolment.is_active:
        return
    now = timezone.now()
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_visited_at=now)
    seen_before = LessonProgress.objects.filter(user_id=enrolment.user_id, lesson=lesson).update(
        last_visited_at=now
    )
    if not seen_before:
        LessonProgress.objects.get_or_create(
            user_id=enrolment.user_id, lesson=lesson, defaults={"course_id": enrolment.course_id}
        )


@transaction.atomic
def lesson_complete(*, user, lesson):
    """Mark a lesson complete for an enrolled learner (once), then check course completion."""
    course = _course_of(lesson)
    enrolment = _active_enrolment(user, course)
    progress, _created = LessonProgress.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course": course}
    )
    now = timezone.now()
    if progress.completed_at is None:
        progress.completed_at = now
        progress.save(update_fields=["completed_at"])
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_visited_at=now)
    course_completion_check(enrolment=enrolment)
    return progress


@dataclass(frozen=True)
class AttemptOutcome:
    attempt: QuizAttempt
    result: object
    replayed: bool


def attempts_left(*, user, lesson, check_id, check):
    """How many more attempts the learner may make, or None when unlimited."""
    limit = check.max_attempts
    if not limit:
        return None
    used = QuizAttempt.objects.filter(user=user, lesson=lesson, check_id=check_id).count()
    return max(0, limit - used)


def quiz_attempt_submit(*, user, lesson, check_id, answers, token):
    """Grade and store an enrolled learner's attempt; a replayed token returns the first result."""
    check = lesson.specific.knowledge_checks.get(check_id)
    if check is None:
        raise LearningError("unknown_check")
    course = _course_of(lesson)
    result = grade_check(check, answers)  # raises SubmissionError before anything is stored
    with transaction.atomic():
        # Locking the enrolment serialises one learner's parallel submissions.
        enrolment = _active_enrolment(user, course, lock=True)
        previous = QuizAttempt.objects.filter(user=user, token=token).first()
        if previous is not None:
            return AttemptOutcome(previous, result, replayed=True)
        left = attempts_left(user=user, lesson=lesson, check_id=check_id, check=check)
        if left == 0:
            raise LearningError("no_attempts_left")
        number = QuizAttempt.objects.filter(user=user, lesson=lesson, check_id=check_id).count()
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    user=user,
                    lesson=lesson,
                    course=course,
                    check_id=check_id,
                    number=number + 1,
                    answers={question: sorted(ids) for question, ids in answers.items()},
                    wrong_questions=[
                        q for q, outcome in result.questions.items() if not outcome.correct
                    ],
                    score_percent=result.score_percent,
                    passed=result.passed,
                    token=token,
                )
        except IntegrityError:
            return AttemptOutcome(QuizAttempt.objects.get(user=user, token=token), result, True)
        if result.passed:
            course_completion_check(enrolment=enrolment)
    return AttemptOutcome(attempt, result, replayed=False)


def completion_requirements(course):
    """(required lesson ids, {(lesson id, check id)}) a learner must finish to complete a course."""
    lessons = LessonPage.objects.live().descendant_of(course).only("id", "required", "body")
    required = {lesson.pk for lesson in lessons if lesson.required}
    checks = {(lesson.pk, check_id) for lesson in lessons for check_id in lesson.knowledge_checks}
    return required, checks


@transaction.atomic
def course_completion_check(*, enrolment):
    """Record the course as complete, exactly once, when every requirement is met."""
    if enrolment.completed_at is not None or enrolment.user_id is None:
        return False
    required, checks = completion_requirements(enrolment.course)
    done = set(
        LessonProgress.objects.filter(
            user_id=enrolment.user_id, lesson_id__in=required, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    passed = set(
        QuizAttempt.objects.filter(
            user_id=enrolment.user_id, course=enrolment.course, passed=True
        ).values_list("lesson_id", "check_id")
    )
    if required - done or checks - passed:
        return False
    now = timezone.now()
    recorded = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    if not recorded:
        return False
    enrolment.completed_at = now
    transaction.on_commit(
        lambda: course_completed.send(
            sender=Enrolment, enrolment=enrolment, user=enrolment.user, course=enrolment.course
        )
    )
    return True
