"""Accounts: sign up with a verified email, log in with limits, reset passwords, edit a profile."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from tests import factories

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "a-long-and-unusual-passphrase"


def sign_up(client, **overrides):
    data = {
        "email": "mira@example.org",
        "display_name": "Mira",
        "certificate_name": "Mira Novak",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **overrides,
    }
    return client.post("/accounts/signup/", data)


def emailed_link(message):
    return re.search(r"https?://[^\s]+", message.body).group(0).replace("http://testserver", "")


def test_sign_up_sends_a_verification_link_that_logs_the_person_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    user = User.objects.get(email="mira@example.org")
    assert (user.display_name, user.certificate_name) == ("Mira", "Mira Novak")
    assert user.password.startswith("md5$") or user.has_usable_password()
    (message,) = mail.outbox
    assert message.to == ["mira@example.org"]
    link = emailed_link(message)

    assert client.get("/accounts/profile/").status_code == 302  # not logged in before verifying
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.get("/accounts/profile/").status_code == 200


def test_login_before_verification_is_refused(client):
    sign_up(client)
    client.logout()
    response = client.post("/accounts/login/", {"login": "mira@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert client.get("/accounts/profile/").status_code == 302


@pytest.mark.parametrize("key", ["not-a-real-key", "x" * 5000, "MQ:1abc:forged-signature"])
def test_invalid_or_expired_verification_link_gets_a_clear_404(client, key):
    for response in (
        client.get(f"/accounts/confirm-email/{key}/"),
        client.post(f"/accounts/confirm-email/{key}/"),
    ):
        assert response.status_code == 404
        assert "expired or is invalid" in response.content.decode()


def test_verification_link_that_has_expired_is_refused(client, settings):
    sign_up(client)
    link = emailed_link(mail.outbox[0])
    settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 0
    response = client.post(link)
    assert response.status_code == 404
    assert not EmailAddress.objects.get(email="mira@example.org").verified


def test_signing_up_again_with_a_known_address_creates_nothing_and_reveals_nothing(client):
    factories.person("mira@example.org")
    response = sign_up(client, email="MIRA@example.org")
    assert response.status_code == 302  # the same answer as a new sign-up: no account enumeration
    assert User.objects.count() == 1
    (message,) = mail.outbox
    assert message.to == ["mira@example.org"]  # the owner is told someone tried


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("display_name", "x" * 10_000),
        ("certificate_name", "y" * 201),
        ("email", "not-an-email"),
        ("password2", "different-passphrase"),
        ("display_name", ""),
    ],
)
def test_bad_sign_up_shows_a_message_and_creates_nothing(client, field, value):
    response = sign_up(client, **{field: value})
    assert response.status_code == 200
    assert (
        'class="field__errors"' in response.content.decode()
        or "errorlist" in response.content.decode()
    )
    assert not User.objects.exists()
    assert not mail.outbox


def test_repeated_failed_logins_are_rate_limited(client):
    factories.person("mira@example.org", password=PASSWORD)
    for _ in range(5):
        wrong = client.post("/accounts/login/", {"login": "mira@example.org", "password": "wrong"})
        assert "Too many failed login attempts" not in wrong.content.decode()
    # Even the right password is refused while the limit holds.
    right = client.post("/accounts/login/", {"login": "mira@example.org", "password": PASSWORD})
    assert right.status_code == 200
    assert "Too many failed login attempts" in right.content.decode()
    assert client.get("/accounts/profile/").status_code == 302


def test_verified_person_logs_in_with_email_and_password(client):
    factories.person("mira@example.org", password=PASSWORD)
    response = client.post("/accounts/login/", {"login": "Mira@Example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/accounts/profile/").status_code == 200


def test_password_reset_mails_known_addresses_and_reveals_nothing_about_unknown_ones(client):
    factories.person("mira@example.org", password=PASSWORD)
    known = client.post("/accounts/password/reset/", {"email": "mira@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    to_known, to_unknown = mail.outbox
    assert to_known.to == ["mira@example.org"] and to_unknown.to == ["nobody@example.org"]
    assert "password/reset/key/" not in to_unknown.body
    link = emailed_link(to_known)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"}
    )
    assert response.status_code == 302
    assert User.objects.get(email="mira@example.org").check_password("a-new-long-passphrase")


@pytest.fixture
def mira(client):
    user = factories.person("mira@example.org", password=PASSWORD, display_name="Mira")
    client.force_login(user)
    return user


def test_profile_saves_names_in_any_script_and_language(client, mira):
    response = client.post(
        "/accounts/profile/",
        {
            "display_name": " Mira\x07 ",
            "certificate_name": "Мира Новак",
            "preferred_language": "en",
        },
    )
    assert response.status_code == 302
    mira.refresh_from_db()
    assert (mira.display_name, mira.certificate_name) == ("Mira", "Мира Новак")


@pytest.mark.parametrize(
    "data",
    [
        {"display_name": "Mira", "certificate_name": "z" * 201, "preferred_language": "en"},
        {"display_name": "Mira", "certificate_name": "", "preferred_language": "xx-evil"},
        {"display_name": "x" * 151, "certificate_name": "", "preferred_language": "en"},
    ],
)
def test_bad_profile_input_is_refused_and_changes_nothing(client, mira, data):
    response = client.post("/accounts/profile/", data)
    assert response.status_code == 400
    assert "field__errors" in response.content.decode()
    mira.refresh_from_db()
    assert (mira.display_name, mira.certificate_name) == ("Mira", "")


def test_profile_needs_a_login(client):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_admin_login_goes_through_the_rate_limited_login_page(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
