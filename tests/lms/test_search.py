"""Search finds published courses and lessons and copes with any input."""

import pytest

from courses.models import LessonPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return factories.course(title="Opting out of AI training", lessons_per_module=2)


def test_search_finds_published_courses_and_lessons(client, course):
    response = client.get("/search/", {"q": "opting out"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Opting out of AI training" in html
    lesson_response = client.get("/search/", {"q": "statistical patterns"})
    assert "Lesson 1.1" in lesson_response.content.decode()


def test_search_leaves_out_draft_pages(client, course):
    LessonPage.objects.descendant_of(course).update(live=False)
    html = client.get("/search/", {"q": "statistical patterns"}).content.decode()
    assert "Lesson 1.1" not in html
    assert "No courses or lessons match" in html


def test_empty_search_shows_the_form(client):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("a" * 10_000, "at most 200 characters"),
        ("robots\x00txt", "control characters"),
    ],
)
def test_oversized_or_null_queries_get_a_clear_400(client, course, query, message):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "raw_query",
    [
        "q=%ff%fe%fd",  # not UTF-8
        "q=%ed%a0%80",  # an encoded lone surrogate
        "q=opting%1b%5b31m%07out",  # terminal escape codes and a bell
        "q=%E2%80%AEtuo+gnitpo",  # right-to-left override
        "q=opting&page=999999",
        "q=opting&page=-1%27%20OR%201=1",
        "q[]=x&q=opting",
    ],
)
def test_malformed_queries_never_fail(client, course, raw_query):
    response = client.get(f"/search/?{raw_query}")
    assert response.status_code == 200


def test_control_characters_are_removed_before_searching(client, course):
    html = client.get("/search/?q=opting%1b%07+out").content.decode()
    assert "Opting out of AI training" in html


def test_search_results_are_paginated(client):
    factories.course(modules=2, lessons_per_module=8)
    first = client.get("/search/", {"q": "statistical"}).content.decode()
    second = client.get("/search/", {"q": "statistical", "page": 2}).content.decode()
    assert "Page 1 of 2" in first and "Page 2 of 2" in second


def test_search_only_accepts_get(client):
    assert client.post("/search/", {"q": "x"}).status_code == 405
