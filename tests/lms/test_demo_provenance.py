"""The demo's provenance lab: pictures signed at load time, read at once, shown in lessons."""

import pytest
from wagtail.images import get_image_model

from courses.models import LessonPage, ModulePage
from lms.demo.loader import load_demo
from lms.demo.provenance import SIGNED_IMAGES
from lms.images import CredentialsStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    report, _password = load_demo(password="demo-test-password")
    return report


def lab_image(key):
    return get_image_model().objects.get(title=SIGNED_IMAGES[key].title)


def lab_lesson(slug):
    module = ModulePage.objects.get(slug="provenance-lab")
    return LessonPage.objects.child_of(module).get(slug=slug)


def test_the_lab_module_and_its_lessons_are_live(demo):
    module = ModulePage.objects.get(slug="provenance-lab")
    assert module.live and module.get_parent().slug == "content-credentials-and-provenance"
    lessons = LessonPage.objects.child_of(module).order_by("path")
    assert [(lesson.slug, lesson.live) for lesson in lessons] == [
        ("read-the-credentials", True),
        ("which-is-which", True),
    ]
    body = lessons[0].body
    assert [block.block_type for block in body].count("content_credentials") == 5
    exercise = next(block for block in lessons[1].body if block.block_type == "compare_exercise")
    assert len(exercise.value["items"]) == 4
    assert all(
        item["image"].title.startswith("Provenance lab:") for item in exercise.value["items"]
    )


def test_the_lab_images_are_read_when_the_demo_loads(demo):
    expected = {
        "provenance-camera-photo": CredentialsStatus.VALID,
        "provenance-ai-generated": CredentialsStatus.VALID,
        "provenance-ai-composite": CredentialsStatus.VALID,
        "provenance-tampered": CredentialsStatus.MISMATCH,
        "provenance-stripped": CredentialsStatus.NONE,
    }
    assert {key: lab_image(key).credentials_status for key in expected} == expected
    photo = lab_image("provenance-camera-photo")
    assert photo.file.name.endswith(".jpg")
    assert photo.credentials["signer"]["name"] == "Riverside Museum photo studio"
    assert photo.credentials["trusted"] is False
    assert photo.credentials["training_mining"]["cawg.ai_generative_training"] == "notAllowed"
    assert (photo.ai_disclosure, photo.training_reservation) == ("none", "reserved")
    generated = lab_image("provenance-ai-generated")
    assert generated.credentials["generative_ai"] == "generated"
    assert generated.ai_disclosure == "generated"
    composite = lab_image("provenance-ai-composite")
    assert composite.credentials["generative_ai"] == "composite"
    assert composite.ai_disclosure == "edited"
    [ingredient] = composite.credentials["ingredients"]
    assert ingredient["has_credentials"] and ingredient["relationship"] == "parentOf"
    assert ingredient["signer"]["name"] == "Riverside Museum photo studio"
    tampered = lab_image("provenance-tampered")
    assert tampered.credentials["hash_matches"] is False
    assert tampered.credentials["signature_valid"] is True


def test_the_lesson_page_shows_what_the_credentials_say(demo, client):
    html = client.get(lab_lesson("read-the-credentials").url).content.decode()
    assert "Riverside Museum photo studio" in html
    assert "Dreamlike Canvas image service" in html
    assert "Lumen Photo Editor" in html
    assert "no longer match" in html
    assert "no Content Credentials" in html
    assert "The credentials declare that generative AI created this image." in html
    assert "The credentials declare that this image includes generative AI content." in html
    assert "Not on this site&#x27;s trust list" in html or "Not on this site's trust" in html
    assert "No trusted time-stamp." in html


def test_the_compare_exercise_shows_credentials_after_checking(demo, client):
    lesson = lab_lesson("which-is-which")
    page = client.get(lesson.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Stripped copy: no credentials" in html and "Signed camera photo" in html
    assert "Riverside Museum photo studio" not in html  # nothing given away before answering
    [(block_id, exercise)] = lesson.specific.knowledge_checks.items()
    right = {
        f"q-{question.id}": next(option.id for option in question.options if option.is_correct)
        for question in exercise.questions
    }
    response = client.post(f"{lesson.url}check/{block_id}/", right)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Correct: Signed camera photo." in html
    assert "Riverside Museum photo studio" in html and "no longer match" in html


def test_loading_twice_keeps_the_same_images(demo):
    images = get_image_model().objects
    count = images.count()
    photo = lab_image("provenance-camera-photo")
    load_demo(password="demo-test-password")
    assert images.count() == count
    assert images.filter(title__startswith="Provenance lab:").count() == len(SIGNED_IMAGES)
    again = lab_image("provenance-camera-photo")
    assert (again.pk, again.file.name, again.credentials_status) == (
        photo.pk,
        photo.file.name,
        CredentialsStatus.VALID,
    )
