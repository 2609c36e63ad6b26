"""Builders for test content: a site tree with courses, modules and lessons."""

import io
from itertools import count

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from lms.models import HomePage

_sequence = count(1)


def home_page():
    return HomePage.objects.get(depth=2)


def course_index(parent=None):
    parent = parent or home_page()
    existing = CourseIndexPage.objects.child_of(parent).first()
    if existing:
        return existing
    index = CourseIndexPage(title="Courses", slug="courses", show_in_menus=True)
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def image(title="Test image"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), (20, 90, 100)).save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"test-{next(_sequence)}.png")
    )


def knowledge_check(*, pass_mark=100):
    return (
        "knowledge_check",
        {
            "title": "Check your understanding",
            "instructions": "",
            "pass_mark": pass_mark,
            "questions": [
                {
                    "prompt": "Does a robots.txt rule remove your images from a dataset already collected?",
                    "kind": "single",
                    "options": [
                        {
                            "text": "Yes",
                            "is_correct": False,
                            "feedback": "It only asks crawlers not to fetch again.",
                        },
                        {
                            "text": "No",
                            "is_correct": True,
                            "feedback": "Right: it only affects future crawls.",
                        },
                    ],
                    "explanation": "<p>robots.txt is a request to future crawlers.</p>",
                },
                {
                    "prompt": "Which of these are machine-readable opt-out signals?",
                    "kind": "multiple",
                    "options": [
                        {"text": "robots.txt rules", "is_correct": True, "feedback": "Yes."},
                        {"text": "TDMRep headers", "is_correct": True, "feedback": "Yes."},
                        {
                            "text": "A caption saying 'please do not train'",
                            "is_correct": False,
                            "feedback": "Not machine-readable.",
                        },
                    ],
                    "explanation": "",
                },
            ],
        },
    )


def lesson_body(*, with_check=False, picture=None):
    body = [
        ("heading", {"text": "What training data is", "level": "h2"}),
        ("paragraph", "<p>" + "Models learn statistical patterns from examples. " * 40 + "</p>"),
        (
            "callout",
            {
                "kind": "legal_note",
                "title": "Not legal advice",
                "body": "<p>Check the current law.</p>",
            },
        ),
        ("glossary_term", {"term": "Dataset", "definition": "<p>A collection of examples.</p>"}),
        (
            "sources",
            {
                "heading": "Sources",
                "citations": [
                    {
                        "title": "Directive (EU) 2019/790",
                        "publisher": "EUR-Lex",
                        "date": "2019-04-17",
                        "url": "https://eur-lex.europa.eu/eli/dir/2019/790/oj",
                        "note": "",
                    }
                ],
            },
        ),
    ]
    if picture is not None:
        body.insert(
            1,
            (
                "image",
                {
                    "image": picture,
                    "alt_text": "A diagram of a dataset",
                    "caption": "Caption",
                    "credit": "Us",
                    "licence": "CC BY 4.0",
                    "ai_generated": True,
                },
            ),
        )
    if with_check:
        body.append(knowledge_check())
    return body


def course(
    *, title=None, modules=1, lessons_per_module=3, parent=None, with_check=False, publish=True
):
    """A published course with modules and lessons; returns the CoursePage."""
    number = next(_sequence)
    title = title or f"Course {number}"
    index = course_index(parent)
    page = CoursePage(
        title=title,
        slug=f"course-{number}",
        summary="How generative models learn from images.",
        audience="Artists",
        duration_minutes=60,
        learning_outcomes=[("outcome", "Explain what training data is")],
        live=publish,
    )
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    for module_number in range(1, modules + 1):
        module = ModulePage(
            title=f"Module {module_number}", slug=f"module-{module_number}", summary="A module"
        )
        page.add_child(instance=module)
        module.save_revision().publish()
        for lesson_number in range(1, lessons_per_module + 1):
            lesson = LessonPage(
                title=f"Lesson {module_number}.{lesson_number}",
                slug=f"lesson-{lesson_number}",
                summary="A lesson",
                body=lesson_body(with_check=with_check and lesson_number == 1),
            )
            module.add_child(instance=lesson)
            lesson.save_revision().publish()
    return CoursePage.objects.get(pk=page.pk)


def first_lesson(course_page):
    return LessonPage.objects.descendant_of(course_page).order_by("path").first()


def person(email, *, password="correct-horse-battery-staple", groups=(), verified=True, **fields):
    """A user whose email address is verified (as allauth requires before logging in)."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(email=email, password=password, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user
