"""Educators' progress reports in the Wagtail admin: courses, one course, one learner, CSV.

A course is reported on to people who may edit its page (superusers, Educators, Reviewers).
Any other course id, a draft or a page of another type, is answered with 404, so the
report never tells which courses exist.
"""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page
from wagtail.permissions import policy_registry

from lms.text import csv_safe

from .models import CoursePage, Enrolment
from .reports import (
    course_progress_rows,
    course_structure,
    course_summary,
    courses_with_progress,
    learner_detail,
    module_completion_rates,
    most_missed_questions,
)

SEARCH_MAX_LENGTH = 200
LEARNERS_PER_PAGE = 50


def can_see_reports(user):
    """Whether the user may edit some page, and so may see the progress of some course."""
    return policy_registry.get_by_type(Page).user_has_any_permission(user, {"change"})


def reportable_courses(user):
    """Live courses whose pages the user may edit."""
    courses = CoursePage.objects.live()
    if user.is_superuser:
        return courses
    editable = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
        user, {"change"}
    )
    return courses.filter(pk__in=editable.values("pk"))


def reportable_course_or_404(user, course_id):
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None or not course.permissions_for_user(user).can_edit():
        raise Http404(_("No such course."))
    return course


class ProgressFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All learners")), *Enrolment.Status.choices],
    )
    q = forms.CharField(
        label=gettext_lazy("Name or email"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={
            "max_length": gettext_lazy(
                "Search for at most %(limit_value)d characters of a name or email address."
            )
        },
    )


def progress_filters(query):
    """(form, status, search) from a query string; an invalid form filters nothing."""
    form = ProgressFilterForm(query)
    if not form.is_valid():
        return form, None, None
    return form, form.cleaned_data["status"] or None, form.cleaned_data["q"].strip() or None


class ReportMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
            raise PermissionDenied
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs):
        """Look up what the URL names (raising Http404), once access is granted."""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("learner_progress:index"), "label": _("Learner progress")},
        ]


class CourseListView(ReportMixin, View):
    template_name = "courses/admin/course_list.html"
    page_title = gettext_lazy("Learner progress")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        courses = courses_with_progress(reportable_courses(request.user))
        return self.render_to_response(self.get_context_data(courses=courses))


class CourseReportView(ReportMixin, View):
    template_name = "courses/admin/course_report.html"

    def load(self, *, course_id):
        self.course = reportable_course_or_404(self.request.user, course_id)

    def get_page_title(self):
        return self.course.title

    def get_page_subtitle(self):
        return _("Learner progress")

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.course.title}]

    def get_header_buttons(self):
        export_url = reverse("learner_progress:export", args=[self.course.pk])
        filters = self.request.GET.copy()
        filters.pop("p", None)  # the download holds every page
        if filters:
            export_url += "?" + filters.urlencode()
        return [HeaderButton(_("Download CSV"), url=export_url, icon_name="download")]

    def get(self, request, course_id):
        form, status, search = progress_filters(request.GET)
        structure = course_structure(self.course)
        rows = course_progress_rows(self.course, status=status, search=search, structure=structure)
        paginator = WagtailPaginator(rows, LEARNERS_PER_PAGE)
        page = paginator.get_page(request.GET.get("p"))
        context = self.get_context_data(
            course=self.course,
            form=form,
            is_filtering=bool(status or search),
            summary=course_summary(self.course),
            page_obj=page,
            elided_page_range=paginator.get_elided_page_range(page.number),
            modules=module_completion_rates(self.course, structure=structure),
            missed_questions=most_missed_questions(self.course, structure=structure),
        )
        # A filter that cannot be applied is an error the educator should see, not a silent
        # unfiltered list: 400 with the form and its messages.
        return self.render_to_response(context, status=200 if form.is_valid() else 400)


class LearnerDetailView(ReportMixin, View):
    template_name = "courses/admin/learner_detail.html"

    def load(self, *, course_id, user_id):
        self.course = reportable_course_or_404(self.request.user, course_id)
        self.detail = learner_detail(self.course, user_id)
        if self.detail is None:
            raise Http404(_("No such learner in this course."))

    def get_page_title(self):
        enrolment = self.detail.enrolment
        return enrolment.learner_name or enrolment.learner_email

    def get_page_subtitle(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("learner_progress:course", args=[self.course.pk]),
                "label": self.course.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, course_id, user_id):
        return self.render_to_response(
            self.get_context_data(course=self.course, detail=self.detail)
        )


CSV_COLUMNS = [
    gettext_lazy("Learner"),
    gettext_lazy("Email"),
    gettext_lazy("Status"),
    gettext_lazy("Enrolled"),
    gettext_lazy("Last visit"),
    gettext_lazy("Lessons done"),
    gettext_lazy("Lessons total"),
    gettext_lazy("Checks passed"),
    gettext_lazy("Checks total"),
    gettext_lazy("Completed"),
]


def _csv_time(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def course_progress_csv(request, course_id):
    """Every enrolment of a course (as filtered on the report) as a spreadsheet-safe CSV."""
    if not can_see_reports(request.user):
        raise PermissionDenied
    course = reportable_course_or_404(request.user, course_id)
    form, status, search = progress_filters(request.GET)
    if not form.is_valid():
        messages = [str(error) for errors in form.errors.values() for error in errors]
        return HttpResponseBadRequest(" ".join(messages), content_type="text/plain; charset=utf-8")
    rows = course_progress_rows(course, status=status, search=search)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"{slugify(course.title) or 'course'}-progress-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # The byte order mark makes Excel read the file as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([str(column) for column in CSV_COLUMNS])
    for row in rows.iterator(chunk_size=500):
        writer.writerow(
            csv_safe(value)
            for value in [
                row.learner_name,
                row.learner_email,
                row.get_status_display(),
                _csv_time(row.enrolled_at),
                _csv_time(row.last_visited_at),
                row.lessons_done,
                row.lessons_total,
                row.checks_passed,
                row.checks_total,
                _csv_time(row.completed_at),
            ]
        )
    return response
