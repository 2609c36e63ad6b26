"""People log in with their email address and choose how their name appears."""

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_users_log_in_with_their_email_address():
    User.objects.create_user(email="Creator@Example.ORG", password="long-enough-password")
    user = authenticate(username="Creator@example.org", password="long-enough-password")
    assert user is not None
    assert user.email == "Creator@example.org"


def test_an_email_address_belongs_to_one_account():
    User.objects.create_user(email="a@example.org", password="x")
    with pytest.raises(ValidationError):
        User.objects.create_user(email="a@example.org", password="y")


def test_an_email_address_is_required():
    with pytest.raises(ValueError, match="email address is required"):
        User.objects.create_user(email="", password="x")


def test_certificates_use_the_chosen_name_in_any_script():
    user = User.objects.create_user(
        email="n@example.org",
        password="x",
        first_name="Nadia",
        last_name="Haddad",
        display_name="Nadia",
        certificate_name="نادية حداد",
    )
    assert user.name_for_certificates == "نادية حداد"
    user.certificate_name = ""
    assert user.name_for_certificates == "Nadia Haddad"
    assert str(user) == "Nadia"


def test_superusers_can_be_created_from_an_email():
    admin = User.objects.create_superuser(email="root@example.org", password="x")
    assert admin.is_staff and admin.is_superuser
