"""Reads for course pages. Each returns what a template needs in a fixed number of queries."""

from dataclasses import dataclass, field

from wagtail.models import Page

from lms.selectors import public_only

from .models import CoursePage, LessonPage, ModulePage


def course_cards(*, parent=None):
    """Published courses for listings, with their card images, in tree order."""
    courses = public_only(CoursePage.objects.live()).select_related("image").order_by("path")
    if parent is not None:
        courses = courses.child_of(parent)
    return courses


@dataclass
class OutlineModule:
    page: Page
    lessons: list = field(default_factory=list)


def course_outline(course):
    """Live modules of a course, each with its live lessons, in editorial order (two queries)."""
    modules = [
        OutlineModule(page)
        for page in public_only(ModulePage.objects.live().child_of(course)).order_by("path")
    ]
    by_path = {module.page.path: module for module in modules}
    for lesson in course_lessons(course):
        module = by_path.get(lesson.path[: -Page.steplen])
        if module is not None:
            module.lessons.append(lesson)
    return [module for module in modules if module.lessons]


LESSON_LINK_FIELDS = ("id", "title", "slug", "url_path", "path", "depth")


def course_lessons(course):
    """Every live lesson of a course in reading order, with just enough to link to it."""
    return (
        public_only(LessonPage.objects.live().descendant_of(course))
        .only(*LESSON_LINK_FIELDS, "reading_minutes")
        .order_by("path")
    )


def module_lessons(module):
    """Live lessons of one module, in order."""
    return (
        public_only(LessonPage.objects.live().child_of(module))
        .only(*LESSON_LINK_FIELDS, "summary", "reading_minutes")
        .order_by("path")
    )


def live_prerequisites(course):
    """Prerequisite courses that learners can actually open."""
    return public_only(course.prerequisites.live()).order_by("title")


def lesson_navigation(lesson):
    """Breadcrumb ancestors and the previous/next live lessons across the whole course."""
    ancestors = list(lesson.get_ancestors().live().filter(depth__gt=1).specific(defer=True))
    course = next((page for page in ancestors if isinstance(page, CoursePage)), None)
    previous_lesson = next_lesson = None
    position = total = 0
    lessons = []
    if course is not None:
        lessons = list(course_lessons(course))
        ids = [page.pk for page in lessons]
        if lesson.pk in ids:
            index = ids.index(lesson.pk)
            position, total = index + 1, len(lessons)
            previous_lesson = lessons[index - 1] if index > 0 else None
            next_lesson = lessons[index + 1] if index + 1 < total else None
    return {
        "breadcrumbs": ancestors,
        "course": course,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "lesson_position": position,
        "lesson_total": total,
        "lessons": lessons,
    }


@dataclass
class CourseProgress:
    """One learner's standing in one course, for the course, module and lesson pages."""

    enrolment: object = None
    completed_ids: set = field(default_factory=set)
    total: int = 0
    resume_lesson: object = None
    missing_prerequisites: list = field(default_factory=list)

    @property
    def enrolled(self):
        return self.enrolment is not None and self.enrolment.is_active

    @property
    def done(self):
        return len(self.completed_ids)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


def course_progress(user, course, lessons):
    """A learner's enrolment and completed lessons among `lessons` (the course's live lessons)."""
    from .models import Enrolment, LessonProgress
    from .services import missing_prerequisites

    progress = CourseProgress(total=len(lessons))
    if not user.is_authenticated:
        return progress
    progress.enrolment = (
        Enrolment.objects.filter(user=user, course=course).select_related("last_lesson").first()
    )
    lesson_ids = {lesson.pk for lesson in lessons}
    progress.completed_ids = set(
        LessonProgress.objects.filter(
            user=user, lesson_id__in=lesson_ids, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    if progress.enrolment is None or not progress.enrolment.is_active:
        progress.missing_prerequisites = missing_prerequisites(user=user, course=course)
    else:
        progress.resume_lesson = _resume_lesson(progress, lessons)
    return progress


def _resume_lesson(progress, lessons):
    """The lesson last opened, unless it is done; then the first lesson not yet done."""
    last = progress.enrolment.last_lesson
    if last is not None and last.live and last.pk not in progress.completed_ids:
        return next((lesson for lesson in lessons if lesson.pk == last.pk), None)
    return next((lesson for lesson in lessons if lesson.pk not in progress.completed_ids), None)


def check_attempts(user, lesson):
    """{check id: (attempts made, best attempt or None)} for a learner on one lesson."""
    from .models import QuizAttempt

    if not user.is_authenticated:
        return {}
    summary = {}
    for attempt in QuizAttempt.objects.filter(user=user, lesson=lesson).order_by("number"):
        count, best = summary.get(attempt.check_id, (0, None))
        if best is None or attempt.score_percent >= best.score_percent:
            best = attempt
        summary[attempt.check_id] = (count + 1, best)
    return summary


@dataclass
class DashboardCourse:
    enrolment: object
    done: int
    total: int

    @property
    def course(self):
        return self.enrolment.course

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


def dashboard_courses(user):
    """The learner's enrolments (active or completed) with progress, in four queries."""
    from django.db.models import Count, Q

    from .models import Enrolment, LessonProgress

    enrolments = list(
        Enrolment.objects.filter(user=user)
        .filter(Q(status=Enrolment.Status.ACTIVE) | Q(completed_at__isnull=False))
        .select_related("course", "course__image", "last_lesson")
        .order_by("-last_visited_at", "-enrolled_at")
    )
    if not enrolments:
        return []
    courses = [enrolment.course for enrolment in enrolments]
    totals = dict.fromkeys((course.path for course in courses), 0)
    under_a_course = Q()
    for path in totals:
        under_a_course |= Q(path__startswith=path)
    live_lessons = public_only(LessonPage.objects.live()).filter(under_a_course)
    for path in live_lessons.values_list("path", flat=True):
        totals[path[: -2 * Page.steplen]] += 1
    done = dict(
        LessonProgress.objects.filter(
            user=user, completed_at__isnull=False, lesson__live=True, course__in=courses
        )
        .values("course")
        .annotate(count=Count("id"))
        .values_list("course", "count")
    )
    return [
        DashboardCourse(enrolment, done.get(enrolment.course_id, 0), totals[enrolment.course.path])
        for enrolment in enrolments
    ]


def recent_lessons(user, limit=5):
    """The lessons the learner opened most recently, newest first."""
    from .models import LessonProgress

    return list(
        LessonProgress.objects.filter(user=user, lesson__live=True)
        .select_related("lesson", "course")
        .order_by("-last_visited_at")[:limit]
    )
