"""Course, module and lesson pages as a reader sees them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CoursePage, LessonPage
from tests import factories

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12


def test_course_page_shows_facts_outcomes_and_outline_in_order(client):
    course = factories.course(modules=2, lessons_per_module=2)
    response = client.get(course.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Explain what training data is" in html
    assert "About 60 minutes" in html and "Introductory" in html
    positions = [html.index(t) for t in ["Lesson 1.1", "Lesson 1.2", "Lesson 2.1", "Lesson 2.2"]]
    assert positions == sorted(positions)


def test_course_outline_and_navigation_leave_out_draft_lessons(client):
    course = factories.course(lessons_per_module=3)
    middle = LessonPage.objects.descendant_of(course).order_by("path")[1]
    middle.unpublish()
    first = factories.first_lesson(course)
    assert "Lesson 1.2" not in client.get(course.url).content.decode()
    html = client.get(first.url).content.decode()
    assert "Lesson 1.3" in html and "Lesson 1.2" not in html
    assert client.get(middle.url).status_code == 404


def test_lesson_page_has_breadcrumbs_position_reading_time_and_neighbours(client):
    course = factories.course(modules=2, lessons_per_module=2)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    html = client.get(lessons[2].url).content.decode()
    trail = html[
        html.index('aria-label="Breadcrumb"') : html.index("</nav>", html.index("Breadcrumb"))
    ]
    assert trail.index(course.title) < trail.index("Module 2") < trail.index("Lesson 2.1")
    assert "Lesson 3 of 4" in html
    assert "2 minute read" in html  # ~300 words at 200 words a minute
    assert f'rel="prev" href="{lessons[1].url}"' in html
    assert f'rel="next" href="{lessons[3].url}"' in html


def test_last_lesson_links_back_to_the_course(client):
    course = factories.course(lessons_per_module=2)
    last = LessonPage.objects.descendant_of(course).order_by("path").last()
    html = client.get(last.url).content.decode()
    assert "Back to the course overview" in html
    assert 'rel="next"' not in html


def test_image_block_shows_alt_text_credit_licence_and_ai_label(client):
    course = factories.course(lessons_per_module=1)
    lesson = factories.first_lesson(course)
    lesson.body = factories.lesson_body(picture=factories.image())
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert 'alt="A diagram of a dataset"' in html
    assert "AI-generated or AI-edited" in html
    assert "Licence: CC BY 4.0" in html


def test_course_page_lists_published_prerequisites(client):
    basics = factories.course(title="Basics of training data")
    advanced = factories.course(title="Advanced opt-outs")
    advanced.prerequisites.set([basics])
    advanced.save_revision().publish()
    html = client.get(advanced.url).content.decode()
    assert "Before you start" in html and "Basics of training data" in html


def test_course_index_lists_only_live_courses(client):
    live = factories.course(title="Live course")
    factories.course(title="Draft course", publish=False)
    html = client.get(live.get_parent().url).content.decode()
    assert "Live course" in html and "Draft course" not in html


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("page_kind", ["course", "lesson", "module"])
def test_page_queries_stay_flat_from_5_to_50_lessons(client, page_kind):
    small = factories.course(modules=1, lessons_per_module=5)
    large = factories.course(modules=5, lessons_per_module=10)

    def url(course):
        if page_kind == "course":
            return course.url
        if page_kind == "module":
            return factories.first_lesson(course).get_parent().url
        return LessonPage.objects.descendant_of(course).order_by("path")[2].url

    small_count, large_count = queries_for(client, url(small)), queries_for(client, url(large))
    assert small_count == large_count
    assert large_count <= QUERY_BUDGET


def test_reading_time_is_recomputed_when_the_lesson_changes():
    course = factories.course(lessons_per_module=1)
    lesson = factories.first_lesson(course)
    lesson.body = [("paragraph", "<p>" + "word " * 1000 + "</p>")]
    lesson.save_revision().publish()
    assert LessonPage.objects.get(pk=lesson.pk).reading_minutes == 5
    assert CoursePage.objects.get(pk=course.pk).duration_minutes == 60
