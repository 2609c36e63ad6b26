"""Writes for image provenance: store what an image's Content Credentials say."""

import io
from pathlib import PurePath

from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from .reading import read_credentials

MIME_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
}


def _file_bytes(image):
    with image.open_file() as file:
        return file.read()


def image_credentials_read(*, image_id, force=False):
    """Read an image's C2PA manifest and store the summary; skipped when already read for this
    file (the file hash says so) unless forced. Returns the image, or None if it is gone."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return None
    data = None
    if not image.file_hash:  # images made outside the admin's form have none yet
        data = _file_bytes(image)
        image.file_hash = hash_filelike(io.BytesIO(data))
    if not force and not image.credentials_need_reading:
        return image
    mime_type = MIME_TYPES.get(PurePath(image.file.name).suffix.lower(), "")
    reading = read_credentials(data or _file_bytes(image), mime_type=mime_type)
    with transaction.atomic():
        # Only the file that was read: a newer upload in the meantime gets its own reading.
        get_image_model().objects.filter(pk=image.pk, file=image.file.name).update(
            credentials_status=reading.status,
            credentials=reading.summary,
            file_hash=image.file_hash,
            credentials_file_hash=image.file_hash,
            credentials_checked_at=timezone.now(),
        )
    image.refresh_from_db()
    return image
