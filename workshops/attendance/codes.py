"""The rotating self check-in code: six digits on the educator's screen, new every 30 seconds.

Derived from the site's secret, the session and the 30-second window (like an authenticator
app's code), so it cannot be worked out in advance or reused later: a code is accepted during
its own window and for a short grace after it (people need a moment to type it), never after.
"""

import hmac

from django.utils.crypto import salted_hmac

ROTATION_SECONDS = 30
GRACE_SECONDS = 15
DIGITS = 6


def _window(moment):
    return int(moment.timestamp() // ROTATION_SECONDS)


def _code_for(session, window):
    digest = salted_hmac("workshops.self-checkin", f"{session.pk}:{window}").digest()
    number = int.from_bytes(digest[:8], "big") % 10**DIGITS
    return f"{number:0{DIGITS}d}"


def current_code(session, *, now):
    """(code, seconds until it changes) for the screen."""
    window = _window(now)
    remaining = ROTATION_SECONDS - (now.timestamp() - window * ROTATION_SECONDS)
    return _code_for(session, window), max(1, int(remaining))


def code_is_current(session, typed, *, now):
    """Whether `typed` is the code of now, or of the previous window within the grace."""
    if not isinstance(typed, str):
        return False
    typed = "".join(typed.split())
    if len(typed) != DIGITS or not (typed.isascii() and typed.isdigit()):
        return False
    windows = {_window(now)}
    grace_start = now.timestamp() - GRACE_SECONDS
    windows.add(int(grace_start // ROTATION_SECONDS))
    return any(hmac.compare_digest(typed, _code_for(session, window)) for window in windows)
