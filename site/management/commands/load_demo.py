import os

from django.conf import settings
from django.core.management.base import BaseCommand

from lms.demo.loader import load_demo

DEV_DEMO_PASSWORD = "learn-ai-literacy"  # noqa: S105  (printed by `make run`; DEBUG only)


class Command(BaseCommand):
    help = "Create or refresh the demo courses, pages and accounts. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Password for the demo accounts (default: $DEMO_PASSWORD; in DEBUG a fixed "
            "development password; otherwise a random one, printed once).",
        )

    def handle(self, *args, password=None, **options):
        password = password or os.environ.get("DEMO_PASSWORD")
        if not password and settings.DEBUG:
            password = DEV_DEMO_PASSWORD
        report, password = load_demo(password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {report.pages_created} pages created, "
                f"{report.pages_updated} refreshed."
            )
        )
        self.stdout.write(f"Demo accounts (password: {password}):")
        for email, role in report.accounts:
            self.stdout.write(f"  {email:<24} {role}")
