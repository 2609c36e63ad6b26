"""Background work for image provenance."""

from django_tasks import task


@task()
def read_image_credentials(*, image_id):
    """Read and store an image's Content Credentials (idempotent: once per file)."""
    from .services import image_credentials_read

    image_credentials_read(image_id=image_id)
