"""Admin menu and URLs for the educators' learner progress reports."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

progress_urls = [
    path("", admin_views.CourseListView.as_view(), name="index"),
    path("<int:course_id>/", admin_views.CourseReportView.as_view(), name="course"),
    path(
        "<int:course_id>/learners/<int:user_id>/",
        admin_views.LearnerDetailView.as_view(),
        name="learner",
    ),
    path("<int:course_id>/export.csv", admin_views.course_progress_csv, name="export"),
]


@hooks.register("register_admin_urls")
def register_learner_progress_urls():
    # Wagtail wraps these in its admin-access check (login, `wagtailadmin.access_admin`).
    return [
        path("learner-progress/", include((progress_urls, "learner_progress"), "learner_progress"))
    ]


class LearnerProgressMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_learner_progress_menu_item():
    return LearnerProgressMenuItem(
        _("Learner progress"),
        reverse("learner_progress:index"),
        name="learner-progress",
        icon_name="group",
        order=250,
    )
