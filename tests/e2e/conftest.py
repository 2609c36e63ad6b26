"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Every test here is marked ``e2e``. Without Chromium the tests are skipped, unless the
environment sets ``LMS_REQUIRE_E2E=1`` (CI does), in which case a missing browser fails the run.

Nothing here downloads anything: Playwright drives the system Chromium (``LMS_CHROMIUM``,
default ``/usr/bin/chromium``) and axe-core comes from the copy bundled with
axe-playwright-python. Requests that would leave the live server are aborted, so the pages
are checked exactly as this repository renders them.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API keeps an asyncio event loop in the main thread; Django's ORM would
# otherwise refuse to run next to it. Only the test process sets this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Belt and braces: nothing in the test run may fetch Playwright's own browser builds.
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

E2E_DIR = Path(__file__).resolve().parent
REPO_ROOT = E2E_DIR.parent.parent
CHROMIUM = os.environ.get("LMS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
DEFAULT_TIMEOUT_MS = 15_000
BLOCKING_IMPACTS = ("critical", "serious")


def pytest_collection_modifyitems(config, items):
    """Mark the tests in this folder (and only those) as browser tests."""
    for item in items:
        if E2E_DIR in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.e2e)


def _browser_unavailable(reason):
    """Skip locally; fail where browser tests are required (LMS_REQUIRE_E2E=1, as in CI)."""
    if os.environ.get("LMS_REQUIRE_E2E") == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run; each test gets its own context."""
    reason = (
        f"Chromium not found at {CHROMIUM}: install Debian's chromium package to run browser tests"
    )
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        _browser_unavailable(reason)
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - the test extra installs it
        _browser_unavailable(f"{reason} (playwright is not importable: {exc})")

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
    except PlaywrightError as exc:
        playwright.stop()
        _browser_unavailable(f"{reason} (launch failed: {str(exc).splitlines()[0]})")
    yield chromium
    chromium.close()
    playwright.stop()


def _ensure_site_tree():
    """Recreate the page tree the migrations provide, if a previous test's flush removed it.

    Live-server tests run in transactional mode: after each one the tables are flushed and
    only what post_migrate handlers rebuild comes back (content types, permissions), not the
    Wagtail root, the HomePage, the default Site or the root collection that migrations made.
    """
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page, Site

    from lms.models import HomePage
    from lms.roles import ensure_editorial_roles

    if not Locale.objects.exists():
        Locale.objects.create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not HomePage.objects.filter(depth=2).exists():
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", live=True)
        )
        home = root.add_child(instance=HomePage(title="AI literacy for creators", slug="home"))
        Site.objects.filter(is_default_site=True).delete()
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    ensure_editorial_roles()


@pytest.fixture
def site_tree(live_server):
    """The baseline content every browser test starts from (home page, roles, workflow)."""
    _ensure_site_tree()
    return live_server


@pytest.fixture
def new_context(browser, site_tree):
    """Factory for isolated browser contexts (own cookies) pointed at the live server."""
    live_url = site_tree.url
    contexts = []

    def make(**options):
        settings = {"viewport": VIEWPORT, "base_url": live_url, "locale": "en-GB"}
        settings.update(options)
        context = browser.new_context(**settings)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        context.set_default_navigation_timeout(DEFAULT_TIMEOUT_MS)
        # Stay offline and deterministic: embeds or anything else off the live server is cut.
        context.route(
            lambda url: not url.startswith(live_url), lambda route: route.abort("blockedbyclient")
        )
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    """A fresh tab in its own context (1280x900) per test, closed afterwards."""
    return new_context().new_page()


def accessibility_violations(page, impacts=BLOCKING_IMPACTS):
    """axe-core violations of the given impacts on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in impacts]


def format_violations(violations, url):
    lines = [f"{len(violations)} serious/critical accessibility violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    * {target}")
            lines.append(f"      {node.get('failureSummary', '').replace(chr(10), ' ')}")
    return "\n".join(lines)


def check_accessible(page):
    """Fail the test, listing every serious or critical axe violation on the current page."""
    violations = accessibility_violations(page)
    if violations:
        pytest.fail(format_violations(violations, page.url), pytrace=False)


@pytest.fixture
def assert_accessible():
    """``assert_accessible(page)``: run axe-core (bundled copy) on the page as it is now."""
    return check_accessible
