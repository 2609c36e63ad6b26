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


@pytest.fixture
def educator_client(client, db):
    """A client logged in as a member of the Educators group."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from lms.roles import EDUCATORS

    educator = get_user_model().objects.create_user(email="ed@example.org", password="x")
    educator.groups.add(Group.objects.get(name=EDUCATORS))
    client.force_login(educator)
    return client
