"""Workshop admin screens open for superusers and stay closed to educators for now."""

import pytest
from django.contrib.auth import get_user_model

from lms.roles import EDUCATORS
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("section", ["partner", "venue", "session", "booking"])
def test_superusers_can_open_the_workshop_admin(client, section):
    admin = get_user_model().objects.create_superuser(email="root@example.org", password="x")
    client.force_login(admin)
    assert client.get(f"/admin/{section}/").status_code == 200
    if section != "booking":
        assert client.get(f"/admin/{section}/new/").status_code == 200


@pytest.mark.parametrize("section", ["partner", "venue", "session", "booking"])
def test_educators_without_partner_scoping_cannot_see_any_partner_data(client, section):
    client.force_login(factories.person("ed@example.org", groups=[EDUCATORS]))
    response = client.get(f"/admin/{section}/")
    assert response.status_code in (302, 403)
