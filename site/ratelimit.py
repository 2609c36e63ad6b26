"""A fixed-window rate limit per client address, kept in the cache.

For public lookups that a script could hammer (certificate codes). Logins have allauth's own.
"""

import time

from django.core.cache import cache


def client_address(request):
    """The address the request came from (the proxy's, unless it is trusted to forward)."""
    return request.META.get("REMOTE_ADDR", "unknown")


def allow(request, *, scope, limit, period):
    """Count this request; False once `limit` requests came from its address in `period` s."""
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{client_address(request)}:{window}"
    if cache.add(key, 1, timeout=period + 1):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=period + 1)
        return True
    return count <= limit
