from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from workshops.retention import guest_data_erase_expired


class Command(BaseCommand):
    help = _(
        "Erase guests' names and email addresses, attendee names and group contacts once each "
        "partner's retention period has passed (run_scheduler does this every pass)."
    )

    def handle(self, *args, **options):
        report = guest_data_erase_expired()
        self.stdout.write(
            _("Erased guest details from %(bookings)d bookings and %(requests)d group requests.")
            % {"bookings": report.bookings, "requests": report.group_requests}
        )
