import time

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages every --interval seconds (for `make run`)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60)
        parser.add_argument("--once", action="store_true", help="Run one pass and exit.")

    def handle(self, *args, interval, once, **options):
        while True:
            call_command("publish_scheduled", verbosity=0)
            if once:
                return
            time.sleep(interval)
