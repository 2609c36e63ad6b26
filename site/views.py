"""Site-wide views: search and error pages."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .forms import SearchForm
from .selectors import search_pages

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Full-text search over published courses, modules and lessons."""
    form = SearchForm(request.GET)
    query, page_obj, status = "", None, 200
    if not form.is_valid():
        status = 400
    else:
        query = form.cleaned_data["q"]
        if query:
            paginator = Paginator(search_pages(query), RESULTS_PER_PAGE)
            page_obj = paginator.get_page(request.GET.get("page"))
            page_obj.object_list = _with_specific_pages(page_obj.object_list)
    return render(
        request,
        "lms/search.html",
        {"form": form, "query": query, "page_obj": page_obj},
        status=status,
    )


def _with_specific_pages(results):
    ids = [page.pk for page in results]
    specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return [specific[pk] for pk in ids if pk in specific]


@login_required
def dashboard(request):
    """The learner's home: courses with progress, recent lessons, completions."""
    from certificates.selectors import dashboard_certificates
    from courses.selectors import dashboard_courses, recent_lessons
    from workshops.selectors import upcoming_bookings

    courses = dashboard_courses(request.user)
    return render(
        request,
        "lms/dashboard.html",
        {
            "in_progress": [c for c in courses if c.enrolment.completed_at is None],
            "completed": [c for c in courses if c.enrolment.completed_at is not None],
            "recent": recent_lessons(request.user),
            "bookings": list(upcoming_bookings(request.user)),
            "certificates": dashboard_certificates(request.user),
        },
    )
