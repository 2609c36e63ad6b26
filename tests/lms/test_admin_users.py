"""Administrators set a person's display name and certificate name in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser(email="root@example.org", password="x"))
    return client


def test_user_edit_form_offers_and_saves_certificate_name(admin_client):
    person = User.objects.create_user(email="p@example.org", password="x")
    url = f"/admin/users/edit/{person.pk}/"
    assert "certificate_name" in admin_client.get(url).content.decode()
    response = admin_client.post(
        url,
        {
            "email": "p@example.org",
            "first_name": "Priya",
            "last_name": "Shah",
            "display_name": "Priya",
            "certificate_name": "प्रिया शाह",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.certificate_name == "प्रिया शाह"


def test_overlong_certificate_name_is_refused_and_nothing_changes(admin_client):
    person = User.objects.create_user(email="p@example.org", password="x", certificate_name="Priya")
    response = admin_client.post(
        f"/admin/users/edit/{person.pk}/",
        {"email": "p@example.org", "certificate_name": "x" * 500, "is_active": "on"},
    )
    assert response.status_code == 200
    assert "Ensure this value has at most 200 characters" in response.content.decode()
    person.refresh_from_db()
    assert person.certificate_name == "Priya"
