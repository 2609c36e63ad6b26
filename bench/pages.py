"""Page throughput through the whole Django stack, side by side with a hello-world view.

Builds a throw-away SQLite database with the demo content, then times N requests per page
in one process (Django test client, no network) and prints requests/s and SQL queries per page
uncached, requests/s for anonymous visitors with the page cache on, and both as ratios to a
hello-world view measured in the same run. Ratios, not absolute numbers, are what to compare
between machines.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

# Run as `python bench/<script>.py`, this folder comes first on sys.path, where
# bench/certificates.py would shadow the certificates app: import the project's apps instead.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != _HERE]
_PROJECT = os.path.dirname(_HERE)
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))


def setup():
    workdir = Path(tempfile.mkdtemp(prefix="lms-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from lms.demo.loader import load_demo

    load_demo(password="bench-only")


def hello_world_urls():
    from django.http import HttpResponse
    from django.urls import clear_url_caches, path

    import lms.urls

    lms.urls.urlpatterns.insert(0, path("bench-hello/", lambda request: HttpResponse("Hello")))
    clear_url_caches()


def measure(client, url):
    from django.db import connection

    assert client.get(url).status_code == 200, url
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
    ):
        client.get(url)
    started = time.perf_counter()
    for _ in range(REQUESTS):
        client.get(url)
    elapsed = time.perf_counter() - started
    return REQUESTS / elapsed, len(queries)


def main():
    setup()
    hello_world_urls()
    from django.test import Client

    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    pages = {
        "hello world": "/bench-hello/",
        "home": "/",
        "course index": "/courses/",
        "course": course.url,
        "lesson": lesson.url,
        "search": "/search/?q=opt-out",
    }
    from django.conf import settings

    client = Client()
    hello_rate, _ = measure(client, pages["hello world"])
    print(f"{REQUESTS} requests per page; hello world: {hello_rate:.0f} req/s")
    print(
        f"{'page':<14} {'uncached':>9} {'queries':>8} {'vs hello':>9} {'cached':>8} {'vs hello':>9}"
    )
    for name, url in pages.items():
        settings.PAGE_CACHE_SECONDS = 0
        rate, queries = measure(client, url)
        settings.PAGE_CACHE_SECONDS = 300
        cached_rate, _ = measure(client, url)
        print(
            f"{name:<14} {rate:>9.0f} {queries:>8} {rate / hello_rate:>9.1%}"
            f" {cached_rate:>8.0f} {cached_rate / hello_rate:>9.1%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
