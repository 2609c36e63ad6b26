"""The workshops admin: open to superusers and partner staff, by role; closed to everyone else."""

import pytest
from django.contrib.auth import get_user_model
from wagtail import hooks

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.models import Booking, Partner, PartnerMembership, Session, Venue
from workshops.permissions import POLICIES

pytestmark = pytest.mark.django_db

SECTIONS = ["partner", "partnermembership", "venue", "session", "booking"]


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser(email="root@example.org", password="x")


@pytest.mark.parametrize("section", SECTIONS)
def test_superusers_can_open_the_workshop_admin(client, superuser, section):
    workshop_factories.session()
    client.force_login(superuser)
    assert client.get(f"/admin/{section}/").status_code == 200
    if section != "booking":
        assert client.get(f"/admin/{section}/new/").status_code == 200


@pytest.mark.parametrize("section", SECTIONS)
def test_educators_without_a_partner_membership_cannot_see_any_partner_data(client, section):
    client.force_login(factories.person("ed@example.org", groups=[EDUCATORS]))
    response = client.get(f"/admin/{section}/")
    assert response.status_code == 302


# What each role may do, anywhere in the admin (on their own partner's objects).
EXPECTED = {
    "coordinator": {
        Partner: {"view"},
        PartnerMembership: set(),
        Venue: {"view", "add", "change", "delete"},
        Session: {"view", "add", "change", "delete"},
        Booking: {"view"},
    },
    "educator": {
        Partner: {"view"},
        PartnerMembership: set(),
        Venue: {"view"},
        Session: {"view", "change"},
        Booking: {"view"},
    },
    "superuser": {
        Partner: {"view", "add", "change", "delete"},
        PartnerMembership: {"view", "add", "change", "delete"},
        Venue: {"view", "add", "change", "delete"},
        Session: {"view", "add", "change", "delete"},
        Booking: {"view"},
    },
    "outsider": {model: set() for model in POLICIES},
}


@pytest.mark.parametrize("who", EXPECTED)
def test_the_permission_policies_follow_the_role_table(who, superuser):
    session = workshop_factories.session()
    if who == "superuser":
        user = superuser
    else:
        user = factories.person(f"{who}@example.org", groups=[EDUCATORS])
        if who != "outsider":
            PartnerMembership.objects.create(user=user, partner=session.venue.partner, role=who)
    for model, allowed in EXPECTED[who].items():
        policy = POLICIES[model]
        for action in ["view", "add", "change", "delete"]:
            assert policy.user_has_permission(user, action) == (action in allowed), (
                model,
                action,
            )


def test_another_partners_objects_are_outside_every_role(superuser):
    mine, theirs = workshop_factories.session(), workshop_factories.session()
    user = factories.person("coordinator@example.org", groups=[EDUCATORS])
    PartnerMembership.objects.create(
        user=user, partner=mine.venue.partner, role=PartnerMembership.Role.COORDINATOR
    )
    policy = POLICIES[Session]
    assert policy.user_has_permission_for_instance(user, "change", mine)
    assert not policy.user_has_permission_for_instance(user, "view", theirs)
    assert list(policy.instances_user_has_any_permission_for(user, ["view"])) == [mine]
    assert list(policy.users_with_any_permission_for_instance(["change"], theirs)) == [superuser]


def test_the_group_editor_offers_no_workshop_model_permissions():
    offered = [
        permission
        for register in hooks.get_hooks("register_permissions")
        for permission in register()
    ]
    assert not [p for p in offered if p.content_type.app_label == "workshops"]
