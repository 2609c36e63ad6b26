"""Workshop certificates follow attendance: closing a session issues them by the workshop's
rule, once; partner staff issue missing ones and download a session's PDFs as a ZIP."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.models import Certificate
from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.attendance.services import attendance_set, checkin_record, session_close
from workshops.models import Attendance, Booking, PartnerMembership, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def session():
    session = workshop_factories.session(capacity=10)
    start = timezone.now() - timedelta(hours=1)
    Session.objects.filter(pk=session.pk).update(
        starts_at=start, ends_at=start + timedelta(hours=2)
    )
    session.refresh_from_db()
    return session


def booking(session, number, **fields):
    fields.setdefault("guest_name", f"Guest {number}")
    fields.setdefault("guest_email", f"guest{number}@example.org")
    return Booking.objects.create(
        session=session, seats=1, status=Booking.Status.CONFIRMED, queue_number=number, **fields
    )


@pytest.fixture
def people(session):
    learner = factories.person("learner@example.org", certificate_name="Léa Learner")
    present = booking(session, 1, user=learner, guest_name="", guest_email="")
    guest = booking(session, 2)
    left_early = booking(session, 3)
    absent = booking(session, 4)
    for number, who in enumerate([present, guest, left_early], start=1):
        checkin_record(
            session=session,
            booking=who,
            nonce=f"cert-nonce-{number}",
            method=Attendance.Method.SCAN,
        )
    attendance_set(session=session, booking=left_early, status="left_early", minutes=30)
    return {"learner": present, "guest": guest, "left_early": left_early, "absent": absent}


def test_closing_a_session_issues_certificates_to_those_who_met_the_rule(
    session, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        session_close(session=session)
    certificates = Certificate.objects.order_by("recipient_name")
    assert [c.recipient_name for c in certificates] == ["Guest 2", "Léa Learner"]
    learner_certificate = certificates.get(user=people["learner"].user)
    assert learner_certificate.achievement_key == f"workshop:{session.workshop_id}"
    assert learner_certificate.partner == session.venue.partner
    assert "Attendance" in learner_certificate.evidence[0]["name"]
    assert all(c.pdf for c in certificates)  # rendered together after commit
    with django_capture_on_commit_callbacks(execute=True):
        session_close(session=session)
    assert Certificate.objects.count() == 2


def test_a_workshop_without_certificates_issues_none(
    session, people, django_capture_on_commit_callbacks
):
    session.workshop.certificate_rule = "none"
    session.workshop.save()
    with django_capture_on_commit_callbacks(execute=True):
        session_close(session=session)
    assert not Certificate.objects.exists()


@pytest.fixture
def staff(session):
    user = factories.person("staff@example.org")
    PartnerMembership.objects.create(user=user, partner=session.venue.partner)
    return user


def test_partner_staff_issue_missing_certificates_and_download_the_zip(
    client, session, people, staff, django_capture_on_commit_callbacks
):
    Session.objects.filter(pk=session.pk).update(status=Session.Status.COMPLETED)
    client.force_login(staff)
    url = f"/admin/certificate/session/{session.pk}/"
    page = client.get(url).content.decode()
    assert "Guest 2" in page and "Léa Learner" in page and "Guest 4" not in page
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    assert Certificate.objects.count() == 2
    response = client.get(url, {"download": "zip"})
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    codes = {c.code for c in Certificate.objects.all()}
    assert {name.removesuffix(".pdf") for name in archive.namelist()} == codes
    assert all(archive.read(name).startswith(b"%PDF") for name in archive.namelist())


def test_another_partners_session_is_a_404_and_learners_are_refused(client, session, staff):
    other = workshop_factories.session()
    client.force_login(staff)
    assert client.get(f"/admin/certificate/session/{other.pk}/").status_code == 404
    assert client.post(f"/admin/certificate/session/{other.pk}/").status_code == 404
    client.force_login(factories.person("learner2@example.org"))
    response = client.get(f"/admin/certificate/session/{session.pk}/")
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Certificate.objects.exists()
