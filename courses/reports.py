"""Reads for the educators' progress reports. Pure reads, no HTML.

Every selector runs a fixed number of queries, whatever the number of learners: counts are
made by the database (Count with filters, subqueries), never by a query per learner. The
course's structure (live modules, lessons, knowledge checks) is read once and can be shared
between selectors through `structure=`.
"""

from dataclasses import dataclass, field

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, Trim
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import Enrolment, LessonPage, LessonProgress, ModulePage, QuizAttempt


def percent(part, whole):
    """`part` as a percentage of `whole`, or None when there is nothing to divide by."""
    return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class CheckInfo:
    lesson_id: int
    check_id: str
    title: str
    questions: tuple  # ((question id, prompt), ...)


@dataclass(frozen=True)
class LessonInfo:
    id: int
    title: str
    required: bool
    checks: tuple  # (CheckInfo, ...)


@dataclass(frozen=True)
class ModuleInfo:
    id: int
    title: str
    lessons: tuple  # (LessonInfo, ...)


@dataclass(frozen=True)
class CourseStructure:
    """What a course asks of learners now: its live modules, lessons and knowledge checks."""

    modules: tuple
    lessons: tuple  # every live lesson of the course, in reading order
    lesson_titles: dict = field(default_factory=dict)

    @property
    def lesson_ids(self):
        return [lesson.id for lesson in self.lessons]

    @property
    def checks(self):
        return [check for lesson in self.lessons for check in lesson.checks]


def course_structure(course):
    """Live modules and lessons of a course with their knowledge checks (two queries).

    Lessons are those `completion_requirements` counts: every live lesson under the course.
    """
    modules = list(
        ModulePage.objects.live().child_of(course).order_by("path").values("id", "title", "path")
    )
    lessons_by_module = {module["path"]: [] for module in modules}
    lessons = []
    for page in (
        LessonPage.objects.live()
        .descendant_of(course)
        .order_by("path")
        .only("id", "title", "path", "depth", "required", "body")
    ):
        checks = tuple(
            CheckInfo(
                lesson_id=page.pk,
                check_id=check_id,
                title=check.title,
                questions=tuple((question.id, question.prompt) for question in check.questions),
            )
            for check_id, check in page.knowledge_checks.items()
        )
        lesson = LessonInfo(page.pk, page.title, page.required, checks)
        lessons.append(lesson)
        lessons_by_module.get(page.path[: -Page.steplen], []).append(lesson)
    return CourseStructure(
        modules=tuple(
            ModuleInfo(module["id"], module["title"], tuple(lessons_by_module[module["path"]]))
            for module in modules
        ),
        lessons=tuple(lessons),
        lesson_titles={lesson.id: lesson.title for lesson in lessons},
    )


def _count_per_learner(queryset, expression="pk", *, distinct=False):
    """A subquery counting `queryset` rows of the outer row's learner (0 when none)."""
    counted = (
        queryset.filter(user_id=OuterRef("user_id"))
        .order_by()
        .values("user_id")
        .annotate(n=Count(expression, distinct=distinct))
        .values("n")[:1]
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _lessons_completed(lesson_ids):
    if not lesson_ids:
        return Value(0)
    return _count_per_learner(
        LessonProgress.objects.filter(lesson_id__in=lesson_ids, completed_at__isnull=False)
    )


def _checks_passed(course, checks):
    if not checks:
        return Value(0)
    current = Q()
    for check in checks:
        current |= Q(lesson_id=check.lesson_id, check_id=check.check_id)
    # A check id is unique within its lesson only (copied pages keep block ids): count pairs.
    return _count_per_learner(
        QuizAttempt.objects.filter(current, course=course, passed=True),
        Concat("lesson_id", Value(":"), "check_id", output_field=CharField()),
        distinct=True,
    )


def _learner_name():
    """The learner's name as the site shows it, or a placeholder once they were erased."""
    return Case(
        When(user__isnull=True, then=Value(_("(erased learner)"))),
        When(~Q(user__display_name=""), then=F("user__display_name")),
        default=Trim(Concat("user__first_name", Value(" "), "user__last_name")),
        output_field=CharField(),
    )


def course_progress_rows(course, *, status=None, search=None, structure=None):
    """One row per enrolment, newest first, with lesson and check progress (one query).

    Each Enrolment carries `learner_name`, `learner_email`, `lessons_done`, `lessons_total`,
    `checks_passed` and `checks_total`. Progress of erased learners is no longer linked to
    them, so it counts as zero.
    """
    structure = structure or course_structure(course)
    rows = (
        Enrolment.objects.filter(course=course)
        .annotate(
            learner_name=_learner_name(),
            learner_email=Coalesce(F("user__email"), Value("")),
            lessons_done=_lessons_completed(structure.lesson_ids),
            lessons_total=Value(len(structure.lessons), output_field=IntegerField()),
            checks_passed=_checks_passed(course, structure.checks),
            checks_total=Value(len(structure.checks), output_field=IntegerField()),
        )
        .order_by("-enrolled_at", "-pk")
    )
    if status:
        rows = rows.filter(status=status)
    if search:
        rows = rows.filter(Q(learner_name__icontains=search) | Q(learner_email__icontains=search))
    return rows


@dataclass(frozen=True)
class CourseSummary:
    learners: int  # active enrolments
    withdrawn: int
    completed: int  # active enrolments with the course completed

    @property
    def completion_rate(self):
        return percent(self.completed, self.learners)


COURSE_SUMMARY_COUNTS = {
    "learners": Count("enrolments", filter=Q(enrolments__status=Enrolment.Status.ACTIVE)),
    "withdrawn": Count("enrolments", filter=Q(enrolments__status=Enrolment.Status.WITHDRAWN)),
    "completed": Count(
        "enrolments",
        filter=Q(
            enrolments__status=Enrolment.Status.ACTIVE, enrolments__completed_at__isnull=False
        ),
    ),
}


def courses_with_progress(courses):
    """(course, CourseSummary) for each course of a queryset, by title (one query)."""
    annotated = courses.annotate(**COURSE_SUMMARY_COUNTS).order_by("title", "pk")
    return [
        (course, CourseSummary(course.learners, course.withdrawn, course.completed))
        for course in annotated
    ]


def course_summary(course):
    """Active, withdrawn and completed enrolments of one course (one query)."""
    counts = Enrolment.objects.filter(course=course).aggregate(
        learners=Count("pk", filter=Q(status=Enrolment.Status.ACTIVE)),
        withdrawn=Count("pk", filter=Q(status=Enrolment.Status.WITHDRAWN)),
        completed=Count("pk", filter=Q(status=Enrolment.Status.ACTIVE, completed_at__isnull=False)),
    )
    return CourseSummary(**counts)


@dataclass(frozen=True)
class ModuleCompletion:
    module_id: int
    title: str
    lessons: int
    # Active learners whose progress is still linked to them: erased learners are left out,
    # as their lesson progress can no longer be told apart.
    learners: int
    completed: int  # of those, the ones who completed every live lesson of the module

    @property
    def rate(self):
        return percent(self.completed, self.learners)


def module_completion_rates(course, *, structure=None):
    """Per module with lessons: active learners and how many completed all its lessons.

    One query: each active enrolment is annotated with its completed lessons per module.
    """
    structure = structure or course_structure(course)
    modules = [module for module in structure.modules if module.lessons]
    if not modules:
        return []
    per_module = {
        f"done_{index}": _lessons_completed([lesson.id for lesson in module.lessons])
        for index, module in enumerate(modules)
    }
    counts = (
        Enrolment.objects.filter(course=course, status=Enrolment.Status.ACTIVE, user__isnull=False)
        .annotate(**per_module)
        .aggregate(
            learners=Count("pk"),
            **{
                f"module_{index}": Count("pk", filter=Q(**{f"done_{index}": len(module.lessons)}))
                for index, module in enumerate(modules)
            },
        )
    )
    return [
        ModuleCompletion(
            module_id=module.id,
            title=module.title,
            lessons=len(module.lessons),
            learners=counts["learners"],
            completed=counts[f"module_{index}"],
        )
        for index, module in enumerate(modules)
    ]


@dataclass(frozen=True)
class MissedQuestion:
    lesson_id: int
    lesson_title: str
    check_id: str
    check_title: str
    question_id: str
    prompt: str
    attempts: int  # attempts at the question's knowledge check
    wrong: int  # of those, the ones that got this question wrong

    @property
    def wrong_rate(self):
        return percent(self.wrong, self.attempts)


def most_missed_questions(course, limit=10, *, structure=None):
    """The current questions most often answered wrongly, with attempts and wrong % (one query).

    Counts every stored attempt at the question's knowledge check. Questions that were
    removed from the lesson since are left out, as no prompt can be shown for them.
    """
    structure = structure or course_structure(course)
    checks = structure.checks
    if not checks:
        return []
    aggregates = {}
    for check_index, check in enumerate(checks):
        this_check = Q(lesson_id=check.lesson_id, check_id=check.check_id)
        aggregates[f"attempts_{check_index}"] = Count("pk", filter=this_check)
        for question_index, (question_id, _prompt) in enumerate(check.questions):
            # Question ids are Wagtail block ids (UUIDs): matching the quoted id inside the
            # stored JSON list works alike on SQLite and PostgreSQL.
            aggregates[f"wrong_{check_index}_{question_index}"] = Count(
                "pk", filter=this_check & Q(wrong_questions__icontains=f'"{question_id}"')
            )
    counts = QuizAttempt.objects.filter(course=course).aggregate(**aggregates)
    missed = [
        MissedQuestion(
            lesson_id=check.lesson_id,
            lesson_title=structure.lesson_titles[check.lesson_id],
            check_id=check.check_id,
            check_title=check.title,
            question_id=question_id,
            prompt=prompt,
            attempts=counts[f"attempts_{check_index}"],
            wrong=counts[f"wrong_{check_index}_{question_index}"],
        )
        for check_index, check in enumerate(checks)
        for question_index, (question_id, prompt) in enumerate(check.questions)
    ]
    missed = [question for question in missed if question.wrong]
    # Stable sort: ties keep the course's reading order.
    missed.sort(key=lambda question: (-question.wrong, -question.wrong_rate))
    return missed[:limit]


@dataclass(frozen=True)
class LessonLine:
    lesson: LessonInfo
    first_visited_at: object
    last_visited_at: object
    completed_at: object


@dataclass(frozen=True)
class CheckLine:
    check: CheckInfo
    lesson_title: str
    attempts: int
    best_score: object  # percent, or None before any attempt
    passed: bool
    last_submitted_at: object


@dataclass(frozen=True)
class LearnerDetail:
    enrolment: Enrolment  # a row of course_progress_rows
    modules: list  # [(ModuleInfo, [LessonLine, ...]), ...]
    checks: list  # [CheckLine, ...]


def learner_detail(course, user_id, *, structure=None):
    """One enrolled learner's progress through a course, or None if not enrolled (3 queries)."""
    structure = structure or course_structure(course)
    enrolment = (
        course_progress_rows(course, structure=structure)
        .filter(user_id=user_id)
        .annotate(last_lesson_title=F("last_lesson__title"))
        .first()
    )
    if enrolment is None:
        return None
    progress = {
        row["lesson_id"]: row
        for row in LessonProgress.objects.filter(
            user_id=user_id, lesson_id__in=structure.lesson_ids
        ).values("lesson_id", "first_visited_at", "last_visited_at", "completed_at")
    }
    attempts = {
        (row["lesson_id"], row["check_id"]): row
        for row in QuizAttempt.objects.filter(user_id=user_id, course=course)
        .order_by()
        .values("lesson_id", "check_id")
        .annotate(
            attempts=Count("pk"),
            best_score=Max("score_percent"),
            passes=Count("pk", filter=Q(passed=True)),
            last_submitted_at=Max("submitted_at"),
        )
    }

    def line(lesson):
        row = progress.get(lesson.id, {})
        return LessonLine(
            lesson, row.get("first_visited_at"), row.get("last_visited_at"), row.get("completed_at")
        )

    modules = [
        (module, [line(lesson) for lesson in module.lessons]) for module in structure.modules
    ]
    checks = []
    for check in structure.checks:
        row = attempts.get((check.lesson_id, check.check_id), {})
        checks.append(
            CheckLine(
                check=check,
                lesson_title=structure.lesson_titles[check.lesson_id],
                attempts=row.get("attempts", 0),
                best_score=row.get("best_score"),
                passed=bool(row.get("passes")),
                last_submitted_at=row.get("last_submitted_at"),
            )
        )
    return LearnerDetail(enrolment=enrolment, modules=modules, checks=checks)
