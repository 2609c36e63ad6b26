"""A learner reads a course with the keyboard alone; every kind of public page passes axe-core."""

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from tests import factories

MAX_TAB_PRESSES = 60

FOCUSED_MATCHES = "s => !!document.activeElement && document.activeElement.matches(s)"
DESCRIBE_FOCUS = """() => {
  const e = document.activeElement;
  return e ? e.outerHTML.replace(/\\s+/g, " ").slice(0, 160) : "nothing";
}"""
FOCUS_INDICATOR = """() => {
  const s = getComputedStyle(document.activeElement);
  return {style: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow};
}"""


def assert_focus_visible(page):
    """The focused element shows a focus indicator (outline or box-shadow)."""
    indicator = page.evaluate(FOCUS_INDICATOR)
    has_outline = indicator["style"] != "none" and indicator["width"] not in ("0px", "")
    assert has_outline or indicator["shadow"] != "none", (
        f"No visible focus indicator on {page.evaluate(DESCRIBE_FOCUS)}: {indicator}"
    )


def tab_to(page, selector, *, backwards=False):
    """Press Tab (or Shift+Tab) until the focused element matches the selector, bounded."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(MAX_TAB_PRESSES):
        page.keyboard.press(key)
        if page.evaluate(FOCUSED_MATCHES, selector):
            assert_focus_visible(page)
            return
    pytest.fail(
        f"{selector!r} not reached in {MAX_TAB_PRESSES} presses of {key} on {page.url}; "
        f"focus is on {page.evaluate(DESCRIBE_FOCUS)}",
        pytrace=False,
    )


def use_skip_link(page):
    """The first Tab stop is the skip link; Enter on it moves focus to <main>."""
    page.keyboard.press("Tab")
    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_have_text("Skip to main content")
    expect(skip_link).to_have_attribute("href", "#main")
    expect(skip_link).to_be_in_viewport()  # it is off-screen until it has focus
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def press_enter_and_arrive(page, path):
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{path}")


def test_reading_a_course_with_the_keyboard_only(page, assert_accessible, browser_errors):
    course = factories.course(modules=1, lessons_per_module=3)
    first, second, _third = LessonPage.objects.descendant_of(course).order_by("path")

    response = page.goto("/")
    assert response.status == 200
    assert_accessible(page)
    use_skip_link(page)
    # The course index is in the header, before <main>: walk back to it.
    tab_to(page, '.site-nav a[href="/courses/"]', backwards=True)
    press_enter_and_arrive(page, "/courses/")

    expect(page.locator("h1")).to_have_text("Courses")
    assert_accessible(page)
    use_skip_link(page)
    tab_to(page, f'main a[href="{course.url}"]')
    press_enter_and_arrive(page, course.url)

    expect(page.locator("h1")).to_have_text(course.title)
    assert_accessible(page)
    use_skip_link(page)
    tab_to(page, f'main a[href="{first.url}"]')
    expect(page.locator(":focus")).to_have_text("Start the first lesson")
    press_enter_and_arrive(page, first.url)

    expect(page.locator("h1")).to_have_text("Lesson 1.1")
    assert_accessible(page)
    use_skip_link(page)
    tab_to(page, "a.lesson-nav__link--next[rel=next]")
    expect(page.locator(":focus")).to_contain_text("Next lesson")
    press_enter_and_arrive(page, second.url)

    expect(page.locator("h1")).to_have_text("Lesson 1.2")
    assert_accessible(page)
    use_skip_link(page)
    tab_to(page, "a.lesson-nav__link--next[rel=next]")
    # Previous comes straight before next in the tab order.
    page.keyboard.press("Shift+Tab")
    previous = page.locator("a.lesson-nav__link--prev")
    expect(previous).to_be_focused()
    expect(previous).to_have_attribute("href", first.url)
    expect(previous).to_contain_text("Previous lesson")

    assert browser_errors == []


@pytest.fixture
def lesson_with_everything():
    """A published lesson with an image, callout, glossary, sources and a knowledge check."""
    course = factories.course(modules=1, lessons_per_module=2, with_check=True)
    lesson = factories.first_lesson(course)
    lesson = lesson.get_latest_revision_as_object()
    lesson.body = factories.lesson_body(with_check=True, picture=factories.image())
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


PAGES = {
    "home": lambda lesson: "/",
    "course-index": lambda lesson: "/courses/",
    "course": lambda lesson: lesson.get_parent().get_parent().url,
    "lesson": lambda lesson: lesson.url,
    "search-results": lambda lesson: "/search/?q=statistical+patterns",
    "not-found": lambda lesson: "/no-such-page/",
}


@pytest.mark.parametrize("kind", PAGES)
def test_public_page_is_accessible(
    page, assert_accessible, browser_errors, lesson_with_everything, kind
):
    response = page.goto(PAGES[kind](lesson_with_everything))

    if kind == "not-found":
        assert response.status == 404
        expect(page.locator("h1")).to_have_text("We can’t find that page")
    else:
        assert response.status == 200
    if kind == "search-results":
        expect(page.locator(".search-results")).to_contain_text("Lesson 1.1")
    if kind == "lesson":
        expect(page.locator("main img")).to_have_attribute("alt", "A diagram of a dataset")
        expect(page.locator("main form button[type=submit]")).to_have_text("Check my answers")
    assert_accessible(page)
    # A 404 logs the failed document load itself; anything else is a real error.
    assert [e for e in browser_errors if "404 (Not Found)" not in e or kind != "not-found"] == []
