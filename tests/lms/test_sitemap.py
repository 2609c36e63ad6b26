"""Search engines find published pages and only those."""

import pytest

from courses.models import LessonPage
from tests import factories

pytestmark = pytest.mark.django_db


def test_sitemap_lists_live_lessons_only(client):
    course = factories.course(lessons_per_module=2)
    draft = LessonPage.objects.descendant_of(course).order_by("path").last()
    draft.unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert course.url in xml
    assert factories.first_lesson(course).url in xml
    assert draft.url not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
