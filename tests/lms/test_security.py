"""Headers and settings that keep the site safe by default."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from tests import factories

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parents[2]


def test_public_pages_forbid_inline_script_and_framing(client):
    course = factories.course()
    response = client.get(course.url)
    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if "script-src" in part)
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "<script>" not in response.content.decode()


def test_admin_gets_its_own_policy_without_a_nonce(client):
    admin = get_user_model().objects.create_superuser(email="root@example.org", password="x")
    client.force_login(admin)
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy and "nonce-" not in policy
    # Replaced for the admin (its previews use frames), never "'none' 'self'", which is invalid.
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if " " in part)
    assert directives["frame-ancestors"] == "'self'"


def test_passwords_are_hashed_with_argon2_outside_tests():
    from lms.settings import base

    assert base.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def _manage(*args, **env):
    return subprocess.run(
        [sys.executable, str(REPO / "manage.py"), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deploy_check():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY="a-long-random-test-value-" + "x7Q" * 20,
        ALLOWED_HOSTS="workshops.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _manage("check", DJANGO_SETTINGS_MODULE="lms.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr
