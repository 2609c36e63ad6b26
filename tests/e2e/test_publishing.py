"""An educator drafts a lesson and submits it for review; a reviewer approves it; it goes live.

Every editorial step goes through the Wagtail admin UI, as people use it. The admin pages
themselves are Wagtail's and are not audited with axe here; the public pages are.
"""

import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from lms.roles import EDUCATORS, REVIEWERS
from tests import factories

PASSWORD = "correct-horse-battery-staple"
LESSON_TITLE = "Asking before you collect"
LESSON_TEXT = "Ask the artist before you add their work to a dataset."


def editor(email, group_name):
    return factories.person(
        email, password=PASSWORD, groups=[group_name], display_name=group_name[:-1]
    )


def log_in(page, email):
    """Log in through the site's (rate-limited) login page, as the admin redirects there."""
    page.goto("/admin/")
    page.wait_for_url("**/accounts/login/**")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/")


def success_message(page):
    return page.locator(".messages li.success")


@pytest.fixture
def module():
    course = factories.course(modules=1, lessons_per_module=2)
    return course.get_children().specific().first()


def test_educator_submits_and_reviewer_approves_a_new_lesson(
    page, new_context, assert_accessible, module
):
    course = module.get_parent().specific
    editor("educator@example.org", EDUCATORS)
    editor("reviewer@example.org", REVIEWERS)

    # The educator writes a new lesson under the module.
    log_in(page, "educator@example.org")
    page.goto(f"/admin/pages/add/courses/lessonpage/{module.pk}/")
    page.locator("#id_title").fill(LESSON_TITLE)
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Rich text").click()
    page.locator("[data-contentpath='body'] [contenteditable='true']").first.click()
    page.keyboard.type(LESSON_TEXT)
    # Draftail copies its state into the form field shortly after typing stops; wait for it.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile(LESSON_TEXT))

    # Educators cannot publish: the only way forward is the review workflow.
    page.get_by_role("button", name="More actions").click()
    expect(page.get_by_role("button", name="Submit to Educator review")).to_be_visible()
    expect(page.locator("button[name='action-publish']")).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile(r"publish", re.IGNORECASE))).to_have_count(0)
    page.get_by_role("button", name="Submit to Educator review").click()
    page.wait_for_url(f"**/admin/pages/{module.pk}/")
    expect(success_message(page)).to_contain_text("submitted for moderation")

    lesson = LessonPage.objects.get(title=LESSON_TITLE)
    assert not lesson.live
    assert lesson.url.startswith(module.url)

    # Nobody outside the admin can see it yet.
    visitor = new_context().new_page()
    response = visitor.goto(lesson.url)
    assert response.status == 404
    assert_accessible(visitor)
    visitor.goto(course.url)
    expect(visitor.locator(".outline")).not_to_contain_text(LESSON_TITLE)

    # The reviewer finds it on the dashboard and approves it from the editor's action menu.
    reviewer = new_context().new_page()
    log_in(reviewer, "reviewer@example.org")
    awaiting = reviewer.locator("section, div.w-panel").filter(
        has=reviewer.get_by_role("heading", name="Awaiting your review")
    )
    awaiting.get_by_role("link", name=LESSON_TITLE).first.click()
    reviewer.wait_for_url(f"**/admin/pages/{lesson.pk}/edit/")
    reviewer.get_by_role("button", name="More actions").click()
    reviewer.get_by_role("button", name="Approve and Publish").click()
    reviewer.wait_for_url(f"**/admin/pages/{module.pk}/")
    expect(success_message(reviewer)).to_contain_text(LESSON_TITLE)

    lesson.refresh_from_db()
    assert lesson.live

    # Now the public sees the lesson and the course outline lists it.
    response = visitor.goto(lesson.url)
    assert response.status == 200
    expect(visitor.locator("h1")).to_have_text(LESSON_TITLE)
    expect(visitor.locator("main")).to_contain_text(LESSON_TEXT)
    assert_accessible(visitor)
    response = visitor.goto(course.url)
    assert response.status == 200
    expect(visitor.locator(".outline").get_by_role("link", name=LESSON_TITLE)).to_have_attribute(
        "href", lesson.url
    )
    assert_accessible(visitor)
