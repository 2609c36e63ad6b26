"""Unknown and unpublished addresses get a clear, styled 404, never a 500."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/no-such-page/",
        "/courses/no-such-course/",
        "/courses/%ff%fe/",
        "/courses/" + "x" * 3000 + "/",
        "/courses/..%2f..%2fetc%2fpasswd/",
        "/%00/",
    ],
)
def test_unknown_urls_get_the_styled_404(client, url):
    factories.course_index()
    response = client.get(url)
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


def test_a_draft_lesson_is_404_until_published(client):
    course = factories.course(lessons_per_module=1)
    lesson = factories.first_lesson(course)
    lesson.unpublish()
    assert client.get(lesson.url or f"{course.url}module-1/lesson-1/").status_code == 404
    lesson.save_revision().publish()
    assert client.get(lesson.url).status_code == 200


def test_server_error_page_renders_without_a_request_context():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html


def test_a_request_with_too_many_fields_gets_the_styled_400(client):
    course = factories.course(lessons_per_module=1, with_check=True)
    lesson = factories.first_lesson(course)
    (block_id,) = lesson.knowledge_checks
    fields = {f"q-{number}": "x" for number in range(10_001)}
    response = client.post(f"{lesson.url}check/{block_id}/", fields)
    assert response.status_code == 400
    assert "That request could not be handled" in response.content.decode()
