"""A reminder goes out once, about 48 hours before a session, to everyone with a place."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command

from tests import factories
from tests.workshops import factories as workshop_factories
from workshops.models import Booking
from workshops.services import booking_create, reminders_send_due

pytestmark = pytest.mark.django_db


def test_confirmed_people_get_one_reminder_with_a_calendar_file(django_capture_on_commit_callbacks):
    soon = workshop_factories.session(capacity=1, starts_in=timedelta(hours=30))
    later = workshop_factories.session(capacity=5, starts_in=timedelta(days=5))
    confirmed = booking_create(session=soon, seats=1, user=factories.person("a@example.org"))
    booking_create(session=soon, seats=1, user=factories.person("b@example.org"))  # waiting
    booking_create(session=later, seats=1, user=factories.person("c@example.org"))

    with django_capture_on_commit_callbacks(execute=True):
        assert reminders_send_due(ticket_url=lambda b: f"https://x/{b.ticket_secret}") == 1
        assert reminders_send_due(ticket_url=lambda b: "unused") == 0
    (message,) = mail.outbox
    assert message.to == ["a@example.org"] and confirmed.ticket_secret in message.body
    assert message.attachments[0][0] == "session.ics"
    assert Booking.objects.get(pk=confirmed.pk).reminder_sent_at is not None


def test_the_scheduler_sends_due_reminders(django_capture_on_commit_callbacks):
    soon = workshop_factories.session(starts_in=timedelta(hours=10))
    booking_create(session=soon, seats=1, user=factories.person("a@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once")
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
