"""Partner staff see and change only their own partner's venues, sessions and bookings.

Every admin view that names an object answers 404 for another partner's object; people
without a membership are refused before anything is looked up; superusers see everything.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops import services
from workshops.group_requests import group_request_create
from workshops.models import Booking, PartnerMembership, Session, Venue
from workshops.permissions import can_use_workshop_admin, partners_for, sessions_for

pytestmark = pytest.mark.django_db

COORDINATOR = PartnerMembership.Role.COORDINATOR
EDUCATOR = PartnerMembership.Role.EDUCATOR


def partner_world(name):
    """A partner with a venue, a workshop, a full session and a confirmed and a waiting booking."""
    host = workshop_factories.partner(name=f"{name} Museum")
    venue = workshop_factories.venue(host=host, name=f"{name} Studio")
    workshop = workshop_factories.workshop(host=host, title=f"{name} workshop")
    starts_at = timezone.now() + timedelta(days=3)
    session = Session.objects.create(
        workshop=workshop,
        venue=venue,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        capacity=1,
    )
    slug = name.lower()
    confirmed = services.booking_create(
        session=session, seats=1, user=factories.person(f"{slug}-first@example.org")
    )
    waiting = services.booking_create(
        session=session, seats=1, user=factories.person(f"{slug}-second@example.org")
    )
    group_request = group_request_create(
        workshop=workshop,
        organisation=f"{name} Primary School",
        contact_name="Sam Teacher",
        contact_email=f"{slug}-teacher@example.org",
        group_size=12,
        preferred_dates="Any Tuesday morning in March",
    )
    return {
        "group_request": group_request,
        "partner": host,
        "venue": venue,
        "workshop": workshop,
        "session": session,
        "booking": confirmed,
        "waiting": waiting,
    }


@pytest.fixture
def alpha():
    return partner_world("Alpha")


@pytest.fixture
def bravo():
    return partner_world("Bravo")


def staff(email, partner, role):
    """A partner's member, with the editorial group that lets people into the admin."""
    user = factories.person(email, groups=[EDUCATORS])
    PartnerMembership.objects.create(user=user, partner=partner, role=role)
    return user


@pytest.fixture
def coordinator(alpha):
    return staff("coordinator@example.org", alpha["partner"], COORDINATOR)


@pytest.fixture
def educator(alpha):
    return staff("educator@example.org", alpha["partner"], EDUCATOR)


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser(email="root@example.org", password="x")


# (section, URL pattern, object key): every view that names an object.
COORDINATOR_VIEWS = [
    ("partner", "/admin/partner/inspect/{pk}/", "partner"),
    ("venue", "/admin/venue/edit/{pk}/", "venue"),
    ("venue", "/admin/venue/delete/{pk}/", "venue"),
    ("venue", "/admin/venue/inspect/{pk}/", "venue"),
    ("venue", "/admin/venue/history/{pk}/", "venue"),
    ("venue", "/admin/venue/history-results/{pk}/", "venue"),
    ("venue", "/admin/venue/usage/{pk}/", "venue"),
    ("session", "/admin/session/edit/{pk}/", "session"),
    ("session", "/admin/session/delete/{pk}/", "session"),
    ("session", "/admin/session/inspect/{pk}/", "session"),
    ("session", "/admin/session/history/{pk}/", "session"),
    ("session", "/admin/session/history-results/{pk}/", "session"),
    ("session", "/admin/session/usage/{pk}/", "session"),
    ("session", "/admin/session/cancel/{pk}/", "session"),
    ("session", "/admin/session/email-waiting-list/{pk}/", "session"),
    ("booking", "/admin/booking/inspect/{pk}/", "booking"),
    ("grouprequest", "/admin/grouprequest/inspect/{pk}/", "group_request"),
    ("grouprequest", "/admin/grouprequest/accept/{pk}/", "group_request"),
    ("grouprequest", "/admin/grouprequest/propose/{pk}/", "group_request"),
    ("grouprequest", "/admin/grouprequest/decline/{pk}/", "group_request"),
]
EDUCATOR_VIEWS = [
    ("partner", "/admin/partner/inspect/{pk}/", "partner"),
    ("venue", "/admin/venue/inspect/{pk}/", "venue"),
    ("session", "/admin/session/edit/{pk}/", "session"),
    ("session", "/admin/session/inspect/{pk}/", "session"),
    ("session", "/admin/session/history/{pk}/", "session"),
    ("session", "/admin/session/usage/{pk}/", "session"),
    ("session", "/admin/session/cancel/{pk}/", "session"),
    ("session", "/admin/session/email-waiting-list/{pk}/", "session"),
    ("booking", "/admin/booking/inspect/{pk}/", "booking"),
    ("grouprequest", "/admin/grouprequest/inspect/{pk}/", "group_request"),
]
EDUCATOR_REFUSED = [
    ("venue", "/admin/venue/edit/{pk}/", "venue"),
    ("venue", "/admin/venue/delete/{pk}/", "venue"),
    ("venue", "/admin/venue/history/{pk}/", "venue"),
    ("venue", "/admin/venue/usage/{pk}/", "venue"),
    ("session", "/admin/session/delete/{pk}/", "session"),
    ("partner", "/admin/partner/edit/{pk}/", "partner"),
    ("grouprequest", "/admin/grouprequest/accept/{pk}/", "group_request"),
    ("grouprequest", "/admin/grouprequest/propose/{pk}/", "group_request"),
    ("grouprequest", "/admin/grouprequest/decline/{pk}/", "group_request"),
    ("grouprequest", "/admin/grouprequest/edit/{pk}/", "group_request"),
]
INDEXES = [
    "/admin/partner/",
    "/admin/partner/results/",
    "/admin/venue/",
    "/admin/venue/results/",
    "/admin/session/",
    "/admin/session/results/",
    "/admin/booking/",
    "/admin/booking/results/",
    "/admin/grouprequest/",
    "/admin/grouprequest/results/",
]


def url(pattern, world, key):
    return pattern.format(pk=world[key].pk)


def refused(response):
    """Wagtail's refusal: to the admin home with a message, or to the login page."""
    return response.status_code == 302 and (
        response["Location"] == "/admin/" or "login" in response["Location"]
    )


@pytest.mark.parametrize(("section", "pattern", "key"), COORDINATOR_VIEWS)
def test_a_coordinator_opens_their_partners_objects_and_gets_404_for_another_partners(
    client, alpha, bravo, coordinator, section, pattern, key
):
    client.force_login(coordinator)
    assert client.get(url(pattern, alpha, key)).status_code == 200
    assert client.get(url(pattern, bravo, key)).status_code == 404


@pytest.mark.parametrize(("section", "pattern", "key"), EDUCATOR_VIEWS)
def test_an_educator_opens_their_partners_objects_and_gets_404_for_another_partners(
    client, alpha, bravo, educator, section, pattern, key
):
    client.force_login(educator)
    assert client.get(url(pattern, alpha, key)).status_code == 200
    assert client.get(url(pattern, bravo, key)).status_code == 404


@pytest.mark.parametrize(("section", "pattern", "key"), EDUCATOR_REFUSED)
def test_an_educator_cannot_delete_venues_or_sessions_or_edit_venues(
    client, alpha, bravo, educator, section, pattern, key
):
    client.force_login(educator)
    # The same refusal for their own partner's object and another's: nothing is revealed.
    assert refused(client.get(url(pattern, alpha, key)))
    assert refused(client.get(url(pattern, bravo, key)))


@pytest.mark.parametrize("section", ["venue", "session"])
def test_adding_is_for_coordinators(client, alpha, coordinator, educator, section):
    client.force_login(coordinator)
    assert client.get(f"/admin/{section}/new/").status_code == 200
    client.force_login(educator)
    assert refused(client.get(f"/admin/{section}/new/"))


@pytest.mark.parametrize("index", INDEXES)
def test_listings_show_only_the_members_partner(client, alpha, bravo, coordinator, index):
    client.force_login(coordinator)
    response = client.get(index)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Alpha" in html
    # Not in the rows, and not among the filters' choices either.
    assert "Bravo" not in html


@pytest.mark.parametrize("index", INDEXES)
def test_superusers_see_every_partner(client, alpha, bravo, superuser, index):
    client.force_login(superuser)
    html = client.get(index).content.decode()
    assert "Alpha" in html and "Bravo" in html


@pytest.mark.parametrize(("section", "pattern", "key"), COORDINATOR_VIEWS)
def test_superusers_open_every_partners_objects(
    client, alpha, bravo, superuser, section, pattern, key
):
    client.force_login(superuser)
    assert client.get(url(pattern, alpha, key)).status_code == 200
    assert client.get(url(pattern, bravo, key)).status_code == 200


ALL_URLS = [*INDEXES, "/admin/venue/new/", "/admin/session/new/"] + [
    pattern for _section, pattern, _key in COORDINATOR_VIEWS
]


@pytest.mark.parametrize("pattern", ALL_URLS)
def test_admin_users_without_a_membership_are_refused_everywhere(client, alpha, pattern):
    client.force_login(factories.person("outsider@example.org", groups=[EDUCATORS]))
    key = next((key for _s, p, key in COORDINATOR_VIEWS if p == pattern), None)
    response = client.get(url(pattern, alpha, key) if key else pattern)
    assert refused(response)
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("pattern", ALL_URLS)
def test_people_without_admin_access_are_sent_to_log_in(client, alpha, pattern):
    client.force_login(factories.person("learner@example.org"))
    key = next((key for _s, p, key in COORDINATOR_VIEWS if p == pattern), None)
    response = client.get(url(pattern, alpha, key) if key else pattern)
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize(("section", "pattern", "key"), COORDINATOR_VIEWS)
def test_a_membership_alone_opens_the_admin_and_removing_it_closes_it(
    client, alpha, section, pattern, key
):
    member = factories.person("member@example.org")  # in no editorial group
    membership = PartnerMembership.objects.create(
        user=member, partner=alpha["partner"], role=COORDINATOR
    )
    client.force_login(member)
    assert client.get(url(pattern, alpha, key)).status_code == 200
    membership.delete()
    response = client.get(url(pattern, alpha, key))
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_inactive_member_has_no_admin_access(alpha):
    member = factories.person("member@example.org")
    PartnerMembership.objects.create(user=member, partner=alpha["partner"], role=COORDINATOR)
    assert member.has_perm("wagtailadmin.access_admin")
    member.is_active = False
    member.save()
    member = get_user_model().objects.get(pk=member.pk)
    assert not member.has_perm("wagtailadmin.access_admin")
    assert not member.has_perm("wagtailadmin.access_admin", obj=alpha["partner"])


def test_the_session_form_offers_only_the_members_venues_and_workshops(
    client, alpha, bravo, coordinator
):
    client.force_login(coordinator)
    for page in ["/admin/session/new/", f"/admin/session/edit/{alpha['session'].pk}/"]:
        form = client.get(page).context["form"]
        assert list(form.fields["venue"].queryset) == [alpha["venue"]]
        assert [w.specific for w in form.fields["workshop"].queryset] == [alpha["workshop"]]


def test_the_venue_form_offers_only_the_coordinators_partner(client, alpha, bravo, coordinator):
    client.force_login(coordinator)
    form = client.get("/admin/venue/new/").context["form"]
    assert list(form.fields["partner"].queryset) == [alpha["partner"]]


def test_the_venue_form_offers_a_mixed_member_only_partners_they_coordinate(
    client, alpha, bravo, coordinator
):
    PartnerMembership.objects.create(user=coordinator, partner=bravo["partner"], role=EDUCATOR)
    client.force_login(coordinator)
    form = client.get("/admin/venue/new/").context["form"]
    assert list(form.fields["partner"].queryset) == [alpha["partner"]]
    # Bravo's venue is visible to them as an educator, but not theirs to delete.
    assert client.get(f"/admin/venue/inspect/{bravo['venue'].pk}/").status_code == 200
    assert refused(client.get(f"/admin/venue/delete/{bravo['venue'].pk}/"))
    assert Venue.objects.filter(pk=bravo["venue"].pk).exists()


def session_form(world, **fields):
    starts_at = timezone.localtime() + timedelta(days=10)
    return {
        "workshop": world["workshop"].pk,
        "venue": world["venue"].pk,
        "starts_at": starts_at.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (starts_at + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
        "capacity": "12",
        "max_group_size": "4",
        "language": "English",
        "booking_opens_at": "",
        "booking_closes_at": "",
        "cancellation_deadline": "",
        **fields,
    }


def test_a_coordinator_adds_a_session_at_their_venue(client, alpha, coordinator):
    client.force_login(coordinator)
    response = client.post("/admin/session/new/", session_form(alpha))
    assert response.status_code == 302
    assert Session.objects.filter(venue=alpha["venue"], capacity=12).exists()


@pytest.mark.parametrize("foreign", ["venue", "workshop"])
def test_another_partners_venue_or_workshop_cannot_be_posted(
    client, alpha, bravo, coordinator, foreign
):
    client.force_login(coordinator)
    before = Session.objects.count()
    response = client.post(
        "/admin/session/new/", session_form(alpha, **{foreign: bravo[foreign].pk})
    )
    assert response.status_code == 200
    assert foreign in response.context["form"].errors
    assert Session.objects.count() == before


def test_a_venue_cannot_be_given_to_another_partner(client, alpha, bravo, coordinator):
    client.force_login(coordinator)
    venue = alpha["venue"]
    response = client.post(
        f"/admin/venue/edit/{venue.pk}/",
        {
            "partner": bravo["partner"].pk,
            "name": venue.name,
            "address": venue.address,
            "city": venue.city,
            "country": venue.country,
            "timezone": venue.timezone,
        },
    )
    assert response.status_code == 200
    assert "partner" in response.context["form"].errors
    venue.refresh_from_db()
    assert venue.partner == alpha["partner"]


@pytest.mark.parametrize(
    ("pattern", "key", "data"),
    [
        ("/admin/venue/edit/{pk}/", "venue", {"name": "Taken"}),
        ("/admin/venue/delete/{pk}/", "venue", {}),
        ("/admin/session/edit/{pk}/", "session", {"capacity": "50"}),
        ("/admin/session/delete/{pk}/", "session", {}),
        ("/admin/session/cancel/{pk}/", "session", {}),
        ("/admin/grouprequest/decline/{pk}/", "group_request", {"message": "No"}),
        (
            "/admin/grouprequest/propose/{pk}/",
            "group_request",
            {"venue": "", "proposed_start": "2099-01-01 10:00", "message": "Later"},
        ),
        (
            "/admin/grouprequest/accept/{pk}/",
            "group_request",
            {"venue": "", "starts_at": "2099-01-01 10:00", "ends_at": "2099-01-01 12:00"},
        ),
        (
            "/admin/session/email-waiting-list/{pk}/",
            "session",
            {"subject": "Hello", "message": "Hi"},
        ),
    ],
)
def test_posting_to_another_partners_object_is_a_404_and_changes_nothing(
    client, alpha, bravo, coordinator, django_capture_on_commit_callbacks, pattern, key, data
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(pattern, bravo, key), data)
    assert response.status_code == 404
    bravo["venue"].refresh_from_db()
    bravo["session"].refresh_from_db()
    assert bravo["venue"].name == "Bravo Studio"
    assert bravo["session"].status == Session.Status.SCHEDULED
    assert bravo["session"].capacity == 1
    assert (
        Booking.objects.filter(session=bravo["session"], status=Booking.Status.CANCELLED).count()
        == 0
    )
    bravo["group_request"].refresh_from_db()
    assert bravo["group_request"].status == "requested"
    assert Session.objects.filter(venue=bravo["venue"]).count() == 1
    assert mail.outbox == []


@pytest.mark.parametrize("action", ["new/", "edit/{pk}/", "delete/{pk}/"])
def test_bookings_are_never_edited_as_rows_not_even_by_superusers(
    client, alpha, superuser, coordinator, action
):
    for user in [superuser, coordinator]:
        client.force_login(user)
        assert refused(client.get(f"/admin/booking/{action.format(pk=alpha['booking'].pk)}"))


@pytest.mark.parametrize("action", ["new/", "edit/{pk}/", "delete/{pk}/", "history/{pk}/"])
def test_partners_are_managed_by_superusers_only(client, alpha, coordinator, superuser, action):
    target = f"/admin/partner/{action.format(pk=alpha['partner'].pk)}"
    client.force_login(coordinator)
    assert refused(client.get(target))
    client.force_login(superuser)
    assert client.get(target).status_code == 200


@pytest.mark.parametrize("target", ["/admin/partnermembership/", "/admin/partnermembership/new/"])
def test_partner_staff_are_managed_by_superusers_only(
    client, alpha, coordinator, superuser, target
):
    client.force_login(coordinator)
    assert refused(client.get(target))
    client.force_login(superuser)
    assert client.get(target).status_code == 200


@pytest.mark.parametrize(
    "target",
    [
        "/admin/session/inspect/abc/",
        "/admin/session/cancel/abc/",
        "/admin/session/email-waiting-list/1x/",
        "/admin/venue/edit/-1/",
        "/admin/booking/inspect/999999999/",
        "/admin/session/cancel/999999999/",
        "/admin/session/email-waiting-list/99999999999999999999999/",
        "/admin/venue/delete/99999999999999999999999/",
    ],
)
def test_non_numeric_and_unknown_ids_are_404(client, alpha, coordinator, target):
    client.force_login(coordinator)
    assert client.get(target).status_code == 404


def test_the_workshops_menu_is_for_superusers_and_partner_staff(
    client, alpha, coordinator, superuser
):
    outsider = factories.person("outsider@example.org", groups=[EDUCATORS])
    assert can_use_workshop_admin(coordinator) and can_use_workshop_admin(superuser)
    assert not can_use_workshop_admin(outsider)
    client.force_login(coordinator)
    assert "/admin/session/" in client.get("/admin/").content.decode()
    assert "/admin/partnermembership/" not in client.get("/admin/").content.decode()
    client.force_login(outsider)
    assert "/admin/session/" not in client.get("/admin/").content.decode()


def test_scoping_helpers_follow_memberships(alpha, bravo, coordinator, superuser):
    assert list(partners_for(coordinator)) == [alpha["partner"]]
    assert set(partners_for(superuser)) == {alpha["partner"], bravo["partner"]}
    assert list(sessions_for(coordinator)) == [alpha["session"]]
    assert list(partners_for(None)) == []
