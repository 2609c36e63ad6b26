"""Builders for workshop content: a partner, its venue, a workshop page and a bookable session."""

from datetime import timedelta
from itertools import count

from django.utils import timezone

from tests import factories
from workshops.models import Partner, Session, Venue, WorkshopIndexPage, WorkshopPage

_sequence = count(1)


def partner(**fields):
    number = next(_sequence)
    fields = {"name": f"Museum {number}", "slug": f"museum-{number}", **fields}
    return Partner.objects.create(**fields)


def venue(*, host=None, **fields):
    fields = {
        "name": "Learning Studio",
        "address": "1 Gallery Road",
        "city": "London",
        "timezone": "Europe/London",
        **fields,
    }
    return Venue.objects.create(partner=host or partner(), **fields)


def workshop_index():
    home = factories.home_page()
    existing = WorkshopIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    index = WorkshopIndexPage(title="Workshops", slug="workshops")
    home.add_child(instance=index)
    return index


def workshop(*, host=None, title=None):
    number = next(_sequence)
    page = WorkshopPage(
        title=title or f"Workshop {number}",
        slug=f"workshop-{number}",
        partner=host or partner(),
        summary="Make a dataset opt-out plan for your own images.",
    )
    workshop_index().add_child(instance=page)
    return page


def session(*, capacity=10, max_group_size=4, starts_in=timedelta(days=1), **fields):
    """A scheduled public session that starts tomorrow (by default) and is open for booking."""
    host = partner()
    starts_at = timezone.now() + starts_in
    fields = {"starts_at": starts_at, "ends_at": starts_at + timedelta(hours=2), **fields}
    return Session.objects.create(
        workshop=workshop(host=host),
        venue=venue(host=host),
        capacity=capacity,
        max_group_size=max_group_size,
        **fields,
    )


def learners(number, *, prefix="learner"):
    """`number` distinct people, created before a test starts booking."""
    batch = next(_sequence)
    return [factories.person(f"{prefix}-{batch}-{i}@example.org") for i in range(number)]
