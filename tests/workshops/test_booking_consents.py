"""Consents asked at booking (photography, artwork): versioned, optional, withdrawable."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from lms.consents import ConsentError, current_consents
from lms.models import ConsentText
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops import services
from workshops.consents import booking_consent_accept, booking_consent_texts
from workshops.models import Booking, BookingConsent

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    return workshop_factories.session(capacity=5)


@pytest.fixture
def photography():
    return booking_consent_texts().get(slug="workshop-photography")


@pytest.fixture
def artwork():
    return booking_consent_texts().get(slug="workshop-artwork")


def book(client, session, **fields):
    data = {f"s{session.pk}-{name}": value for name, value in {"seats": "1", **fields}.items()}
    return client.post(f"/bookings/sessions/{session.pk}/book/", data)


def ticket_url(booking):
    return f"/bookings/tickets/{booking.ticket_secret}/"


def consent_url(booking):
    return f"/bookings/tickets/{booking.ticket_secret}/consents/"


def test_the_booking_form_asks_both_questions_unticked(client, session):
    html = client.get(session.workshop.url).content.decode()
    assert "Photos and video of me at the workshop may be used" in html
    assert "My artwork from the session may be shown" in html
    assert f'name="s{session.pk}-consent_workshop-photography"' in html
    assert "checked" not in html


def test_ticked_answers_are_recorded_with_their_version(client, session, photography):
    client.force_login(factories.person("a@example.org"))
    book(client, session, **{"consent_workshop-photography": "on"})
    booking = Booking.objects.get()
    (consent,) = booking.consents.all()
    assert (consent.consent_text, consent.revoked_at) == (photography, None)


def test_booking_without_ticking_anything_records_nothing(client, session):
    client.force_login(factories.person("a@example.org"))
    assert book(client, session).status_code == 302
    assert Booking.objects.get().consents.count() == 0


def test_guests_answer_too(client, session, artwork):
    book(
        client,
        session,
        guest_name="Gia",
        guest_email="gia@example.org",
        **{"consent_workshop-artwork": "on"},
    )
    assert BookingConsent.objects.get().consent_text == artwork


def test_booking_questions_are_not_account_questions(photography):
    user = factories.person("a@example.org")
    slugs = {state.consent_text.slug for state in current_consents(user)}
    assert "workshop-photography" not in slugs and "future-workshops" in slugs


def test_the_holder_withdraws_and_agrees_again_on_the_ticket_page(photography):
    session = workshop_factories.session()
    booking = services.booking_create(
        session=session,
        seats=1,
        user=factories.person("a@example.org"),
        consent_texts=[photography],
    )
    anyone = Client()  # the ticket link is the key: no login needed
    assert "You agreed." in anyone.get(ticket_url(booking)).content.decode()
    response = anyone.post(consent_url(booking), {"consent": photography.pk, "action": "withdraw"})
    assert response.status_code == 302
    consent = BookingConsent.objects.get()
    assert consent.revoked_at is not None
    assert "Not agreed." in anyone.get(ticket_url(booking)).content.decode()
    anyone.post(consent_url(booking), {"consent": photography.pk, "action": "agree"})
    assert booking.consents.filter(revoked_at=None).count() == 1
    assert booking.consents.count() == 2  # the history is kept


def test_a_new_wording_must_be_agreed_again(photography):
    session = workshop_factories.session()
    booking = services.booking_create(
        session=session,
        seats=1,
        user=factories.person("a@example.org"),
        consent_texts=[photography],
    )
    ConsentText.objects.create(
        slug=photography.slug,
        scope=ConsentText.Scope.BOOKING,
        version=2,
        title=photography.title,
        text="New wording.",
    )
    html = Client().get(ticket_url(booking)).content.decode()
    assert "You agreed to an earlier wording" in html and "New wording." in html


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"consent": "abc", "action": "agree"},
        {"consent": "99999999999999999999", "action": "agree"},
        {"consent": "-1", "action": "agree"},
        {"action": "agree"},
        {"consent": "PHOTO", "action": "delete-everything"},
    ],
)
def test_bad_consent_posts_are_a_400_and_change_nothing(session, photography, data):
    booking = services.booking_create(
        session=session, seats=1, user=factories.person("a@example.org")
    )
    data = {key: (photography.pk if value == "PHOTO" else value) for key, value in data.items()}
    assert Client().post(consent_url(booking), data).status_code == 400
    assert BookingConsent.objects.count() == 0


def test_an_account_question_cannot_be_agreed_on_a_ticket(session):
    account_text = ConsentText.objects.get(slug="future-workshops")
    booking = services.booking_create(
        session=session, seats=1, user=factories.person("a@example.org")
    )
    response = Client().post(consent_url(booking), {"consent": account_text.pk, "action": "agree"})
    assert response.status_code == 400
    assert BookingConsent.objects.count() == 0


def test_agreeing_twice_withdrawing_nothing_and_forged_tickets(session, photography):
    booking = services.booking_create(
        session=session, seats=1, user=factories.person("a@example.org")
    )
    client = Client()
    assert (
        client.post(
            consent_url(booking), {"consent": photography.pk, "action": "withdraw"}
        ).status_code
        == 400
    )
    client.post(consent_url(booking), {"consent": photography.pk, "action": "agree"})
    again = client.post(consent_url(booking), {"consent": photography.pk, "action": "agree"})
    assert again.status_code == 400 and "already agreed" in again.content.decode()
    assert BookingConsent.objects.count() == 1
    forged = client.post("/bookings/tickets/forged/consents/", {"consent": photography.pk})
    assert forged.status_code == 404
    strict = Client(enforce_csrf_checks=True)
    assert (
        strict.post(
            consent_url(booking), {"consent": photography.pk, "action": "withdraw"}
        ).status_code
        == 403
    )
    assert BookingConsent.objects.filter(revoked_at=None).count() == 1


def test_a_cancelled_booking_may_withdraw_but_not_agree(session, photography, artwork):
    booking = services.booking_create(
        session=session, seats=1, user=factories.person("a@example.org"), consent_texts=[artwork]
    )
    services.booking_cancel(booking=booking)
    client = Client()
    assert (
        client.post(
            consent_url(booking), {"consent": photography.pk, "action": "agree"}
        ).status_code
        == 400
    )
    assert (
        client.post(consent_url(booking), {"consent": artwork.pk, "action": "withdraw"}).status_code
        == 302
    )
    assert BookingConsent.objects.filter(revoked_at=None).count() == 0
    with pytest.raises(ConsentError, match="not_offered"):
        booking_consent_accept(booking=booking, consent_text=photography)


def test_staff_see_what_the_holder_agrees_to(client, session, photography):
    booking = services.booking_create(
        session=session,
        seats=1,
        user=factories.person("a@example.org"),
        consent_texts=[photography],
    )
    client.force_login(
        get_user_model().objects.create_superuser(email="root@example.org", password="x")
    )
    html = client.get(f"/admin/booking/inspect/{booking.pk}/").content.decode()
    assert "Photos and video of me at the workshop may be used (v1)" in html


def test_a_text_agreed_on_a_booking_cannot_be_reworded(photography, session):
    from django.core.exceptions import ValidationError

    services.booking_create(
        session=session,
        seats=1,
        user=factories.person("a@example.org"),
        consent_texts=[photography],
    )
    photography.text = "Sneakily different."
    with pytest.raises(ValidationError):
        photography.full_clean()


def test_the_workshop_page_asks_once_however_many_sessions(client, django_assert_max_num_queries):
    first = workshop_factories.session()
    for _ in range(6):
        workshop_factories.session()
    from workshops.models import Session

    Session.objects.update(workshop=first.workshop, venue=first.venue)
    client.get(first.workshop.url)  # warm caches
    with django_assert_max_num_queries(14):
        html = client.get(first.workshop.url).content.decode()
    assert len(re.findall(r'name="s\d+-consent_workshop-photography"', html)) == 7


def test_booking_answers_are_in_the_holders_data_export(session, photography):
    from workshops.privacy import booking_rows

    user = factories.person("a@example.org")
    services.booking_create(session=session, seats=1, user=user, consent_texts=[photography])
    (row,) = booking_rows(user)
    (answer,) = row["consents"]
    assert answer["question"] == photography.title and answer["withdrawn_at"] is None
