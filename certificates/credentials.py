"""Open Badges 3.0 documents: the issuer profile, each certificate's signed credential, and
the revocation status list.

The recipient is named in the credential only by a salted hash of their email address (an
OB 3.0 IdentityObject), so the signed credential holds no personal data and keeps verifying
after the recipient erases their account. Keys are identified by their own Multikey in the
verification method's fragment (`…/issuer/#z6Mk…`), so an old key can be kept for checking
old credentials after a new one signs new ones (CERTIFICATE_RETIRED_PUBLIC_KEYS).
"""

import base64
import datetime
import gzip
import hashlib
import os
import secrets
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from .openbadges.keys import (
    ISSUER_KEY_ENV,
    issuer_key_path,
    issuer_private_key_load,
    public_key_from_multikey,
    public_key_to_multikey,
)
from .openbadges.proof import credential_sign

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
# The W3C Bitstring Status List's smallest list: 16 KB, so a verifier cannot tell from the
# list's size how many certificates exist.
STATUS_LIST_BITS = 131_072


def _absolute(path):
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def issuer_id():
    return _absolute(reverse("certificates:issuer"))


def issuer_name():
    return getattr(settings, "CERTIFICATE_ISSUER_NAME", "AI literacy workshops")


def status_list_url():
    return _absolute(reverse("certificates:status_list"))


def verify_url(certificate):
    return _absolute(reverse("certificates:verify", args=[certificate.code]))


def credential_url(certificate):
    return _absolute(reverse("certificates:credential", args=[certificate.code]))


@lru_cache(maxsize=4)
def _signing_key(_cache_key):
    return issuer_private_key_load()


def signing_key():
    """The issuer's private key (loaded once per configuration)."""
    return _signing_key((os.environ.get(ISSUER_KEY_ENV, ""), str(issuer_key_path())))


def verification_method_id(public_key):
    return f"{issuer_id()}#{public_key_to_multikey(public_key)}"


def known_public_keys():
    """Multikey → public key for the current key and any retired ones still trusted."""
    keys = {public_key_to_multikey(signing_key().public_key()): signing_key().public_key()}
    for multikey in getattr(settings, "CERTIFICATE_RETIRED_PUBLIC_KEYS", ()):
        keys[multikey] = public_key_from_multikey(multikey)
    return keys


def resolve_verification_method(verification_method):
    """The public key behind one of this issuer's verification methods (else LookupError)."""
    prefix = f"{issuer_id()}#"
    if not isinstance(verification_method, str) or not verification_method.startswith(prefix):
        raise LookupError("not this issuer's key")
    multikey = verification_method[len(prefix) :]
    keys = known_public_keys()
    if multikey not in keys:
        raise LookupError("unknown or retired key")
    return keys[multikey]


def issuer_profile():
    """The issuer's public profile: who issues, and the keys that sign (as Multikey)."""
    methods = [
        {
            "id": f"{issuer_id()}#{multikey}",
            "type": "Multikey",
            "controller": issuer_id(),
            "publicKeyMultibase": multikey,
        }
        for multikey in known_public_keys()
    ]
    return {
        "@context": CONTEXTS,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": issuer_name(),
        "url": _absolute("/"),
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def identity_salt():
    return secrets.token_hex(16)


def identity_hash(email, salt):
    """OB 3.0 IdentityObject hash of an email address: sha256$hex(sha256(address + salt))."""
    normalised = email.strip().lower()
    return "sha256$" + hashlib.sha256((normalised + salt).encode()).hexdigest()


def _iso(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unsigned_credential(certificate):
    """The OpenBadgeCredential for a saved certificate, before signing."""
    achievement_id = certificate.achievement_url or _absolute(
        f"/certificates/achievements/{certificate.achievement_key}"
    )
    credential = {
        "@context": CONTEXTS,
        "id": credential_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.achievement_name,
        "issuer": {
            "id": issuer_id(),
            "type": ["Profile"],
            "name": issuer_name(),
            "url": _absolute("/"),
        },
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": certificate.recipient_identity_hash,
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": certificate.recipient_salt,
                }
            ],
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "name": certificate.achievement_name,
                "description": certificate.achievement_description or certificate.achievement_name,
                "criteria": {
                    "narrative": certificate.achievement_criteria
                    or certificate.achievement_description
                    or certificate.achievement_name
                },
            },
        },
        "credentialStatus": {
            "id": f"{status_list_url()}#{certificate.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.status_index),
            "statusListCredential": status_list_url(),
        },
    }
    if certificate.valid_until:
        credential["validUntil"] = _iso(certificate.valid_until)
    if certificate.evidence:
        credential["evidence"] = [
            {"type": ["Evidence"], "name": item["name"], "description": item["description"]}
            for item in certificate.evidence
        ]
    return credential


def sign(document, *, created=None):
    """`document` with this issuer's eddsa-rdfc-2022 proof."""
    key = signing_key()
    return credential_sign(
        document,
        private_key=key,
        verification_method=verification_method_id(key.public_key()),
        created=created or timezone.now(),
    )


def revocation_bitstring(revoked_indexes):
    """The W3C Bitstring Status List `encodedList`: GZIP, then base64url, multibase 'u'."""
    highest = max(revoked_indexes, default=0)
    size = (highest // STATUS_LIST_BITS + 1) * STATUS_LIST_BITS
    bits = bytearray(size // 8)
    for index in revoked_indexes:
        bits[index // 8] |= 0x80 >> (index % 8)  # the first index is the left-most bit
    encoded = base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).rstrip(b"=")
    return "u" + encoded.decode()


def revoked_in(encoded_list, index):
    """Whether bit `index` of an `encodedList` is set."""
    data = encoded_list[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    return index // 8 < len(bits) and bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(revoked_indexes, *, now=None):
    """The signed BitstringStatusListCredential listing every revoked certificate."""
    now = now or timezone.now()
    document = {
        "@context": CONTEXTS[:1],
        "id": status_list_url(),
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": _iso(now),
        "credentialSubject": {
            "id": f"{status_list_url()}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": revocation_bitstring(revoked_indexes),
        },
    }
    return sign(document, created=now)
