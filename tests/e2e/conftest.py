"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Every test here is marked ``e2e``. Without Chromium the tests are skipped, unless the
environment sets ``LMS_REQUIRE_E2E=1`` (CI does), in which case a missing browser fails the run.

Nothing here downloads anything: Playwright drives the system Chromium (``LMS_CHROMIUM``,
default ``/usr/bin/chromium``) and axe-core comes from the copy bundled with
axe-playwright-python. Requests that would leave the live server are aborted, so the pages
are checked exactly as this repository renders them.
"""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.a11y import check_accessible

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"

E2E_DIR = Path(__file__).resolve().parent
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


@contextmanager
def _django_beside_playwright():
    """Let the ORM run while Playwright's sync API keeps an event loop in the main thread.

    Django refuses synchronous database calls when an event loop runs in the thread unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set. It is set only while Playwright runs and restored
    afterwards: left in os.environ it would leak into the rest of the session and into
    subprocesses (``manage.py check --deploy`` warns about it, failing tests/lms).
    """
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


# Package scope: one Chromium for every test in tests/e2e (one launch per run, as pytest-django
# keeps these tests together), closed as soon as the last of them finishes, so its event loop
# never overlaps the rest of the session (pytest-django runs database-free tests after these).
@pytest.fixture(scope="package")
def browser():
    """One headless Chromium (Debian's, never a downloaded one) shared by the browser tests."""
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

    with _django_beside_playwright():
        playwright = sync_playwright().start()
        try:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
        except PlaywrightError as exc:
            playwright.stop()
            _browser_unavailable(f"{reason} (launch failed: {str(exc).splitlines()[0]})")
        try:
            yield chromium
        finally:
            chromium.close()
            playwright.stop()


def _ensure_site_tree():
    """Recreate the page tree the migrations provide, if a previous test's flush removed it.

    Live-server tests run in transactional mode: after each one the tables are flushed and
    only what post_migrate handlers rebuild comes back (content types, permissions), not the
    Wagtail root, the HomePage, the default Site or the root collection that migrations made.
    """
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page, Site

    from lms.models import HomePage
    from lms.roles import ensure_editorial_roles

    # An earlier transactional test's flush may have recreated content types with new ids
    # (PostgreSQL does not reuse them): never trust ids cached before it.
    ContentType.objects.clear_cache()

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


@pytest.fixture
def assert_accessible():
    """``assert_accessible(page)``: run axe-core (bundled copy) on the page as it is now.

    Fails listing every serious or critical violation (rule, help, target nodes).
    """
    return check_accessible


@pytest.fixture
def browser_errors(page):
    """Uncaught script errors and console errors (CSP violations among them) seen by ``page``."""
    errors = []

    def on_console(message):
        if message.type == "error":
            errors.append(f"{page.url}: console.error: {message.text}")

    page.on("pageerror", lambda error: errors.append(f"{page.url}: uncaught {error}"))
    page.on("console", on_console)
    return errors
