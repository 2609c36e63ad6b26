import base64
import os
import secrets

import pytest

# A throwaway issuer key for the whole run, so certificates can be signed; never a real key.
os.environ.setdefault("CERTIFICATE_ISSUER_KEY", base64.b64encode(secrets.token_bytes(32)).decode())


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, so cached pages never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
