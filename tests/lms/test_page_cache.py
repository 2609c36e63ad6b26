"""Anonymous page views are served from cache until anything is published or changed."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_second_anonymous_view_is_served_from_cache_without_queries(client):
    course = factories.course()
    assert client.get(course.url)["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(course.url)
    assert response["X-Page-Cache"] == "hit"
    assert len(queries.captured_queries) == 0
    assert "Content-Security-Policy" in response


def test_publishing_a_change_is_visible_at_once(client):
    course = factories.course()
    client.get(course.url)
    course.summary = "A brand new summary about Content Credentials."
    course.save_revision().publish()
    response = client.get(course.url)
    assert "A brand new summary about Content Credentials." in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


def test_unpublishing_a_lesson_removes_it_from_cached_outlines_and_pages(client):
    course = factories.course(lessons_per_module=2)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").last()
    client.get(course.url)
    client.get(lesson.url)
    lesson.unpublish()
    assert "Lesson 1.2" not in client.get(course.url).content.decode()
    assert client.get(lesson.url).status_code == 404


def test_logged_in_people_and_query_strings_bypass_the_cache(client):
    course = factories.course()
    client.get(course.url)
    assert "X-Page-Cache" not in client.get(f"{course.url}?utm_source=x")
    client.force_login(get_user_model().objects.create_user(email="a@example.org", password="x"))
    assert "X-Page-Cache" not in client.get(course.url)


def test_pages_with_forms_are_never_shared_between_visitors(client):
    course = factories.course(lessons_per_module=1, with_check=True)
    lesson = factories.first_lesson(course)
    first = client.get(lesson.url)
    assert first.cookies  # the CSRF cookie for the knowledge-check form
    assert "X-Page-Cache" not in first
    client.cookies.clear()
    assert client.get(lesson.url).get("X-Page-Cache") != "hit"


def test_errors_and_posts_are_not_cached(client):
    factories.course_index()
    assert client.get("/nowhere/").status_code == 404
    assert client.get("/nowhere/").get("X-Page-Cache") is None


def test_visitors_with_a_pending_message_get_a_fresh_page(client):
    course = factories.course()
    client.get(course.url)
    client.cookies["messages"] = "pending"
    assert client.get(course.url).get("X-Page-Cache") != "hit"
