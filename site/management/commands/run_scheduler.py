import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.urls import reverse

from certificates.services import expiry_reminders_send_due
from workshops.retention import guest_data_erase_expired
from workshops.services import reminders_send_due


def _absolute_ticket_url(booking):
    path = reverse("workshops:ticket", args=[booking.ticket_secret])
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


class Command(BaseCommand):
    help = (
        "Every --interval seconds: publish and unpublish scheduled pages and queue workshop "
        "reminders, erase guest details past their retention period and remind learners of "
        "certificates about to expire (for `make run`)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60)
        parser.add_argument("--once", action="store_true", help="Run one pass and exit.")

    def handle(self, *args, interval, once, **options):
        while True:
            call_command("publish_scheduled", verbosity=0)
            reminders_send_due(ticket_url=_absolute_ticket_url)
            guest_data_erase_expired()
            expiry_reminders_send_due()
            if once:
                return
            time.sleep(interval)
