"""Site-wide reads, with the small caches that keep page query counts flat."""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from courses.models import CoursePage, LessonPage, ModulePage

RESTRICTED_PATHS_KEY = "lms:restricted-page-paths"
SITE_NAV_KEY = "lms:site-nav:{site_id}"


def restricted_page_paths():
    """Tree paths of pages with view restrictions (their descendants are restricted too)."""
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(RESTRICTED_PATHS_KEY, paths, None)
    return paths


def public_only(pages):
    """Like Wagtail's .public(), without a query per call: cached, invalidated on change."""
    restricted = Q()
    for path in restricted_page_paths():
        restricted |= Q(path__startswith=path)
    return pages.exclude(restricted) if restricted else pages


def site_nav_items(site):
    """(title, url, tree path) of the site root's live, public children shown in menus."""
    key = SITE_NAV_KEY.format(site_id=site.pk)
    items = cache.get(key)
    if items is None:
        children = public_only(
            Page.objects.live()
            .in_menu()
            .filter(depth=site.root_page.depth + 1, path__startswith=site.root_page.path)
        ).order_by("path")
        items = [(page.title, page.get_url(), page.path) for page in children]
        cache.set(key, items, None)
    return items


def search_pages(query):
    """Live, public course, module and lesson pages matching a query, best first."""
    return public_only(Page.objects.live().type(CoursePage, ModulePage, LessonPage)).search(
        query, operator="and"
    )
