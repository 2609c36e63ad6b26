"""Invalidate the small site caches whenever pages or their view restrictions change."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .page_cache import invalidate_page_cache
from .selectors import RESTRICTED_PATHS_KEY, SITE_NAV_KEY


def clear_page_caches(**kwargs):
    keys = [RESTRICTED_PATHS_KEY]
    keys += [SITE_NAV_KEY.format(site_id=pk) for pk in Site.objects.values_list("pk", flat=True)]
    cache.delete_many(keys)
    invalidate_page_cache()


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(clear_page_caches, dispatch_uid=f"lms-clear-caches-{id(signal)}")
    post_page_move.connect(clear_page_caches, dispatch_uid="lms-clear-caches-move")
    for model in (Page, PageViewRestriction, Site, get_image_model(), get_document_model()):
        for signal in (post_save, post_delete):
            signal.connect(
                clear_page_caches,
                sender=model,
                dispatch_uid=f"lms-clear-{model.__name__}-{id(signal)}",
            )
