"""Editors create workshops only for the partners they work for."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, streamfield

from lms.roles import EDUCATORS
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.models import PartnerMembership, WorkshopPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners():
    return workshop_factories.partner(name="Alpha Museum"), workshop_factories.partner(
        name="Bravo Gallery"
    )


def add_url():
    index = workshop_factories.workshop_index()
    return f"/admin/pages/add/workshops/workshoppage/{index.pk}/"


def editor(email, partner=None):
    user = factories.person(email, groups=[EDUCATORS])
    if partner:
        PartnerMembership.objects.create(user=user, partner=partner)
    return user


def test_an_editor_chooses_among_their_own_partners_only(client, partners):
    alpha, _bravo = partners
    client.force_login(editor("ed@example.org", alpha))
    form = client.get(add_url()).context["form"]
    assert list(form.fields["partner"].queryset) == [alpha]


def test_posting_another_partner_is_refused_and_nothing_is_created(client, partners):
    alpha, bravo = partners
    client.force_login(editor("ed@example.org", alpha))
    response = client.post(
        add_url(),
        nested_form_data(
            {
                "title": "Opt-outs",
                "slug": "opt-outs",
                "partner": bravo.pk,
                "summary": "S",
                "description": streamfield([]),
            }
        ),
    )
    assert response.status_code == 200
    assert "partner" in response.context["form"].errors
    assert not WorkshopPage.objects.filter(slug="opt-outs").exists()


def test_an_editor_without_a_partner_is_told_why_the_list_is_empty(client, partners):
    client.force_login(editor("ed@example.org"))
    form = client.get(add_url()).context["form"]
    assert list(form.fields["partner"].queryset) == []
    assert "ask an administrator" in str(form.fields["partner"].help_text)


def test_superusers_choose_any_partner(client, partners):
    client.force_login(
        get_user_model().objects.create_superuser(email="root@example.org", password="x")
    )
    form = client.get(add_url()).context["form"]
    assert set(form.fields["partner"].queryset) == set(partners)


def test_editing_a_workshop_of_another_partner_keeps_its_partner_choosable(client, partners):
    alpha, bravo = partners
    page = workshop_factories.workshop(host=bravo)
    client.force_login(editor("ed@example.org", alpha))
    form = client.get(f"/admin/pages/{page.pk}/edit/").context["form"]
    assert set(form.fields["partner"].queryset) == {alpha, bravo}
