"""Read Content Credentials whenever an image's file is new, after the upload commits."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.images import get_image_model

from .tasks import read_image_credentials


def _enqueue_reading(sender, instance, raw=False, **kwargs):
    if raw or not instance.credentials_need_reading:
        return
    transaction.on_commit(partial(read_image_credentials.enqueue, image_id=instance.pk))


def connect():
    post_save.connect(_enqueue_reading, sender=get_image_model(), dispatch_uid="read_credentials")
