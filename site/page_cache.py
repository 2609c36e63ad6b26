"""Whole-page cache for anonymous visitors, emptied whenever any page is published or changed.

Only the simplest, safest case is cached: a GET or HEAD without a query string, from a visitor
with no session cookie, answered with a 200 HTML response that sets no cookie (so pages with a
CSRF token, such as lessons with knowledge checks, are never shared) and used no CSP nonce.
Publishing, unpublishing, moving or deleting a page bumps a generation number, so every cached
page is stale at once; PAGE_CACHE_SECONDS bounds how long an entry lives at all.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "lms:page-cache-generation"
# Flash messages left for a visitor with no session (e.g. after deleting an account) live in
# this cookie; such a visitor must see a freshly rendered page that shows them.
MESSAGES_COOKIE = getattr(settings, "MESSAGE_COOKIE_NAME", "messages")
# Pages whose answer changes without a publish (bookings, certificate status) are never cached.
EXCLUDED_PREFIXES = (
    "/admin/",
    "/documents/",
    "/search/",
    "/static/",
    "/media/",
    "/bookings/",
    "/verify/",
    "/certificates/",
)


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate_page_cache():
    """Make every cached page stale (called when pages change)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and not request.path_info.startswith(EXCLUDED_PREFIXES)
    )


def _key(request):
    location = f"{request.get_host()}{request.path_info}"
    digest = hashlib.sha256(location.encode("utf-8", "surrogatepass")).hexdigest()
    return f"lms:page:{current_generation()}:{digest}"


def _cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and response.get("Content-Type", "").startswith("text/html")
        and not getattr(request, "_csp_nonce", None)
        and "private" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
