"""Educators write and submit; reviewers approve and publish; scheduled publishing works."""

import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from courses.models import LessonPage, ModulePage
from lms.roles import EDUCATORS, REVIEWERS, ensure_editorial_roles
from tests import factories

pytestmark = pytest.mark.django_db


def person(email, group):
    user = get_user_model().objects.create_user(email=email, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def module():
    course = factories.course(lessons_per_module=1)
    return ModulePage.objects.child_of(course).get()


def draft_lesson(module, owner):
    lesson = LessonPage(
        title="Reading Content Credentials",
        slug="reading-content-credentials",
        body=factories.lesson_body(),
        live=False,
        owner=owner,
    )
    module.add_child(instance=lesson)
    lesson.save_revision(user=owner)
    return lesson


def test_educators_can_edit_but_not_publish_and_reviewers_can_publish(module):
    educator = person("e@example.org", EDUCATORS)
    reviewer = person("r@example.org", REVIEWERS)
    assert module.permissions_for_user(educator).can_add_subpage()
    assert not module.permissions_for_user(educator).can_publish()
    assert module.permissions_for_user(reviewer).can_publish()
    assert educator.has_perm("wagtailadmin.access_admin")


def test_submitted_lesson_is_published_only_when_a_reviewer_approves(client, module):
    educator = person("e@example.org", EDUCATORS)
    reviewer = person("r@example.org", REVIEWERS)
    lesson = draft_lesson(module, educator)
    workflow = lesson.get_workflow()
    assert workflow is not None and workflow.name == "Educator review"

    state = workflow.start(lesson, educator)
    assert client.get(lesson.url).status_code == 404
    task = state.current_task_state.task.specific
    assert [g.name for g in task.groups.all()] == [REVIEWERS]
    assert not task.user_can_access_editor(lesson, educator) or not task.get_actions(
        lesson, educator
    )

    task.on_action(state.current_task_state, reviewer, "approve")
    lesson.refresh_from_db()
    assert lesson.live
    assert client.get(lesson.url).status_code == 200


def test_scheduled_lesson_goes_live_when_the_scheduler_runs(client, module):
    reviewer = person("r@example.org", REVIEWERS)
    lesson = draft_lesson(module, reviewer)
    go_live = timezone.now() + timedelta(seconds=1.5)
    lesson.go_live_at = go_live
    lesson.save_revision(user=reviewer, approved_go_live_at=go_live).publish(user=reviewer)
    lesson.refresh_from_db()
    assert not lesson.live
    call_command("run_scheduler", "--once")
    assert not LessonPage.objects.get(pk=lesson.pk).live

    time.sleep(1.6)  # real time passes; the scheduler uses the database's clock of record
    call_command("run_scheduler", "--once")
    assert LessonPage.objects.get(pk=lesson.pk).live
    assert client.get(lesson.url).status_code == 200


def test_editorial_roles_setup_is_idempotent():
    ensure_editorial_roles()
    ensure_editorial_roles()
    assert Group.objects.filter(name__in=[EDUCATORS, REVIEWERS]).count() == 2
    educators = Group.objects.get(name=EDUCATORS)
    assert educators.page_permissions.count() == 2
