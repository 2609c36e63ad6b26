"""The provenance lab: Content Credentials blocks and compare exercises, through HTTP.

The images are made and signed on the spot (tests/provenance/images.py) and read as the upload
task reads them, so what a lesson shows comes from real C2PA manifests.
"""

import re
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.test import Client

from courses.blocks import LessonStreamBlock
from courses.models import Enrolment, LessonPage, QuizAttempt
from courses.services import completion_requirements
from tests import factories
from tests.provenance import images

pytestmark = pytest.mark.django_db

FRAMING = (
    "Content Credentials prove who signed a file, what they declared about how it was made, "
    "and whether the file has changed since. They do not prove that what the image shows is "
    "true, and missing credentials prove nothing: most genuine images have none."
)
EXERCISE_TITLE = "Which is which?"

# In the order the editor put them: not alphabetical, so the choices' order is tested.
ITEMS = [
    {
        "picture": "photo",
        "alt_text": "A harbour at dusk with a yellow moon",
        "answer": "Signed camera photo",
        "explanation": "<p>A camera signed it as a digital capture: explained-camera.</p>",
    },
    {
        "picture": "generated",
        "alt_text": "A harbour in pink light with a yellow moon",
        "answer": "AI-generated image",
        "explanation": "<p>A generative model declared it made it: explained-generated.</p>",
    },
    {
        "picture": "edited",
        "alt_text": "A harbour in green light with a yellow moon",
        "answer": "AI-edited photo",
        "explanation": "<p>Its ingredient is the camera photo: explained-edited.</p>",
    },
]
ALPHABETICAL = ["AI-edited photo", "AI-generated image", "Signed camera photo"]


def text_of(node):
    return " ".join(node.get_text(" ").split())


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def lesson_with(body, *, required=True):
    """A published one-lesson course whose lesson has this body."""
    course = factories.course(lessons_per_module=1)
    lesson = factories.first_lesson(course).get_latest_revision_as_object()
    lesson.body = body
    lesson.required = required
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


# --- Content Credentials blocks --------------------------------------------------------------


@pytest.fixture
def pictures():
    return {
        "photo": images.library_image(
            images.signed_photo(),
            title="Harbour photo",
            credit="Ana Ruiz",
            licence="CC BY-NC 4.0",
            ai_disclosure="none",
            training_reservation="reserved",
            training_reservation_note="TDMRep on the gallery's site",
        ),
        "generated": images.library_image(
            images.ai_generated(), title="Imagined harbour", ai_disclosure="generated"
        ),
        "edited": images.library_image(
            images.ai_edited_photo(), title="Extended harbour", ai_disclosure="edited"
        ),
        "tampered": images.library_image(images.tampered(), title="Retouched harbour"),
        "stripped": images.library_image(images.stripped(), title="Re-saved harbour"),
        "pending": images.library_image(images.signed_photo(), title="New upload", read=False),
    }


def credentials_block(picture, caption):
    return (
        "content_credentials",
        {
            "image": picture,
            "alt_text": f"A harbour ({caption})",
            "caption": caption,
            "notes": f"<p>Notice the signer of the {caption}.</p>",
        },
    )


@pytest.fixture
def credentials_page(client, pictures):
    """{caption: the block's <section>} for a lesson with one block per kind of image."""
    lesson = lesson_with([credentials_block(picture, key) for key, picture in pictures.items()])
    response = client.get(lesson.url)
    assert response.status_code == 200
    sections = soup_of(response).select("section.credentials")
    assert len(sections) == len(pictures)
    return {text_of(s.h2).removeprefix("Content Credentials: "): s for s in sections}


def test_signed_photo_shows_signer_action_source_type_and_trust(credentials_page, pictures):
    section = credentials_page["photo"]
    text = text_of(section)
    assert section.select_one(".credentials__status--valid")
    assert "Valid, signer not on the trust list" in text
    assert "Signed by Riverside Gallery camera (Riverside Gallery)" in text
    assert "Not on this site's trust list: anyone can make a certificate with any name." in text
    assert "Created — Gallery Camera 2.1" in text
    assert "Captured with a digital camera or scanner" in text
    assert "Matches: the image has not changed since it was signed." in text
    assert "Generative AI training: not allowed" in text
    assert not section.select_one(".credentials__ai")  # no generative-AI statement
    # The library's own facts about the image, beside what the credentials say.
    assert "Ana Ruiz · Licence: CC BY-NC 4.0" in text
    assert text_of(section.select_one(".figure__reservation")) == (
        "The rights holder reserves AI training and text-and-data mining. "
        "(TDMRep on the gallery's site)"
    )
    assert not section.select_one(".badge--ai")
    assert section.img["alt"] == "A harbour (photo)"
    original = section.select_one("a.credentials__original")
    assert original["href"] == pictures["photo"].file.url and original.has_attr("download")
    assert "Notice the signer of the photo." in text


def test_ai_generated_image_says_generative_ai_made_it(credentials_page):
    section = credentials_page["generated"]
    text = text_of(section)
    assert text_of(section.select_one(".credentials__ai")) == (
        "The credentials declare that generative AI created this image."
    )
    assert "Signed by Imagined Diffusion service (Imagined Labs)" in text
    assert "Created by a generative AI model" in text
    assert "trainedAlgorithmicMedia" in text
    assert "not on this site's trust list" in text
    assert text_of(section.select_one(".badge--ai")) == "AI-generated"


def test_ai_edited_photo_shows_its_ingredient_chain(credentials_page):
    section = credentials_page["edited"]
    text = text_of(section)
    assert "The credentials declare that this image includes generative AI content." in text
    assert "A composite that includes generative AI content" in text
    assert "Ingredients: the files it was made from" in text
    (ingredient,) = section.select(".credentials__ingredient")
    assert ingredient["data-depth"] == "0"
    assert text_of(ingredient).startswith(
        "Edited from: harbour.jpg , signed by Riverside Gallery camera; created"
    )
    assert "Captured with a digital camera or scanner" in text_of(ingredient)
    assert text_of(section.select_one(".badge--ai")) == "AI-edited"


def test_tampered_image_says_the_credentials_no_longer_match(credentials_page):
    section = credentials_page["tampered"]
    text = text_of(section)
    assert section.select_one(".credentials__status--mismatch")
    assert "The Content Credentials no longer match this image" in text
    assert "Does not match: the image changed after it was signed." in text
    details = section.select_one("details.credentials__details")
    assert "assertion.dataHash.mismatch" in text_of(details)


def test_stripped_image_says_it_carries_no_credentials_and_that_proves_nothing(credentials_page):
    section = credentials_page["stripped"]
    text = text_of(section)
    assert section.select_one(".credentials__status--none")
    assert "This image carries no Content Credentials. That proves nothing either way" in text
    assert not section.select_one(".credentials__facts")
    assert "Riverside Gallery" not in text


def test_image_not_read_yet_says_its_credentials_have_not_been_checked(credentials_page):
    section = credentials_page["pending"]
    text = text_of(section)
    assert section.select_one(".credentials__status--pending")
    assert "have not been checked yet" in text
    assert not section.select_one(".credentials__facts")
    # Nothing is claimed about a file nobody has read, though it does carry credentials.
    assert "Riverside Gallery" not in text


def test_every_block_explains_what_credentials_can_and_cannot_prove(credentials_page):
    for caption, section in credentials_page.items():
        framing = section.select(".credentials__framing")
        assert len(framing) == 1, caption
        assert text_of(framing[0]) == FRAMING
        assert framing[0]["aria-label"] == "What Content Credentials can and cannot prove"


# --- Compare exercise: what the page sends -------------------------------------------------


@pytest.fixture
def compare_pictures():
    return {
        "photo": images.library_image(
            images.signed_photo(), credit="Ana Ruiz", licence="CC BY 4.0", ai_disclosure="none"
        ),
        "generated": images.library_image(images.ai_generated(), ai_disclosure="generated"),
        "edited": images.library_image(images.ai_edited_photo(), ai_disclosure="edited"),
    }


def _items(pictures):
    return [
        {
            "image": pictures[item["picture"]],
            "alt_text": item["alt_text"],
            "answer": item["answer"],
            "explanation": item["explanation"],
        }
        for item in ITEMS
    ]


def exercise_block(pictures, **settings):
    value = {
        "title": EXERCISE_TITLE,
        "instructions": "Say what each image really is.",
        "pass_mark": 75,
        "max_attempts": 0,
        "items": _items(pictures),
    }
    value.update(settings)
    return ("compare_exercise", value)


@pytest.fixture
def compare_lesson(compare_pictures):
    """A lesson with a compare exercise and, after it, an ordinary knowledge check."""
    return lesson_with([exercise_block(compare_pictures), factories.knowledge_check()])


def exercise_of(lesson):
    """(block id, Gradable) of the lesson's compare exercise."""
    ((block_id, check),) = [
        (block_id, check)
        for block_id, check in lesson.knowledge_checks.items()
        if check.title == EXERCISE_TITLE
    ]
    return block_id, check


def other_check_of(lesson):
    ((check,),) = [
        [check for check in lesson.knowledge_checks.values() if check.title != EXERCISE_TITLE]
    ]
    return check


def submit_url(lesson, block_id):
    return f"{lesson.url}check/{block_id}/"


def right_answers(check):
    return {
        f"q-{question.id}": [next(o.id for o in question.options if o.is_correct)]
        for question in check.questions
    }


def answer_for(check, alt_text, answer_text):
    """The field and value that say the image described by `alt_text` is `answer_text`."""
    question = next(q for q in check.questions if q.prompt == alt_text)
    return f"q-{question.id}", next(o.id for o in question.options if o.text == answer_text)


def swapped_answers(check):
    """Images 1 and 2 swapped (both wrong), image 3 right."""
    answers = right_answers(check)
    first, second = ITEMS[0], ITEMS[1]
    field, value = answer_for(check, first["alt_text"], second["answer"])
    answers[field] = [value]
    field, value = answer_for(check, second["alt_text"], first["answer"])
    answers[field] = [value]
    return answers


def exercise_section(response, block_id):
    return soup_of(response).select_one(f"#check-{block_id}")


def test_exercise_sends_no_answers_explanations_or_credentials_before_submitting(
    client, compare_lesson
):
    block_id, _check = exercise_of(compare_lesson)
    response = client.get(compare_lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    section = exercise_section(response, block_id)
    assert text_of(section.h2) == EXERCISE_TITLE
    assert [img["alt"] for img in section.select(".compare__item img")] == [
        item["alt_text"] for item in ITEMS
    ]
    assert "explained-" not in html
    for leak in (
        "is-correct",
        "is-wrong",
        "check__verdict",
        "compare__credentials",
        "credentials__status",
        "badge--ai",
        "Riverside Gallery",
        "Imagined Diffusion",
        "Ana Ruiz",
        "Correct:",
        "Not this one",
    ):
        assert leak not in html, leak
    # The images are re-encoded renditions: their own C2PA manifests are not sent either.
    for img in section.select(".compare__item img"):
        path = img["src"].removeprefix("/media/")
        with default_storage.open(path) as rendition:
            assert b"c2pa" not in rendition.read()
    with default_storage.open(_original_path(compare_lesson)) as original:
        assert b"c2pa" in original.read()  # the control: the original does carry one


def _original_path(lesson):
    block = next(b for b in lesson.body if b.block_type == "compare_exercise")
    return block.value["items"][0]["image"].file.name


def test_every_image_offers_every_answer_in_alphabetical_order(client, compare_lesson):
    block_id, check = exercise_of(compare_lesson)
    section = exercise_section(client.get(compare_lesson.url), block_id)
    selects = section.select("select")
    assert [s["name"] for s in selects] == [f"q-{q.id}" for q in check.questions]
    offered = []
    for number, select in enumerate(selects, start=1):
        label = section.select_one(f'label[for="{select["id"]}"]')
        assert text_of(label) == f"What is image {number}?"
        options = select.select("option")
        assert (options[0]["value"], text_of(options[0])) == ("", "Choose an answer")
        assert not any(option.has_attr("selected") for option in options)
        offered.append([(option["value"], text_of(option)) for option in options[1:]])
    assert [text for _value, text in offered[0]] == ALPHABETICAL
    assert all(choices == offered[0] for choices in offered)  # the same list for every image


def test_option_values_do_not_reveal_which_answer_belongs_to_which_image(client, compare_lesson):
    block_id, check = exercise_of(compare_lesson)
    section = exercise_section(client.get(compare_lesson.url), block_id)
    item_ids = {question.id for question in check.questions}
    for select in section.select("select"):
        values = {option["value"] for option in select.select("option")}
        assert select["name"].removeprefix("q-") not in values
        assert not values & item_ids


# --- Compare exercise: grading -------------------------------------------------------------


def test_right_answers_say_correct_and_open_up_each_images_credentials(client, compare_lesson):
    block_id, check = exercise_of(compare_lesson)
    response = client.post(submit_url(compare_lesson, block_id), right_answers(check))
    assert response.status_code == 200
    section = exercise_section(response, block_id)
    result = text_of(section.select_one(".check__result"))
    assert "Well done — you passed this check." in result
    assert "3 of 3 questions right (100%; pass mark 75%)" in result
    assert "Your result is saved." not in result  # a visitor: graded, not stored
    items = section.select(".compare__item")
    assert [text_of(i.select_one(".check__verdict")) for i in items] == [
        f"Correct: {item['answer']}." for item in ITEMS
    ]
    assert all("is-correct" in i["class"] for i in items)
    for item, element in zip(ITEMS, items, strict=True):
        explained = re.search(r"explained-\w+", item["explanation"]).group(0)
        assert explained in text_of(element.select_one(".check__explanation"))
        # What was picked stays picked.
        assert text_of(element.select_one("option[selected]")) == item["answer"]
        details = element.select_one("details.compare__credentials")
        assert not details.has_attr("open")  # opened on request
        assert text_of(details.summary).startswith("Content Credentials of image")
        assert details.select_one(".credentials__status")
    photo, generated, edited = (text_of(i.select_one("details")) for i in items)
    assert "Riverside Gallery camera (Riverside Gallery)" in photo
    assert "Captured with a digital camera or scanner" in photo
    assert "Ana Ruiz · Licence: CC BY 4.0" in photo
    assert "The credentials declare that generative AI created this image." in generated
    assert "AI-generated" in generated
    assert "Edited from: harbour.jpg" in edited and "AI-edited" in edited
    assert text_of(section.select_one(".credentials__framing")) == FRAMING
    assert text_of(section.select_one("button[type=submit]")) == "Check again"
    assert not QuizAttempt.objects.exists()


def test_a_wrong_answer_is_marked_and_shows_the_right_one(client, compare_lesson):
    block_id, check = exercise_of(compare_lesson)
    response = client.post(submit_url(compare_lesson, block_id), swapped_answers(check))
    assert response.status_code == 200
    section = exercise_section(response, block_id)
    result = text_of(section.select_one(".check__result"))
    assert "Not quite yet — read the feedback and try again." in result
    assert "1 of 3 questions right (33%; pass mark 75%)" in result
    items = section.select(".compare__item")
    assert [text_of(i.select_one(".check__verdict")) for i in items] == [
        "Not this one: it is Signed camera photo.",
        "Not this one: it is AI-generated image.",
        "Correct: AI-edited photo.",
    ]
    assert ["is-wrong" in i["class"] for i in items] == [True, True, False]
    # The learner's own (wrong) choice is kept, so they can see what they said.
    assert text_of(items[0].select_one("option[selected]")) == "AI-generated image"
    # The explanation and the credentials come with a wrong answer too.
    assert "explained-camera" in text_of(items[0])
    assert "Riverside Gallery camera" in text_of(items[0].select_one("details"))


def test_one_answer_used_for_two_images_is_graded_not_refused(client, compare_lesson):
    block_id, check = exercise_of(compare_lesson)
    answers = right_answers(check)
    field, value = answer_for(check, ITEMS[1]["alt_text"], ITEMS[0]["answer"])
    answers[field] = [value]
    response = client.post(submit_url(compare_lesson, block_id), answers)
    assert response.status_code == 200
    assert "2 of 3 questions right (67%" in text_of(exercise_section(response, block_id))


# --- Compare exercise: learners' attempts and course completion -----------------------------


@pytest.fixture
def learner(client):
    user = factories.person("ines@example.org", display_name="Inès")
    client.force_login(user)
    return user


def course_of(lesson):
    return lesson.get_parent().get_parent().specific


def test_enrolled_learners_attempts_are_stored_once_per_token(client, learner, compare_lesson):
    client.post(f"{course_of(compare_lesson).url}enrol/")
    block_id, check = exercise_of(compare_lesson)
    submission = {**swapped_answers(check), "token": "c" * 32}
    first = client.post(submit_url(compare_lesson, block_id), submission)
    replay = client.post(submit_url(compare_lesson, block_id), submission)
    assert first.status_code == replay.status_code == 200
    assert "Your result is saved." in text_of(exercise_section(first, block_id))
    attempt = QuizAttempt.objects.get()
    assert (attempt.user, attempt.lesson_id, attempt.check_id) == (
        learner,
        compare_lesson.pk,
        block_id,
    )
    assert (attempt.number, attempt.score_percent, attempt.passed) == (1, 33, False)
    assert len(attempt.wrong_questions) == 2
    assert attempt.answers == {
        key.removeprefix("q-"): v for key, v in swapped_answers(check).items()
    }

    client.post(submit_url(compare_lesson, block_id), {**right_answers(check), "token": "d" * 32})
    best = client.get(compare_lesson.url)
    status = text_of(exercise_section(best, block_id).select_one(".check__attempts"))
    assert "Your best score: 100%." in status and "Passed." in status
    assert QuizAttempt.objects.count() == 2


def test_attempt_limit_applies_to_compare_exercises(client, learner, compare_pictures):
    lesson = lesson_with([exercise_block(compare_pictures, max_attempts=1)])
    client.post(f"{course_of(lesson).url}enrol/")
    block_id, check = exercise_of(lesson)
    url = submit_url(lesson, block_id)
    assert client.post(url, {**swapped_answers(check), "token": "1" * 32}).status_code == 200
    refused = client.post(url, {**right_answers(check), "token": "2" * 32})
    assert refused.status_code == 409
    assert "You have used every attempt allowed for this check." in refused.content.decode()
    assert QuizAttempt.objects.count() == 1


def test_a_compare_exercise_counts_toward_course_completion(
    client, learner, compare_pictures, django_capture_on_commit_callbacks
):
    lesson = lesson_with([exercise_block(compare_pictures)])
    course = course_of(lesson)
    block_id, check = exercise_of(lesson)
    assert completion_requirements(course) == ({lesson.pk}, {(lesson.pk, block_id)})
    client.post(f"{course.url}enrol/")
    client.post(f"{lesson.url}complete/")
    assert Enrolment.objects.get(user=learner).completed_at is None  # exercise not passed yet

    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit_url(lesson, block_id), {**swapped_answers(check), "token": "f" * 32})
    assert Enrolment.objects.get(user=learner).completed_at is None  # 33% < 75%

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            submit_url(lesson, block_id), {**right_answers(check), "token": "p" * 32}
        )
    assert response.status_code == 200
    assert Enrolment.objects.get(user=learner).completed_at is not None


# --- Compare exercise: bad submissions -----------------------------------------------------


def _unknown_option(lesson, check):
    answers = right_answers(check)
    answers[f"q-{check.questions[0].id}"] = [str(uuid.uuid4())]
    return answers


def _option_of_another_check(lesson, check):
    answers = right_answers(check)
    answers[f"q-{check.questions[0].id}"] = [other_check_of(lesson).questions[0].options[0].id]
    return answers


def _unknown_field_with_an_items_id(lesson, check):
    return {**right_answers(check), f"q-{uuid.uuid4()}": [check.questions[0].id]}


def _field_of_another_check(lesson, check):
    question = other_check_of(lesson).questions[0]
    return {**right_answers(check), f"q-{question.id}": [question.options[0].id]}


def _nothing_chosen(lesson, check):
    return {f"q-{question.id}": [""] for question in check.questions}


def _one_left_unanswered(lesson, check):
    answers = right_answers(check)
    answers[f"q-{check.questions[-1].id}"] = [""]
    return answers


def _no_fields(lesson, check):
    return {}


def _same_value_twice(lesson, check):
    answers = right_answers(check)
    field = f"q-{check.questions[0].id}"
    answers[field] = answers[field] * 2
    return answers


def _two_answers_for_one_image(lesson, check):
    answers = right_answers(check)
    answers[f"q-{check.questions[0].id}"] = [o.id for o in check.questions[0].options[:2]]
    return answers


def _hostile_value(lesson, check):
    answers = right_answers(check)
    answers[f"q-{check.questions[0].id}"] = ['"><script>alert(1)</script>']
    return answers


def _ten_thousand_fields(lesson, check):
    """10,000 fields with the token: as many as Django lets through (DATA_UPLOAD_MAX_...)."""
    return {**right_answers(check), **{f"q-{i}": ["x"] for i in range(10_000 - 4)}}


BAD_SUBMISSIONS = {
    "unknown-option-id": (_unknown_option, "does not belong to this check"),
    "option-of-another-check": (_option_of_another_check, "does not belong to this check"),
    "unknown-field-with-an-items-id": (
        _unknown_field_with_an_items_id,
        "The answers do not match this check.",
    ),
    "field-of-another-check": (_field_of_another_check, "The answers do not match this check."),
    "nothing-chosen": (_nothing_chosen, "Please answer every question"),
    "one-left-unanswered": (_one_left_unanswered, "Please answer every question"),
    "no-fields": (_no_fields, "Please answer every question"),
    "same-value-twice": (_same_value_twice, "The same answer was sent twice."),
    "two-answers-for-one-image": (
        _two_answers_for_one_image,
        "Choose only one answer for a one-answer question.",
    ),
    "hostile-value": (_hostile_value, "does not belong to this check"),
    "ten-thousand-fields": (_ten_thousand_fields, "Too many answers were sent."),
}


@pytest.mark.parametrize("kind", BAD_SUBMISSIONS)
def test_bad_submissions_get_a_clear_400_and_nothing_is_stored_or_revealed(
    client, learner, compare_lesson, kind
):
    client.post(f"{course_of(compare_lesson).url}enrol/")
    tamper, message = BAD_SUBMISSIONS[kind]
    block_id, check = exercise_of(compare_lesson)
    response = client.post(
        submit_url(compare_lesson, block_id), {**tamper(compare_lesson, check), "token": "e" * 32}
    )
    assert response.status_code == 400
    html = response.content.decode()
    section = exercise_section(response, block_id)
    alert = section.select_one('.form-error[role="alert"]')
    assert alert is not None and message in text_of(alert)
    assert "<script>alert(1)</script>" not in html
    for leak in ("check__result", "check__verdict", "compare__credentials", "explained-"):
        assert leak not in html, leak
    assert not QuizAttempt.objects.exists()


def test_more_fields_than_django_accepts_get_a_400_and_nothing_is_stored(
    client, learner, compare_lesson
):
    client.post(f"{course_of(compare_lesson).url}enrol/")
    block_id, check = exercise_of(compare_lesson)
    flood = {**right_answers(check), "token": "h" * 32, **{f"q-{i}": "x" for i in range(20_000)}}
    response = client.post(submit_url(compare_lesson, block_id), flood)
    # Django refuses to parse the body (DATA_UPLOAD_MAX_NUMBER_FIELDS) before the view runs.
    assert response.status_code == 400
    assert "That request could not be handled" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_the_route_only_takes_posts(client, learner, compare_lesson):
    block_id, _check = exercise_of(compare_lesson)
    response = client.get(submit_url(compare_lesson, block_id))
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert client.post(submit_url(compare_lesson, "no-such-exercise"), {}).status_code == 404
    assert not QuizAttempt.objects.exists()


def test_a_submission_without_a_csrf_token_is_refused(learner, compare_lesson):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    strict.post(f"{course_of(compare_lesson).url}enrol/")  # refused too: no token
    block_id, check = exercise_of(compare_lesson)
    response = strict.post(
        submit_url(compare_lesson, block_id), {**right_answers(check), "token": "g" * 32}
    )
    assert response.status_code == 403
    assert "CSRF verification failed" in response.content.decode()
    assert not QuizAttempt.objects.exists()


# --- Block validation in the editor ----------------------------------------------------------


def clean(block_name, raw):
    block = LessonStreamBlock().child_blocks[block_name]
    return block.clean(block.to_python(raw))


def raw_items(pictures, **changes):
    items = [
        {
            "image": pictures[item["picture"]].pk,
            "alt_text": item["alt_text"],
            "answer": item["answer"],
            "explanation": item["explanation"],
        }
        for item in ITEMS
    ]
    for index, fields in changes.items():
        items[int(index.removeprefix("item"))].update(fields)
    return items


def raw_exercise(items):
    return {
        "title": EXERCISE_TITLE,
        "instructions": "",
        "pass_mark": 75,
        "max_attempts": 0,
        "items": items,
    }


def error_messages(error):
    """Every message in a (nested) block validation error, flattened."""
    messages = []

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)
        elif node is not None:
            for attribute in ("block_errors", "non_block_errors"):
                if getattr(node, attribute, None):
                    walk(getattr(node, attribute))
                    return
            if isinstance(node, ValidationError):
                messages.extend(node.messages)

    walk(error)
    return messages


def test_a_valid_exercise_is_accepted(compare_pictures):
    value = clean("compare_exercise", raw_exercise(raw_items(compare_pictures)))
    assert [item["answer"] for item in value["items"]] == [item["answer"] for item in ITEMS]


@pytest.mark.parametrize(
    "duplicate", ["AI-generated image", "  ai-GENERATED image "], ids=["same", "case-and-spaces"]
)
def test_the_editor_refuses_two_images_with_the_same_answer(compare_pictures, duplicate):
    items = raw_items(compare_pictures, item2={"answer": duplicate})
    with pytest.raises(ValidationError) as refused:
        clean("compare_exercise", raw_exercise(items))
    assert "Give every image a different answer." in error_messages(refused.value)


@pytest.mark.parametrize("alt_text", ["", "   "], ids=["empty", "spaces"])
def test_the_editor_refuses_a_compare_image_without_alt_text(compare_pictures, alt_text):
    items = raw_items(compare_pictures, item1={"alt_text": alt_text})
    with pytest.raises(ValidationError) as refused:
        clean("compare_exercise", raw_exercise(items))
    messages = error_messages(refused.value)
    assert messages and set(messages) <= {
        "This field is required.",
        "Alternative text is required.",
    }


@pytest.mark.parametrize("count", [1, 5])
def test_an_exercise_has_two_to_four_images(compare_pictures, count):
    items = raw_items(compare_pictures)
    items = (items * 2)[:count]
    for number, item in enumerate(items):
        item["answer"] = f"Answer {number}"
    with pytest.raises(ValidationError):
        clean("compare_exercise", raw_exercise(items))


@pytest.mark.parametrize("alt_text", ["", "   "], ids=["empty", "spaces"])
def test_the_editor_refuses_a_credentials_block_without_alt_text(compare_pictures, alt_text):
    raw = {
        "image": compare_pictures["photo"].pk,
        "alt_text": alt_text,
        "caption": "",
        "notes": "",
    }
    with pytest.raises(ValidationError) as refused:
        clean("content_credentials", raw)
    assert error_messages(refused.value)
    raw["alt_text"] = "A harbour at dusk"
    assert clean("content_credentials", raw)["image"] == compare_pictures["photo"]
