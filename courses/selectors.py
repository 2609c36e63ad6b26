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
    }
