"""Open Badges 3.0 signing and verification throughput on one core.

Signs N realistic OpenBadgeCredentials (issuer profile, achievement with criteria, hashed
recipient identity, evidence, credentialStatus, validFrom/validUntil) with a fresh Ed25519 key,
then verifies them, and prints credentials per second for each. Every credential differs
(id, identity hash, dates), as in a real bulk issue. Set BENCH_CREDENTIALS to change N.
"""

import hashlib
import os
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta

# Run as `python bench/<script>.py`, this folder comes first on sys.path, where
# bench/certificates.py would shadow the certificates app: import the project's apps instead.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != _HERE]
_PROJECT = os.path.dirname(_HERE)
if _PROJECT not in sys.path:
    sys.path.insert(0, _PROJECT)

CREDENTIALS = int(os.environ.get("BENCH_CREDENTIALS", "200"))
ISSUER = "https://lms.example.org/certificates/issuer"


def setup():
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    import django

    django.setup()


def realistic_credential(number, issued):
    """An OpenBadgeCredential like the ones the LMS issues for a completed course."""
    salt = uuid.uuid4().hex
    email = f"learner{number}@example.org"
    identity_hash = hashlib.sha256((email + salt).encode()).hexdigest()
    achievement = "https://lms.example.org/courses/ai-literacy-foundations/"
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "AI Literacy Foundations — certificate of completion",
        "issuer": {
            "id": ISSUER,
            "type": ["Profile"],
            "name": "AI Literacy LMS",
            "url": "https://lms.example.org/",
            "email": "certificates@example.org",
            "description": "Open courses on understanding and using AI responsibly.",
            "image": {
                "id": "https://lms.example.org/static/img/issuer-logo.png",
                "type": "Image",
                "caption": "AI Literacy LMS logo",
            },
        },
        "validFrom": issued.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "validUntil": (issued + timedelta(days=3 * 365)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": f"sha256${identity_hash}",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": salt,
                }
            ],
            "activityEndDate": issued.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "achievement": {
                "id": achievement,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": "AI Literacy Foundations",
                "description": "Understands what AI systems can and cannot do, and uses them "
                "responsibly in everyday work.",
                "criteria": {
                    "id": achievement + "#criteria",
                    "narrative": "Completed all eight lessons and passed every knowledge check "
                    "with at least 80 percent.",
                },
                "image": {
                    "id": "https://lms.example.org/static/img/badge-foundations.png",
                    "type": "Image",
                },
                "creator": {"id": ISSUER, "type": ["Profile"], "name": "AI Literacy LMS"},
                "inLanguage": "en",
                "tag": ["AI literacy", "digital skills"],
            },
        },
        "evidence": [
            {
                "id": f"{achievement}lessons/{lesson}/",
                "type": ["Evidence"],
                "name": f"Lesson {lesson} completed",
                "narrative": f"Knowledge check of lesson {lesson} passed.",
            }
            for lesson in range(1, 4)
        ],
        "credentialStatus": {
            "id": f"https://lms.example.org/certificates/status/1#{number}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(number),
            "statusListCredential": "https://lms.example.org/certificates/status/1",
        },
    }


def main():
    setup()
    from certificates.openbadges.keys import private_key_generate, public_key_to_multikey
    from certificates.openbadges.proof import credential_sign, credential_verify

    private_key = private_key_generate()
    public_key = private_key.public_key()
    verification_method = f"{ISSUER}#{public_key_to_multikey(public_key)}"
    started_at = datetime(2026, 1, 1, tzinfo=UTC)
    credentials = [
        realistic_credential(number, started_at + timedelta(seconds=number))
        for number in range(CREDENTIALS)
    ]

    def resolver(method):
        if method != verification_method:
            raise LookupError(method)
        return public_key

    # The first call loads and processes the contexts: not what a bulk issue pays per credential.
    credential_verify(
        credential_sign(
            credentials[0],
            private_key=private_key,
            verification_method=verification_method,
            created=started_at,
        ),
        public_key_resolver=resolver,
    )

    started = time.perf_counter()
    signed = [
        credential_sign(
            credential,
            private_key=private_key,
            verification_method=verification_method,
            created=started_at + timedelta(seconds=number),
        )
        for number, credential in enumerate(credentials)
    ]
    sign_rate = CREDENTIALS / (time.perf_counter() - started)

    started = time.perf_counter()
    checks = [credential_verify(credential, public_key_resolver=resolver) for credential in signed]
    verify_rate = CREDENTIALS / (time.perf_counter() - started)
    assert all(check.valid for check in checks), {check.code for check in checks}

    print(f"sign {CREDENTIALS} credentials: {sign_rate:.0f}/s, verify: {verify_rate:.0f}/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
