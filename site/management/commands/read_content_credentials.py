"""Read images' Content Credentials now: those never read, or every image with --all."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from lms.images import CredentialsStatus
from lms.provenance.services import image_credentials_read


class Command(BaseCommand):
    help = (
        "Read the Content Credentials (C2PA) of library images not read yet; with --all, read "
        "every image again (after changing the trust list or upgrading the reader)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Read every image again.")

    def handle(self, *args, **options):
        images = get_image_model().objects.order_by("pk")
        if not options["all"]:
            images = images.filter(credentials_status=CredentialsStatus.PENDING)
        counts = {}
        for image_id in images.values_list("pk", flat=True).iterator():
            image = image_credentials_read(image_id=image_id, force=options["all"])
            if image is not None:
                counts[image.credentials_status] = counts.get(image.credentials_status, 0) + 1
        summary = ", ".join(
            f"{CredentialsStatus(status).label.lower()}: {count}"
            for status, count in sorted(counts.items())
        )
        self.stdout.write(f"Read {sum(counts.values())} images. {summary}".strip())
