"""Editors can open every page type's add and edit forms in the Wagtail admin."""

import pytest

from courses.models import LessonPage, ModulePage
from tests import factories

pytestmark = pytest.mark.django_db


def test_every_course_page_type_has_working_edit_and_add_forms(educator_client):
    course = factories.course(lessons_per_module=1, with_check=True)
    module = ModulePage.objects.child_of(course).get()
    lesson = LessonPage.objects.child_of(module).get()
    for page in [course.get_parent(), course, module, lesson]:
        assert educator_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert (
        educator_client.get(f"/admin/pages/add/courses/lessonpage/{module.pk}/").status_code == 200
    )
    assert (
        educator_client.get(f"/admin/pages/add/courses/modulepage/{course.pk}/").status_code == 200
    )


def test_invalid_knowledge_check_is_refused_with_a_message(educator_client):
    course = factories.course(lessons_per_module=1)
    module = ModulePage.objects.child_of(course).get()
    data = {
        "title": "Bad check",
        "slug": "bad-check",
        "summary": "",
        "body-count": "1",
        "body-0-type": "knowledge_check",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "c1",
        "body-0-value-title": "Check",
        "body-0-value-instructions": "",
        "body-0-value-pass_mark": "80",
        "body-0-value-questions-count": "1",
        "body-0-value-questions-0-deleted": "",
        "body-0-value-questions-0-order": "0",
        "body-0-value-questions-0-id": "q1",
        "body-0-value-questions-0-value-prompt": "Which?",
        "body-0-value-questions-0-value-kind": "single",
        "body-0-value-questions-0-value-explanation": '{"blocks":[],"entityMap":{}}',
        "body-0-value-questions-0-value-options-count": "2",
    }
    for index in range(2):
        prefix = f"body-0-value-questions-0-value-options-{index}"
        data |= {
            f"{prefix}-deleted": "",
            f"{prefix}-order": str(index),
            f"{prefix}-id": f"o{index}",
            f"{prefix}-value-text": f"Option {index}",
            f"{prefix}-value-is_correct": "on",  # two right answers on a one-answer question
            f"{prefix}-value-feedback": "",
        }
    response = educator_client.post(f"/admin/pages/add/courses/lessonpage/{module.pk}/", data)
    assert response.status_code == 200
    assert "exactly one correct option" in response.content.decode()
    assert not LessonPage.objects.filter(slug="bad-check").exists()
