"""Screenshots of the demo site for the documentation, with axe-core on every page shot.

Writes docs/screenshots/{home,courses,course,lesson,search,lesson-mobile,dashboard,
course-enrolled,provenance-lab}.png. Every shot is
taken before any check can fail, so a failing run still leaves a full set to look at.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage, LessonPage
from tests.e2e.a11y import accessibility_violations, format_violations

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MOBILE_VIEWPORT = {"width": 390, "height": 844}

# Lazy images only load near the viewport, and headless Chromium does not always notice a
# scripted scroll: load them all now, then scroll through so a full-page shot has them.
SCROLL_THROUGH = """async () => {
  document.querySelectorAll("img[loading=lazy]").forEach((img) => { img.loading = "eager"; });
  const step = Math.max(200, Math.floor(window.innerHeight / 2));
  for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }
  window.scrollTo(0, 0);
  await document.fonts.ready;
}"""
ALL_IMAGES_SETTLED = "() => Array.from(document.images).every((img) => img.complete)"
BROKEN_IMAGES = """() => Array.from(document.images)
  .filter((img) => img.naturalWidth === 0)
  .map((img) => img.getAttribute("src"))"""
HORIZONTAL_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = Array.from(document.querySelectorAll("body *"))
    .filter((e) => e.getBoundingClientRect().right > width + 1)
    .map((e) => e.tagName.toLowerCase() + (e.className ? "." + String(e.className).trim().split(/\\s+/).join(".") : ""));
  return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 8)};
}"""


def lesson_to_show():
    """The first demo lesson (in tree order) with the most of: an image, a knowledge check."""

    def richness(lesson):
        kinds = {block.block_type for block in lesson.body}
        return bool(kinds & {"image", "comparison"}) + ("knowledge_check" in kinds)

    lessons = list(LessonPage.objects.live().order_by("path"))
    assert lessons, "load_demo() created no lessons"
    return max(lessons, key=richness)  # max keeps the first of equals: deterministic


def first_course():
    """The course the demo learner is part-way through."""
    return CoursePage.objects.live().order_by("path").first()


class Shooter:
    """Visits pages, saves full-page screenshots and collects (not raises) what is wrong."""

    def __init__(self):
        self.problems = []

    def shoot(self, page, path, filename, *, expected_status=200):
        response = page.goto(path)
        if response.status != expected_status:
            self.problems.append(f"{path}: HTTP {response.status}, expected {expected_status}")
        page.evaluate(SCROLL_THROUGH)
        page.wait_for_function(ALL_IMAGES_SETTLED)
        page.screenshot(
            path=SCREENSHOTS / filename, full_page=True, animations="disabled", caret="hide"
        )
        broken = page.evaluate(BROKEN_IMAGES)
        if broken:
            self.problems.append(f"{path}: images that did not load: {broken}")
        violations = accessibility_violations(page)
        if violations:
            self.problems.append(format_violations(violations, page.url))
        return page


def test_demo_site_screenshots(new_context):
    from lms.demo.loader import load_demo

    load_demo(password="x")
    lesson = lesson_to_show()
    course = CoursePage.objects.ancestor_of(lesson).get()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shooter = Shooter()

    page = new_context().new_page()
    shooter.shoot(page, "/", "home.png")
    shooter.shoot(page, "/courses/", "courses.png")
    expect(page.locator("main .card")).not_to_have_count(0)
    shooter.shoot(page, course.url, "course.png")
    expect(page.locator(".outline")).to_contain_text(lesson.title)
    shooter.shoot(page, lesson.url, "lesson.png")
    expect(page.locator("h1")).to_have_text(lesson.title)
    lab = LessonPage.objects.live().get(slug="read-the-credentials")
    shooter.shoot(page, lab.url, "provenance-lab.png")
    expect(page.locator(".credentials__panel")).to_have_count(5)
    shooter.shoot(page, "/search/?q=opt-out", "search.png")
    expect(page.locator(".search-summary")).to_be_visible()

    phone = new_context(viewport=MOBILE_VIEWPORT, is_mobile=True, has_touch=True).new_page()
    shooter.shoot(phone, lesson.url, "lesson-mobile.png")
    overflow = phone.evaluate(HORIZONTAL_OVERFLOW)
    if overflow["scrollWidth"] > overflow["width"]:
        shooter.problems.append(
            f"{lesson.url} at 390px scrolls sideways ({overflow['scrollWidth']}px wide); "
            f"too wide: {overflow['wide']}"
        )

    learner = new_context().new_page()
    learner.goto("/accounts/login/")
    learner.locator("input[name=login]").fill("learner@example.org")
    learner.locator("input[name=password]").fill("x")
    learner.locator("main form button[type=submit]").click()
    learner.wait_for_url("**/dashboard/")
    shooter.shoot(learner, "/dashboard/", "dashboard.png")
    expect(learner.locator("main")).to_contain_text("lessons done")
    shooter.shoot(learner, first_course().url, "course-enrolled.png")

    for filename in (
        "home",
        "courses",
        "course",
        "lesson",
        "search",
        "lesson-mobile",
        "dashboard",
        "provenance-lab",
    ):
        assert (SCREENSHOTS / f"{filename}.png").stat().st_size > 0
    if shooter.problems:
        pytest.fail("\n\n".join(shooter.problems), pytrace=False)
