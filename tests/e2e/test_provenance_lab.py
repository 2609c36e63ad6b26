"""The provenance lab in a browser: a learner does a compare exercise with the keyboard and
opens each image's Content Credentials; lessons with Content Credentials blocks pass axe-core."""

import mimetypes
import re
from urllib.parse import unquote, urlparse

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from playwright.sync_api import expect

from courses.models import LessonPage, QuizAttempt
from tests import factories
from tests.provenance import images

PASSWORD = "a-long-and-unusual-passphrase"
CHOICES = ["AI-edited photo", "AI-generated image", "Signed camera photo"]  # alphabetical
# The images in the order the exercise shows them, and what each really is.
IMAGES = [
    ("photo", "A harbour at dusk with a yellow moon", "Signed camera photo"),
    ("generated", "A harbour in pink light with a yellow moon", "AI-generated image"),
    ("edited", "A harbour in green light with a yellow moon", "AI-edited photo"),
]
SELECTED_TEXT = "select => select.selectedOptions[0].textContent"


def serve_media(page):
    """Answer /media/ requests from the storage: the live server (DEBUG off) serves no media."""
    prefix = urlparse(settings.MEDIA_URL).path

    def fulfil(route):
        name = unquote(urlparse(route.request.url).path).removeprefix(prefix)
        if not default_storage.exists(name):
            route.fulfill(status=404, body="")
            return
        with default_storage.open(name) as file:
            body = file.read()
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=body, content_type=content_type)

    page.route(re.compile(rf"^[^?#]*{re.escape(prefix)}"), fulfil)


def lesson_with(body):
    course = factories.course(title="Reading Content Credentials", lessons_per_module=1)
    lesson = factories.first_lesson(course).get_latest_revision_as_object()
    lesson.body = body
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


def pictures():
    return {
        "photo": images.library_image(
            images.signed_photo(),
            credit="Ana Ruiz",
            licence="CC BY 4.0",
            ai_disclosure="none",
            training_reservation="reserved",
            training_reservation_note="TDMRep on the gallery's site",
        ),
        "generated": images.library_image(images.ai_generated(), ai_disclosure="generated"),
        "edited": images.library_image(images.ai_edited_photo(), ai_disclosure="edited"),
    }


@pytest.fixture
def compare_lesson():
    library = pictures()
    return lesson_with(
        [
            ("paragraph", "<p>Look closely at three pictures of the same harbour.</p>"),
            (
                "compare_exercise",
                {
                    "title": "Which is which?",
                    "instructions": "Say what each image really is, then open its credentials.",
                    "pass_mark": 75,
                    "max_attempts": 0,
                    "items": [
                        {
                            "image": library[key],
                            "alt_text": alt_text,
                            "answer": answer,
                            "explanation": f"<p>Why: {answer.lower()} explained.</p>",
                        }
                        for key, alt_text, answer in IMAGES
                    ],
                },
            ),
        ]
    )


def log_in_and_enrol(page, lesson):
    factories.person("ines@example.org", password=PASSWORD, display_name="Inès")
    course = lesson.get_parent().get_parent()
    page.goto(f"/accounts/login/?next={course.url}")
    page.locator("input[name=login]").fill("ines@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**{course.url}")
    page.get_by_role("button", name=re.compile("Enrol")).click()
    expect(page.get_by_role("status")).to_contain_text("You are enrolled")


def choose_with_keyboard(page, select, answer):
    """Pick an answer on a focused, closed <select> with the arrow keys alone."""
    expect(select).to_be_focused()
    page.keyboard.press("Home")
    for _ in range(1 + CHOICES.index(answer)):
        page.keyboard.press("ArrowDown")
    assert select.evaluate(SELECTED_TEXT) == answer


def test_learner_matches_images_with_the_keyboard_and_opens_their_credentials(
    page, assert_accessible, browser_errors, compare_lesson
):
    serve_media(page)
    log_in_and_enrol(page, compare_lesson)
    page.goto(compare_lesson.url)
    exercise = page.get_by_role("region", name="Which is which?")
    expect(exercise).to_be_visible()
    selects = [exercise.get_by_label(f"What is image {n}?") for n in (1, 2, 3)]
    for select in selects:
        expect(select.locator("option")).to_have_text(["Choose an answer", *CHOICES])
    # Nothing tells the answers before submitting: no verdicts, explanations or credentials.
    expect(exercise.locator(".check__verdict, .check__explanation, details")).to_have_count(0)
    for image, (_key, alt_text, _answer) in zip(
        exercise.locator(".compare__item img").all(), IMAGES, strict=True
    ):
        image.scroll_into_view_if_needed()
        expect(image).to_have_attribute("alt", alt_text)
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
        )
    assert_accessible(page)

    # First try: image 1 right, images 2 and 3 swapped.
    selects[0].focus()
    choose_with_keyboard(page, selects[0], "Signed camera photo")
    page.keyboard.press("Tab")
    choose_with_keyboard(page, selects[1], "AI-edited photo")
    page.keyboard.press("Tab")
    choose_with_keyboard(page, selects[2], "AI-generated image")
    page.keyboard.press("Tab")
    submit = exercise.get_by_role("button", name="Check my answers")
    expect(submit).to_be_focused()
    page.keyboard.press("Enter")

    exercise = page.get_by_role("region", name="Which is which?")
    result = exercise.locator(".check__result")
    expect(result).to_contain_text("Not quite yet")
    expect(result).to_contain_text("1 of 3 questions right (33%; pass mark 75%)")
    expect(result).to_contain_text("Your result is saved.")
    expect(exercise.locator(".check__verdict")).to_have_text(
        [
            "Correct: Signed camera photo.",
            "Not this one: it is AI-generated image.",
            "Not this one: it is AI-edited photo.",
        ]
    )
    # The learner's choices are kept, so they can see what they said.
    assert [s.evaluate(SELECTED_TEXT) for s in selects] == [
        "Signed camera photo",
        "AI-edited photo",
        "AI-generated image",
    ]
    assert_accessible(page)

    # Each image's credentials open on request, with the keyboard.
    details = exercise.locator("details.compare__credentials")
    expect(details).to_have_count(3)
    expected = [
        ["Riverside Gallery camera (Riverside Gallery)", "Ana Ruiz", "reserves AI training"],
        ["generative AI created this image", "Imagined Diffusion service", "AI-generated"],
        ["Edited from: harbour.jpg", "includes generative AI content", "AI-edited"],
    ]
    for number, (panel, texts) in enumerate(zip(details.all(), expected, strict=True), start=1):
        summary = panel.locator("summary")
        expect(summary).to_have_text(f"Content Credentials of image {number}")
        expect(panel.locator(".credentials__facts")).to_be_hidden()
        summary.focus()
        page.keyboard.press("Enter")
        expect(panel).to_have_attribute("open", "")
        expect(panel.locator(".credentials__facts")).to_be_visible()
        for text in texts:
            expect(panel).to_contain_text(text)
    expect(exercise.locator(".credentials__framing")).to_contain_text(
        "They do not prove that what the image shows is true"
    )
    assert_accessible(page)  # with every panel open

    # Second try, now that the credentials have been read: all right.
    selects[1].select_option(label="AI-generated image")
    selects[2].select_option(label="AI-edited photo")
    exercise.get_by_role("button", name="Check again").click()
    exercise = page.get_by_role("region", name="Which is which?")
    expect(exercise.locator(".check__result")).to_contain_text("you passed this check")
    expect(exercise.locator(".check__result")).to_contain_text("3 of 3 questions right")
    expect(exercise.locator(".compare__item.is-correct")).to_have_count(3)
    expect(exercise.locator(".check__attempts")).to_contain_text("Your best score: 100%.")
    assert_accessible(page)

    assert list(QuizAttempt.objects.order_by("number").values_list("score_percent", "passed")) == [
        (33, False),
        (100, True),
    ]
    assert browser_errors == []


@pytest.mark.parametrize("viewport", ["wide", "phone"])
def test_a_lesson_of_content_credentials_blocks_is_accessible(
    new_context, assert_accessible, viewport
):
    library = pictures()
    library["tampered"] = images.library_image(images.tampered())
    library["stripped"] = images.library_image(images.stripped())
    # Live-server tests commit, so the upload task has read this one already: as if not yet.
    pending = images.library_image(images.signed_photo(), read=False)
    type(pending).objects.filter(pk=pending.pk).update(credentials_status="pending", credentials={})
    pending.refresh_from_db()
    library["pending"] = pending
    lesson = lesson_with(
        [
            (
                "content_credentials",
                {
                    "image": picture,
                    "alt_text": f"A harbour with a yellow moon ({key})",
                    "caption": f"the {key} image",
                    "notes": "<p>Look at <strong>who signed it</strong>.</p>",
                },
            )
            for key, picture in library.items()
        ]
    )
    options = {} if viewport == "wide" else {"viewport": {"width": 390, "height": 844}}
    page = new_context(**options).new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    serve_media(page)

    assert page.goto(lesson.url).status == 200
    sections = page.locator("section.credentials")
    expect(sections).to_have_count(6)
    expect(page.locator(".credentials__status")).to_have_text(
        [
            "Valid, signer not on the trust list",
            "Valid, signer not on the trust list",
            "Valid, signer not on the trust list",
            "No longer match the image",
            "No Content Credentials",
            "Not checked yet",
        ]
    )
    expect(page.locator(".credentials__framing")).to_have_count(6)
    # Side by side on a wide screen, stacked on a phone.
    figure = sections.first.locator(".credentials__figure").bounding_box()
    panel = sections.first.locator(".credentials__panel").bounding_box()
    if viewport == "wide":
        assert panel["x"] >= figure["x"] + figure["width"], (figure, panel)
    else:
        assert panel["y"] >= figure["y"] + figure["height"], (figure, panel)
        width = page.evaluate("document.documentElement.clientWidth")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.locator("details.credentials__details summary").click()
    expect(page.locator("details.credentials__details")).to_have_attribute("open", "")
    assert_accessible(page)
    assert errors == []
