import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_course_page_shows_outline_in_order(client):
    course = factories.course(modules=2, lessons_per_module=2)
    response = client.get(course.url)
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(title) for title in ["Lesson 1.1", "Lesson 1.2", "Lesson 2.1", "Lesson 2.2"]]
    assert positions == sorted(positions)
