"""Versioned consents: agreed at sign-up or later, withdrawn at any time, dated and versioned."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from lms.consents import (
    ConsentError,
    consent_accept,
    consent_revoke,
    current_consents,
    offered_consent_texts,
)
from lms.models import Consent, ConsentText, User
from tests import factories

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-and-unusual-passphrase"
URL = "/accounts/privacy/consents/future-workshops/"


@pytest.fixture
def workshops():
    """The consent text created by the data migration."""
    return ConsentText.objects.get(slug="future-workshops", version=1)


@pytest.fixture
def mira():
    return factories.person("mira@example.org", password=PASSWORD, display_name="Mira")


def new_version(consent_text, **fields):
    return ConsentText.objects.create(
        slug=consent_text.slug,
        version=consent_text.version + 1,
        title=consent_text.title,
        text=consent_text.text + " We may also send you a yearly survey.",
        **fields,
    )


def state(user, slug="future-workshops"):
    return next(choice for choice in current_consents(user) if choice.consent_text.slug == slug)


def test_the_first_question_is_offered_after_migrating(workshops):
    assert list(offered_consent_texts()) == [workshops]
    assert workshops.title == "Tell me about future workshops"
    assert workshops.text.startswith("We may email you about future workshops")


def test_agreeing_stores_the_date_and_the_version(mira, workshops):
    before = timezone.now()
    consent = consent_accept(user=mira, consent_text=workshops)
    assert consent.consent_text.version == 1
    assert before <= consent.accepted_at <= timezone.now()
    assert consent.revoked_at is None
    choice = state(mira)
    assert (choice.accepted, choice.outdated) == (True, False)
    assert choice.agreed_at == consent.accepted_at


def test_agreeing_twice_is_refused_and_stores_one_agreement(mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    with pytest.raises(ConsentError) as error:
        consent_accept(user=mira, consent_text=workshops)
    assert error.value.code == "already_accepted"
    assert Consent.objects.filter(user=mira).count() == 1


def test_withdrawing_stores_the_date_and_agreeing_again_adds_a_new_record(mira, workshops):
    first = consent_accept(user=mira, consent_text=workshops)
    consent_revoke(user=mira, consent_text=workshops)
    first.refresh_from_db()
    assert first.revoked_at is not None and first.revoked_at >= first.accepted_at
    assert not state(mira).accepted

    consent_accept(user=mira, consent_text=workshops)
    assert state(mira).accepted
    assert Consent.objects.filter(user=mira).count() == 2
    assert Consent.objects.filter(user=mira, revoked_at=None).count() == 1


def test_withdrawing_without_having_agreed_is_refused(mira, workshops):
    with pytest.raises(ConsentError) as error:
        consent_revoke(user=mira, consent_text=workshops)
    assert error.value.code == "not_accepted"


def test_a_new_version_makes_the_old_agreement_not_current(mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    second = new_version(workshops)

    choice = state(mira)
    assert choice.consent_text == second
    assert (choice.accepted, choice.outdated, choice.agreed_version) == (False, True, 1)
    with pytest.raises(ConsentError) as error:
        consent_accept(user=mira, consent_text=workshops)
    assert error.value.code == "not_offered"

    consent_accept(user=mira, consent_text=second)
    assert state(mira).accepted


def test_withdrawing_ends_agreement_to_every_version(mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    second = new_version(workshops)
    consent_accept(user=mira, consent_text=second)
    consent_revoke(user=mira, consent_text=second)
    assert not Consent.objects.filter(user=mira, revoked_at=None).exists()


def test_a_version_not_yet_offered_leaves_the_current_one_in_place(mira, workshops):
    new_version(workshops, active=False)
    assert list(offered_consent_texts()) == [workshops]


def test_the_wording_people_agreed_to_cannot_be_changed(mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    draft = new_version(workshops, active=False)
    draft.text = "Reworded before anyone agreed."
    draft.full_clean()  # nobody agreed to the draft yet: fine

    workshops.text = "Something else entirely."
    with pytest.raises(ValidationError, match="Publish a new version"):
        workshops.full_clean()
    workshops.refresh_from_db()
    workshops.active = False
    workshops.full_clean()  # withdrawing the question from offer is allowed


# Through HTTP


@pytest.fixture
def signed_in(client, mira):
    client.force_login(mira)
    return client


def test_profile_lists_the_question_and_agreeing_stores_it(signed_in, mira, workshops):
    page = signed_in.get("/accounts/profile/").content.decode()
    assert "Your choices" in page and "Tell me about future workshops" in page
    assert "You have not agreed to this." in page
    assert f'action="{URL}"' in page

    response = signed_in.post(URL, {"action": "accept", "version": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/profile/#your-choices"
    assert Consent.objects.get(user=mira, revoked_at=None).consent_text == workshops
    page = signed_in.get("/accounts/profile/").content.decode()
    assert "You agreed on" in page and "Withdraw my agreement" in page


def test_withdrawing_through_the_profile(signed_in, mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    response = signed_in.post(URL, {"action": "revoke"})
    assert response.status_code == 302
    assert Consent.objects.get(user=mira).revoked_at is not None


def test_profile_says_when_the_text_changed_since_the_person_agreed(signed_in, mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    new_version(workshops)
    page = signed_in.get("/accounts/profile/").content.decode()
    assert "Updated since you agreed." in page
    assert 'name="version" value="2"' in page


def test_agreeing_to_wording_that_changed_meanwhile_is_refused(signed_in, mira, workshops):
    new_version(workshops)
    response = signed_in.post(URL, {"action": "accept", "version": "1"})
    assert response.status_code == 409
    assert "This text has changed" in response.content.decode()
    assert not Consent.objects.exists()


def test_a_replayed_agreement_is_refused_and_stores_nothing_more(signed_in, mira, workshops):
    signed_in.post(URL, {"action": "accept", "version": "1"})
    response = signed_in.post(URL, {"action": "accept", "version": "1"})
    assert response.status_code == 409
    assert 'role="alert"' in response.content.decode()
    assert Consent.objects.filter(user=mira).count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"action": "delete-everything", "version": "1"},
        {"action": "accept"},
        {"action": "accept", "version": "1" * 400},
        {"action": "accept", "version": "-1"},
        {},
    ],
)
def test_bad_consent_requests_are_refused_and_change_nothing(signed_in, workshops, data):
    response = signed_in.post(URL, data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Consent.objects.exists()


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/accounts/privacy/consents/no-such-question/", {"action": "accept", "version": "1"}),
        (URL, {"action": "accept", "version": "7"}),
    ],
)
def test_unknown_questions_and_versions_are_not_found(signed_in, workshops, url, data):
    assert signed_in.post(url, data).status_code == 404
    assert not Consent.objects.exists()


def test_a_question_no_longer_offered_is_not_found(signed_in, mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    ConsentText.objects.update(active=False)
    assert signed_in.post(URL, {"action": "revoke"}).status_code == 404
    assert Consent.objects.get(user=mira).revoked_at is None


def test_withdrawing_only_touches_the_signed_in_persons_agreement(client, mira, workshops):
    olek = factories.person("olek@example.org")
    consent_accept(user=mira, consent_text=workshops)
    client.force_login(olek)
    assert client.post(URL, {"action": "revoke"}).status_code == 409
    assert Consent.objects.get(user=mira).revoked_at is None


def test_consent_changes_need_a_login_and_a_csrf_token(mira, workshops):
    anonymous = Client()
    response = anonymous.post(URL, {"action": "accept", "version": "1"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(mira)
    assert forged.post(URL, {"action": "accept", "version": "1"}).status_code == 403
    assert forged.get(URL).status_code == 405
    assert not Consent.objects.exists()


# Sign-up


def sign_up(client, **extra):
    data = {
        "email": "new@example.org",
        "display_name": "New Person",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }
    return client.post("/accounts/signup/", data)


def test_sign_up_offers_each_question_as_an_unticked_box(client, workshops):
    page = client.get("/accounts/signup/").content.decode()
    assert 'name="consent_future-workshops_v1"' in page
    assert "Tell me about future workshops" in page
    assert "partner museums and galleries" in page
    assert "checked" not in page
    assert page.index('name="password2"') < page.index('name="consent_future-workshops_v1"')


def test_signing_up_with_the_box_ticked_stores_an_agreement(client, workshops):
    response = sign_up(client, **{"consent_future-workshops_v1": "on"})
    assert response.status_code == 302
    consent = Consent.objects.get(user__email="new@example.org")
    assert consent.consent_text == workshops
    assert consent.accepted_at > timezone.now() - timedelta(minutes=1)


def test_signing_up_without_ticking_stores_no_agreement(client, workshops):
    assert sign_up(client).status_code == 302
    assert User.objects.filter(email="new@example.org").exists()
    assert not Consent.objects.exists()


def test_a_box_ticked_under_wording_that_changed_meanwhile_records_nothing(client, workshops):
    new_version(workshops)
    assert sign_up(client, **{"consent_future-workshops_v1": "on"}).status_code == 302
    assert User.objects.filter(email="new@example.org").exists()
    assert not Consent.objects.exists()


# Admin


@pytest.fixture
def admin_client(client):
    client.force_login(factories.person("admin@example.org", is_superuser=True, is_staff=True))
    return client


def test_admins_list_consent_texts_and_publish_a_new_version(admin_client, workshops):
    listing = admin_client.get("/admin/consent_texts/")
    assert listing.status_code == 200
    assert "Tell me about future workshops" in listing.content.decode()
    response = admin_client.post(
        "/admin/consent_texts/new/",
        {
            "slug": "future-workshops",
            "scope": "account",
            "version": "2",
            "title": "Tell me about future workshops",
            "text": "New wording.",
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert offered_consent_texts().get().version == 2


def test_admins_cannot_reword_a_version_people_agreed_to(admin_client, mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    response = admin_client.post(
        f"/admin/consent_texts/edit/{workshops.pk}/",
        {
            "slug": "future-workshops",
            "scope": "account",
            "version": "1",
            "title": "Changed",
            "text": "Changed.",
        },
    )
    assert response.status_code == 200
    assert "Publish a new version instead" in response.content.decode()
    workshops.refresh_from_db()
    assert workshops.title == "Tell me about future workshops"


def test_admins_cannot_delete_a_text_people_agreed_to(admin_client, mira, workshops):
    consent_accept(user=mira, consent_text=workshops)
    url = f"/admin/consent_texts/delete/{workshops.pk}/"
    assert "untick" in admin_client.get(url).content.decode()
    response = admin_client.post(url)
    assert response.status_code == 302
    assert ConsentText.objects.filter(pk=workshops.pk).exists()


def test_admins_can_delete_a_text_nobody_agreed_to(admin_client, workshops):
    draft = new_version(workshops, active=False)
    assert admin_client.post(f"/admin/consent_texts/delete/{draft.pk}/").status_code == 302
    assert not ConsentText.objects.filter(pk=draft.pk).exists()
