"""Uploading images through the Wagtail admin: credentials are read once, after the upload
commits; bad files are refused with a message and leave nothing behind; page views never run
the C2PA reader."""

import io
from functools import cache

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail.models import Collection

from courses.models import LessonPage
from lms.images import CredentialsStatus, LibraryImage
from lms.provenance import services
from tests import factories
from tests.provenance import images
from tests.provenance.test_reading import CREATED, sign_raw

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user():
    return get_user_model().objects.create_superuser(email="root@example.org", password="x")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def read_spy(monkeypatch):
    """Counts runs of the C2PA reader (and still runs the real one)."""
    calls = []
    real = services.read_credentials

    def spy(data, *, mime_type):
        calls.append(mime_type)
        return real(data, mime_type=mime_type)

    monkeypatch.setattr(services, "read_credentials", spy)
    return calls


def root_collection():
    return Collection.get_first_root_node()


def upload(name, data, content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def add_image(client, name, data, *, title="Uploaded photo", content_type="image/jpeg", **fields):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": upload(name, data, content_type),
            "collection": root_collection().pk,
            **fields,
        },
    )


def add_multiple(client, name, data, *, content_type="image/jpeg"):
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "files[]": upload(name, data, content_type),
            "title": name,
            "collection": root_collection().pk,
        },
    )


SCRIPTED_SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b"<script>fetch('/admin/').then(r => r.text()).then(alert)</script>"
    b'<rect width="100" height="100" fill="red"/></svg>'
)


# A signed upload: read once, after the upload commits -------------------------------------


def test_a_signed_jpeg_uploaded_in_the_admin_has_its_credentials_read_after_commit(
    admin_client, read_spy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = add_image(
            admin_client,
            "harbour.jpg",
            images.signed_photo(),
            credit="Riverside Gallery",
            licence="CC BY 4.0",
            ai_disclosure="none",
            training_reservation="reserved",
            training_reservation_note="C2PA training-mining assertion",
        )
        # Inside the transaction nothing has been read yet: the reading waits for the commit.
        assert read_spy == []
        assert LibraryImage.objects.get().credentials_status == CredentialsStatus.PENDING

    assert response.status_code == 302
    assert len(callbacks) == 1
    image = LibraryImage.objects.get()
    assert image.title == "Uploaded photo"
    assert image.credentials_status == CredentialsStatus.VALID
    assert image.credentials["signer"]["name"] == "Riverside Gallery camera"
    assert image.credentials["training_mining"] == {"cawg.ai_generative_training": "notAllowed"}
    assert image.credentials_file_hash == image.file_hash
    assert image.credentials_checked_at is not None
    assert (image.credit, image.licence, image.ai_disclosure) == (
        "Riverside Gallery",
        "CC BY 4.0",
        "none",
    )
    assert image.training_reservation == "reserved"
    assert image.training_reservation_note == "C2PA training-mining assertion"
    assert read_spy == ["image/jpeg"]


def test_the_multiple_uploader_reads_credentials_too(
    admin_client, read_spy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = add_multiple(admin_client, "imagined.jpg", images.ai_generated())

    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is True
    image = LibraryImage.objects.get(pk=answer["image_id"])
    assert image.credentials_status == CredentialsStatus.VALID
    assert image.credentials["generative_ai"] == "generated"
    assert read_spy == ["image/jpeg"]


def test_a_tampered_upload_is_stored_as_no_longer_matching(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert add_image(admin_client, "tampered.jpg", images.tampered()).status_code == 302

    image = LibraryImage.objects.get()
    assert image.credentials_status == CredentialsStatus.MISMATCH
    assert image.credentials["hash_matches"] is False


def test_saving_the_edit_form_without_a_new_file_does_not_read_again(
    admin_client, read_spy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_image(admin_client, "harbour.jpg", images.signed_photo())
    image = LibraryImage.objects.get()
    checked_at = image.credentials_checked_at

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": "Harbour, renamed",
                "collection": root_collection().pk,
                "credit": "Someone else",
            },
        )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.title == "Harbour, renamed"
    assert image.credentials_status == CredentialsStatus.VALID
    assert image.credentials_checked_at == checked_at
    assert read_spy == ["image/jpeg"]


# The edit form: provenance fields shown and saved --------------------------------------------


def test_the_edit_form_shows_and_saves_credit_licence_disclosure_and_reservation(
    admin_client,
):
    image = images.library_image(images.signed_photo(), credit="Old credit")
    url = reverse("wagtailimages:edit", args=[image.pk])

    page = admin_client.get(url)

    assert page.status_code == 200
    html = page.content.decode()
    for name in (
        "credit",
        "licence",
        "ai_disclosure",
        "training_reservation",
        "training_reservation_note",
    ):
        assert f'name="{name}"' in html, name
    assert 'value="Old credit"' in html
    assert "AI-generated" in html  # a choice of ai_disclosure
    assert "Reserved: the rights holder does not allow AI training" in html

    response = admin_client.post(
        url,
        {
            "title": image.title,
            "collection": root_collection().pk,
            "credit": "Ada Example",
            "licence": "All rights reserved, used with permission",
            "ai_disclosure": "edited",
            "training_reservation": "reserved",
            "training_reservation_note": "TDMRep on the artist's site",
        },
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.credit == "Ada Example"
    assert image.licence == "All rights reserved, used with permission"
    assert image.ai_disclosure == "edited"
    assert image.training_reservation == "reserved"
    assert image.training_reservation_note == "TDMRep on the artist's site"


def test_the_edit_form_refuses_an_unknown_disclosure(admin_client):
    image = images.library_image(images.picture())

    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": image.title, "collection": root_collection().pk, "ai_disclosure": "maybe"},
    )

    assert response.status_code == 200
    assert "ai_disclosure" in response.context["form"].errors
    image.refresh_from_db()
    assert image.ai_disclosure == ""


def test_replacing_the_file_reads_the_new_file(
    admin_client, read_spy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_image(admin_client, "harbour.jpg", images.signed_photo())
    image = LibraryImage.objects.get()
    assert image.credentials_status == CredentialsStatus.VALID
    first_hash = image.credentials_file_hash

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": image.title,
                "collection": root_collection().pk,
                "file": upload("harbour-screenshot.jpg", images.stripped()),
            },
        )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.credentials_status == CredentialsStatus.NONE
    assert image.credentials == {}
    assert image.credentials_file_hash == image.file_hash != first_hash
    assert len(read_spy) == 2


def test_replacing_a_plain_file_with_a_signed_one_finds_its_credentials(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_image(admin_client, "plain.jpg", images.picture())
    image = LibraryImage.objects.get()
    assert image.credentials_status == CredentialsStatus.NONE

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": image.title,
                "collection": root_collection().pk,
                "file": upload("edited.jpg", images.ai_edited_photo()),
            },
        )

    image.refresh_from_db()
    assert image.credentials_status == CredentialsStatus.VALID
    assert image.credentials["generative_ai"] == "composite"
    assert image.credentials["ingredients"][0]["signer"]["name"] == "Riverside Gallery camera"


# Refused uploads: a message, a 200, nothing created ---------------------------------------


def half(data):
    return data[: len(data) // 2]


def noisy_png(size=(300, 200)):
    """A PNG whose pixel data is long enough that cutting it in half loses pixels."""
    picture = PILImage.effect_noise(size, 60).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


@cache
def bomb_png():
    """8000 x 8000 pixels of one colour: 64 million pixels in about 20 kB."""
    buffer = io.BytesIO()
    PILImage.new("1", (8000, 8000), 1).save(buffer, format="PNG")
    return buffer.getvalue()


REFUSED = [
    pytest.param(
        "notes.jpg",
        lambda: b"Meeting notes, definitely not a picture.\n" * 50,
        "image/jpeg",
        "",
        id="a text file named .jpg",
    ),
    pytest.param(
        "half.jpg",
        lambda: half(images.signed_photo()),
        "image/jpeg",
        "could not be read as a complete image",
        id="a signed JPEG cut in half",
    ),
    pytest.param(
        "cut.jpg",
        lambda: images.picture()[:-300],
        "image/jpeg",
        "could not be read as a complete image",
        id="a JPEG missing its last bytes",
    ),
    pytest.param(
        "half.png",
        lambda: half(noisy_png()),
        "image/png",
        "could not be read as a complete image",
        id="a truncated PNG",
    ),
    pytest.param(
        "header.png",
        lambda: b"\x89PNG\r\n\x1a\n",
        "image/png",
        "could not be read as a complete image",
        id="a PNG header only",
    ),
    pytest.param(
        "drawing.svg", lambda: SCRIPTED_SVG, "image/svg+xml", "", id="an SVG with a script"
    ),
    pytest.param(
        "drawing.png",
        lambda: SCRIPTED_SVG,
        "image/png",
        "",
        id="an SVG with a script renamed .png",
    ),
    pytest.param("bomb.png", bomb_png, "image/png", "too many pixels", id="a decompression bomb"),
    pytest.param("empty.jpg", lambda: b"", "image/jpeg", "", id="an empty file"),
]


@pytest.mark.parametrize(("name", "make", "content_type", "message"), REFUSED)
def test_a_bad_upload_is_refused_with_a_message_and_nothing_created(
    admin_client, read_spy, django_capture_on_commit_callbacks, name, make, content_type, message
):
    before = LibraryImage.objects.count()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = add_image(admin_client, name, make(), content_type=content_type)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "file" in errors
    text = " ".join(errors["file"])
    assert text.strip()
    assert message.lower() in text.lower()
    # The message is on the page the editor sees, not only in the form object.
    assert escape(errors["file"][0])[:40] in response.content.decode()
    assert LibraryImage.objects.count() == before
    assert callbacks == []
    assert read_spy == []


@pytest.mark.parametrize(("name", "make", "content_type", "message"), REFUSED)
def test_the_multiple_uploader_refuses_the_same_files_with_a_json_error(
    admin_client, read_spy, name, make, content_type, message
):
    before = LibraryImage.objects.count()

    response = add_multiple(admin_client, name, make(), content_type=content_type)

    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert answer["error_message"].strip()
    assert message.lower() in answer["error_message"].lower()
    assert LibraryImage.objects.count() == before
    assert read_spy == []


def test_an_upload_without_a_csrf_token_is_forbidden(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)

    single = add_image(client, "harbour.jpg", images.signed_photo())
    multiple = add_multiple(client, "harbour.jpg", images.signed_photo())

    assert single.status_code == 403
    assert multiple.status_code == 403
    assert LibraryImage.objects.count() == 0


def test_an_upload_with_the_csrf_token_is_accepted(admin_user):
    """The control for the test above: the same client, with its token, may upload."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    client.get(reverse("wagtailimages:add"))
    token = client.cookies["csrftoken"].value

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "With token",
            "file": upload("harbour.jpg", images.signed_photo()),
            "collection": root_collection().pk,
            "csrfmiddlewaretoken": token,
        },
    )

    assert response.status_code == 302
    assert LibraryImage.objects.filter(title="With token").exists()


def test_only_people_who_may_add_images_can_upload(client):
    learner = factories.person("learner@example.org")
    client.force_login(learner)

    response = add_image(client, "harbour.jpg", images.signed_photo())

    assert response.status_code in (302, 403)
    assert LibraryImage.objects.count() == 0


# Page views never run the reader ------------------------------------------------------------


def credentials_block(image, number=0):
    return (
        "content_credentials",
        {
            "image": image,
            "alt_text": f"A harbour at dusk ({number})",
            "caption": f"Example {number}",
            "notes": "",
        },
    )


def lesson_with(body):
    lesson = factories.first_lesson(factories.course(lessons_per_module=1))
    lesson.body = body
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def test_credentials_are_read_on_upload_not_when_a_lesson_shows_them(
    admin_client, client, read_spy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_image(admin_client, "harbour.jpg", images.signed_photo())
    image = LibraryImage.objects.get()
    assert read_spy == ["image/jpeg"]
    lesson = lesson_with([credentials_block(image)])
    admin_client.logout()

    for _view in range(3):
        response = client.get(lesson.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Riverside Gallery camera" in html
        assert "Gallery Camera 2.1" in html

    assert read_spy == ["image/jpeg"]


def test_a_lesson_with_a_compare_exercise_does_not_run_the_reader(client, read_spy):
    photo = images.library_image(images.signed_photo())
    imagined = images.library_image(images.ai_generated())
    reads = len(read_spy)
    lesson = lesson_with(
        [
            (
                "compare_exercise",
                {
                    "title": "Which is which?",
                    "instructions": "",
                    "pass_mark": 50,
                    "max_attempts": 0,
                    "items": [
                        {
                            "image": photo,
                            "alt_text": "A harbour",
                            "answer": "Signed camera photo",
                            "explanation": "",
                        },
                        {
                            "image": imagined,
                            "alt_text": "Another harbour",
                            "answer": "AI-generated",
                            "explanation": "",
                        },
                    ],
                },
            )
        ]
    )

    for _view in range(3):
        assert client.get(lesson.url).status_code == 200

    assert len(read_spy) == reads


def lesson_queries(client, django_assert_max_num_queries, blocks):
    images_ = [
        images.library_image(images.signed_photo(), title=f"Photo {n}") for n in range(blocks)
    ]
    lesson = lesson_with([credentials_block(image, n) for n, image in enumerate(images_)])
    client.get(lesson.url)  # renditions are made on the first view; count a later one
    with django_assert_max_num_queries(200) as counted:
        response = client.get(lesson.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="credentials"') == blocks
    return len(counted.captured_queries)


def test_a_lessons_queries_do_not_grow_with_its_credentials_blocks(
    client, django_assert_max_num_queries
):
    one = lesson_queries(client, django_assert_max_num_queries, 1)
    four = lesson_queries(client, django_assert_max_num_queries, 4)

    assert four <= one


def test_a_signed_upload_with_an_odd_assertion_still_gets_a_final_status(
    admin_client, django_capture_on_commit_callbacks
):
    data = sign_raw([CREATED, {"label": "c2pa.training-mining", "data": {"entries": ["x"]}}])

    with django_capture_on_commit_callbacks(execute=True):
        response = add_image(admin_client, "odd.jpg", data)

    assert response.status_code == 302
    image = LibraryImage.objects.get()
    assert image.credentials_status != CredentialsStatus.PENDING
    assert image.credentials_checked_at is not None
