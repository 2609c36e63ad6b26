"""Site-wide reads."""

from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage


def search_pages(query):
    """Live, public course, module and lesson pages matching a query, best first."""
    return (
        Page.objects.live()
        .public()
        .type(CoursePage, ModulePage, LessonPage)
        .search(query, operator="and")
    )
