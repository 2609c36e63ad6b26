"""Server time per door scan with 1,000 bookings on the roster, and the roster's query count.

Builds a session with 1,000 confirmed bookings on the configured database (DATABASE_URL, or a
throw-away SQLite file when it is not set), then times N scans of different tickets through
the real view (/admin/checkin/<id>/scan/, Django test client, logged-in partner staff, no
network) and prints `p50=… ms p95=… ms` (budget on the project's 2-core machine: p95 < 50 ms).
It also prints how many SQL queries roster.json takes with 100 and with 1,000 bookings, which
must be the same. It only prints: benchmarks never fail a build. Everything it made is deleted
afterwards.
"""

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

# Run as `python bench/checkin.py`, this folder comes first on sys.path, where
# bench/certificates.py would shadow the certificates app: import the project's apps instead.
HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]

SCANS = int(os.environ.get("BENCH_SCANS", "300"))
WARM_UP = 20
BOOKINGS = 1000
SMALL_ROSTER = 100


def setup():
    """Django on the configured database (or a temporary SQLite file), migrated."""
    workdir = Path(tempfile.mkdtemp(prefix="lms-bench-checkin-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return workdir


class World:
    """What the benchmark creates, so that it can all be deleted again."""

    def __init__(self):
        from django.contrib.auth import get_user_model
        from django.utils import timezone

        from lms.models import HomePage
        from workshops.models import (
            Partner,
            PartnerMembership,
            Venue,
            WorkshopIndexPage,
            WorkshopPage,
        )

        tag = f"bench-checkin-{os.getpid()}-{int(time.time())}"
        self.partner = Partner.objects.create(name="Bench Museum", slug=tag)
        self.venue = Venue.objects.create(
            partner=self.partner, name="Bench Studio", address="1 Bench Road", city="London"
        )
        home = HomePage.objects.order_by("depth", "path").first()
        self.index = WorkshopIndexPage.objects.child_of(home).first()
        self.made_index = self.index is None
        if self.made_index:
            self.index = home.add_child(
                instance=WorkshopIndexPage(title="Bench workshops", slug=f"{tag}-index")
            )
        self.workshop = self.index.add_child(
            instance=WorkshopPage(
                title="Bench workshop", slug=tag, partner=self.partner, summary="Bench."
            )
        )
        self.user = get_user_model().objects.create_user(email=f"{tag}@example.org", password=None)
        PartnerMembership.objects.create(
            user=self.user, partner=self.partner, role=PartnerMembership.Role.EDUCATOR
        )
        self.starts_at = timezone.now() + timedelta(minutes=30)
        self.sessions = []

    def session(self, bookings):
        """A session whose door is open, with `bookings` confirmed one-seat guest bookings."""
        from workshops.models import Booking, Session

        session = Session.objects.create(
            workshop=self.workshop,
            venue=self.venue,
            starts_at=self.starts_at,
            ends_at=self.starts_at + timedelta(hours=2),
            capacity=bookings * 2,
        )
        self.sessions.append(session)
        Booking.objects.bulk_create(
            Booking(
                session=session,
                guest_name=f"Guest {number}",
                guest_email=f"guest-{number}@example.org",
                seats=1,
                status=Booking.Status.CONFIRMED,
                queue_number=number,
                confirmed_at=self.starts_at,
            )
            for number in range(1, bookings + 1)
        )
        return session

    def delete(self):
        for session in self.sessions:
            session.delete()  # its bookings and attendance go with it
        self.workshop.delete()
        if self.made_index:
            self.index.delete()
        self.venue.delete()
        self.partner.delete()
        self.user.delete()


def count_queries(client, url):
    from django.db import connection

    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
    ):
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(queries), len(response.json()["bookings"])


def time_scans(client, session):
    """Milliseconds per scan, each of a different ticket (the QR's full ticket address)."""
    url = f"/admin/checkin/{session.pk}/scan/"
    bookings = list(session.bookings.order_by("queue_number")[: WARM_UP + SCANS])
    timings = []
    for index, booking in enumerate(bookings):
        body = json.dumps(
            {
                "nonce": f"bench-{session.pk}-{index:06d}",
                "ticket": f"https://example.org/bookings/tickets/{booking.ticket_secret}/",
                "method": "scan",
            }
        )
        started = time.perf_counter()
        response = client.post(url, data=body, content_type="application/json")
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 201, response.content
        if index >= WARM_UP:
            timings.append(elapsed)
    return timings


def main():
    workdir = setup()
    from django.db import connection
    from django.test import Client

    world = None
    try:
        world = World()
        client = Client()
        client.force_login(world.user)
        large = world.session(BOOKINGS)
        small = world.session(SMALL_ROSTER)
        roster = "/admin/checkin/{}/roster.json"
        client.get(roster.format(small.pk))  # warm caches (content types, templates)
        small_queries, small_rows = count_queries(client, roster.format(small.pk))
        large_queries, large_rows = count_queries(client, roster.format(large.pk))

        timings = time_scans(client, large)
        p50 = statistics.median(timings)
        p95 = statistics.quantiles(timings, n=100, method="inclusive")[94]
        started = time.perf_counter()
        client.get(roster.format(large.pk))
        roster_ms = (time.perf_counter() - started) * 1000

        print(
            f"{len(timings)} scans through the view, {BOOKINGS} bookings on the roster "
            f"({connection.vendor})"
        )
        print(f"p50={p50:.1f} ms p95={p95:.1f} ms (budget: p95 < 50 ms)")
        verdict = "constant" if small_queries == large_queries else "NOT constant"
        print(
            f"roster.json queries: {small_queries} for {small_rows} bookings, "
            f"{large_queries} for {large_rows} bookings ({verdict}); "
            f"{roster_ms:.0f} ms with {large_rows} bookings"
        )
    finally:
        if world is not None:
            world.delete()
        connection.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
