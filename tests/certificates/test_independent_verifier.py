"""A credential issued by the project verifies with an independent verifier that knows only
the standard; a changed field fails.

The verifier below is written from the W3C vc-di-eddsa "eddsa-rdfc-2022" cryptosuite and the
Multikey format alone. It imports nothing from `certificates`: it uses pyld with a document
loader of its own that serves only the two pinned context files (read by path and checked
against the published hashes), canonicalises with URDNA2015 (RDFC-1.0), hashes with SHA-256
and checks the Ed25519 signature with `cryptography`. It finds the key the way any verifier
would: it fetches the issuer profile the `verificationMethod` points to (here through the
Django test client) and decodes the Multikey itself. It is proved first on the 1EdTech test
vector (1EdTech/openbadges-specification ob_v3p0/impl, embedded below as literals).
"""

import ast
import copy
import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.apps import apps
from pyld import jsonld
from pyld.context_resolver import ContextResolver

from courses.models import LessonPage
from courses.services import enrolment_create, lesson_complete, quiz_attempt_submit
from tests import factories

pytestmark = pytest.mark.django_db

# --- what the verifier knows: the standard ------------------------------------------------------

CONTEXTS_DIR = Path(__file__).resolve().parents[2] / "certificates/openbadges/data/contexts"
# URL → (file, SHA-256 of the published context).
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": (
        "credentials-v2.jsonld",
        "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    ),
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": (
        "ob-context-3.0.3.json",
        "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
    ),
}
BASE58BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ED25519_PUB_MULTICODEC = b"\xed\x01"


class NotVerified(Exception):
    """The credential did not verify; the message says why."""


def load_context(url, options=None):
    """The document loader: the two pinned contexts from their files, nothing else."""
    if url not in CONTEXT_FILES:
        raise NotVerified(f"context {url} is not one this verifier knows")
    file_name, sha256 = CONTEXT_FILES[url]
    raw = (CONTEXTS_DIR / file_name).read_bytes()
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise NotVerified(f"{file_name} is not the published context")
    return {"contextUrl": None, "documentUrl": url, "document": json.loads(raw)}


def canonical(document):
    """RDFC-1.0 (URDNA2015) N-Quads, with a context cache that lives for this call only."""
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": load_context,
            "contextResolver": ContextResolver({}, load_context),
        },
    )


def base58btc_decode(text):
    number = 0
    for char in text:
        if char not in BASE58BTC:
            raise NotVerified(f"{char!r} is not base58btc")
        number = number * 58 + BASE58BTC.index(char)
    leading_zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * leading_zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def multikey_public_key(multikey):
    """An Ed25519 public key from a Multikey: 'z' + base58btc(0xed01 + 32 key bytes)."""
    if not isinstance(multikey, str) or not multikey.startswith("z"):
        raise NotVerified("publicKeyMultibase is not base58btc multibase")
    decoded = base58btc_decode(multikey[1:])
    if not decoded.startswith(ED25519_PUB_MULTICODEC) or len(decoded) != 34:
        raise NotVerified("publicKeyMultibase is not an Ed25519 Multikey")
    return Ed25519PublicKey.from_public_bytes(decoded[2:])


def resolve_key(verification_method, issuer_id, fetch):
    """The public key of an assertion method the credential's issuer controls."""
    controller_url = verification_method.split("#", 1)[0]
    if controller_url != issuer_id:
        raise NotVerified("the key does not belong to the credential's issuer")
    controller = fetch(controller_url)
    if controller.get("id") != issuer_id:
        raise NotVerified("the controller document is someone else's")
    if verification_method not in controller.get("assertionMethod", []):
        raise NotVerified("the key may not make assertions for its controller")
    for method in controller.get("verificationMethod", []):
        if method.get("id") == verification_method:
            if method.get("type") != "Multikey" or method.get("controller") != issuer_id:
                raise NotVerified("the verification method is not the controller's Multikey")
            return multikey_public_key(method.get("publicKeyMultibase"))
    raise NotVerified("the controller does not list this verification method")


def verify(credential, fetch):
    """Check the credential's eddsa-rdfc-2022 proof; raise NotVerified unless it holds."""
    document = {key: value for key, value in credential.items() if key != "proof"}
    proofs = credential.get("proof")
    proofs = proofs if isinstance(proofs, list) else [proofs]
    if len(proofs) != 1 or not isinstance(proofs[0], dict):
        raise NotVerified("expected exactly one proof")
    proof = proofs[0]
    if (proof.get("type"), proof.get("cryptosuite"), proof.get("proofPurpose")) != (
        "DataIntegrityProof",
        "eddsa-rdfc-2022",
        "assertionMethod",
    ):
        raise NotVerified("not an eddsa-rdfc-2022 assertion proof")
    proof_value = proof.get("proofValue", "")
    if not proof_value.startswith("z"):
        raise NotVerified("proofValue is not base58btc multibase")
    signature = base58btc_decode(proof_value[1:])
    issuer = credential.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    public_key = resolve_key(proof.get("verificationMethod", ""), issuer_id, fetch)
    configuration = {key: value for key, value in proof.items() if key != "proofValue"}
    configuration["@context"] = document["@context"]
    hash_data = (
        hashlib.sha256(canonical(configuration).encode()).digest()
        + hashlib.sha256(canonical(document).encode()).digest()
    )
    try:
        public_key.verify(signature, hash_data)
    except (InvalidSignature, ValueError) as error:
        raise NotVerified("the signature does not match") from error


def test_the_verifier_imports_nothing_from_the_certificates_app():
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    imported += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert imported
    assert not [name for name in imported if name.split(".")[0] == "certificates"]


# --- the 1EdTech test vector ------------------------------------------------------------------

VECTOR_ISSUER = "https://example.edu/issuers/565049"
VECTOR_MULTIKEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
VECTOR_PUBLIC_KEY_HEX = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
VECTOR_SIGNATURE_HEX = (
    "f7a017acf7d27983267ec362657c0fb08e955549f49dac5bf36a03c4f2c3a4f1"
    "e3738a6c5ecd7ffba7135cb9cd754e6196f4b73082ea8df8e703c8ecd4333503"
)
VECTOR_DOCUMENT_SHA256 = "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773"
VECTOR_PROOF_SHA256 = "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19"
VECTOR_SIGNED = {
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    "id": "http://example.com/credentials/3527",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {
        "id": "https://example.edu/issuers/565049",
        "type": ["Profile"],
        "url": "https://www.imsglobal.org",
        "name": "Example Corp",
    },
    "validFrom": "2010-01-01T00:00:00Z",
    "name": "Teamwork Badge",
    "credentialSubject": {
        "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://example.com/achievements/21st-century-skills/teamwork",
            "type": ["Achievement"],
            "criteria": {
                "narrative": "Team members are nominated for this badge by their peers and recognized upon review by Example Corp management."
            },
            "description": "This badge recognizes the development of the capacity to collaborate within a group environment.",
            "name": "Teamwork",
        },
    },
    "proof": {
        "type": "DataIntegrityProof",
        "created": "2010-01-01T19:23:24Z",
        "verificationMethod": "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
        "cryptosuite": "eddsa-rdfc-2022",
        "proofPurpose": "assertionMethod",
        "proofValue": "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr",
    },
}


def vector_controller(url):
    """The vector issuer's controller document, as it would publish its test key."""
    assert url == VECTOR_ISSUER
    method = f"{VECTOR_ISSUER}#{VECTOR_MULTIKEY}"
    return {
        "id": VECTOR_ISSUER,
        "verificationMethod": [
            {
                "id": method,
                "type": "Multikey",
                "controller": VECTOR_ISSUER,
                "publicKeyMultibase": VECTOR_MULTIKEY,
            }
        ],
        "assertionMethod": [method],
    }


def test_base58btc_decoding_matches_the_vector_signature():
    proof_value = VECTOR_SIGNED["proof"]["proofValue"]
    assert base58btc_decode(proof_value[1:]).hex() == VECTOR_SIGNATURE_HEX
    assert base58btc_decode("1112") == b"\0\0\0\x01"


def test_the_vector_multikey_decodes_to_the_published_public_key():
    key = multikey_public_key(VECTOR_MULTIKEY)
    assert key.public_bytes_raw().hex() == VECTOR_PUBLIC_KEY_HEX


def test_the_verifier_canonicalises_the_vector_to_the_published_hashes():
    document = {k: v for k, v in VECTOR_SIGNED.items() if k != "proof"}
    configuration = {k: v for k, v in VECTOR_SIGNED["proof"].items() if k != "proofValue"}
    configuration["@context"] = document["@context"]

    assert hashlib.sha256(canonical(document).encode()).hexdigest() == VECTOR_DOCUMENT_SHA256
    assert hashlib.sha256(canonical(configuration).encode()).hexdigest() == VECTOR_PROOF_SHA256


def test_the_verifier_accepts_the_1edtech_vector():
    verify(VECTOR_SIGNED, vector_controller)


def test_the_verifier_rejects_a_changed_vector():
    changed = copy.deepcopy(VECTOR_SIGNED)
    changed["credentialSubject"]["achievement"]["name"] = "Teamwork!"

    with pytest.raises(NotVerified, match="signature"):
        verify(changed, vector_controller)


def test_the_verifier_loads_no_context_it_does_not_know():
    with_other_context = {
        **VECTOR_SIGNED,
        "@context": [*VECTOR_SIGNED["@context"], "https://example.org/ctx"],
    }

    with pytest.raises(Exception, match="not one this verifier knows"):
        verify(with_other_context, vector_controller)


# --- a certificate issued by the project ------------------------------------------------------


def fetch_through(client):
    """Fetch a controller document from this site, as a verifier would over HTTP."""

    def fetch(url):
        parts = urlsplit(url)
        assert (parts.scheme, parts.netloc) == ("http", "testserver"), url
        response = client.get(parts.path)
        assert response.status_code == 200
        return json.loads(response.content)

    return fetch


def right_answers(lesson):
    check_id, check = next(iter(lesson.specific.knowledge_checks.items()))
    answers = {
        question.id: [o.id for o in question.options if o.is_correct]
        for question in check.questions
    }
    return check_id, answers


@pytest.fixture
def issued(client, django_capture_on_commit_callbacks):
    """A credential the project issued for a real course completion, fetched over HTTP."""
    learner = factories.person("nadia@example.org", certificate_name="نادية حداد")
    course = factories.course(title="Understanding training data", with_check=True)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_create(user=learner, course=course)
        for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
            lesson_complete(user=learner, lesson=lesson)
            if lesson.knowledge_checks:
                check_id, answers = right_answers(lesson)
                quiz_attempt_submit(
                    user=learner, lesson=lesson, check_id=check_id, answers=answers, token="t"
                )
    code = apps.get_model("certificates", "Certificate").objects.get(user=learner).code
    response = client.get(f"/verify/{code}/credential.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_a_project_certificate_verifies_independently(client, issued):
    verify(issued, fetch_through(client))


def changed_achievement_name(credential):
    credential["credentialSubject"]["achievement"]["name"] = "Understanding training data II"


def changed_valid_from(credential):
    credential["validFrom"] = "2020-01-01T00:00:00Z"


def changed_identity_hash(credential):
    identity = credential["credentialSubject"]["identifier"][0]
    identity["identityHash"] = "sha256$" + hashlib.sha256(b"someone-else@example.org").hexdigest()


def changed_proof_value(credential):
    proof = credential["proof"][0]
    value = proof["proofValue"]
    replacement = "2" if value[10] != "2" else "3"
    proof["proofValue"] = value[:10] + replacement + value[11:]


@pytest.mark.parametrize(
    "change",
    [changed_achievement_name, changed_valid_from, changed_identity_hash, changed_proof_value],
    ids=["achievement-name", "validFrom", "identityHash", "proofValue"],
)
def test_a_changed_project_certificate_fails_independently(client, issued, change):
    changed = copy.deepcopy(issued)
    change(changed)
    assert changed != issued

    with pytest.raises(NotVerified, match="signature does not match"):
        verify(changed, fetch_through(client))


def test_a_key_the_issuer_does_not_publish_is_refused(client, issued):
    """The verifier trusts the issuer profile, not whatever key the proof names."""
    changed = copy.deepcopy(issued)
    issuer = changed["issuer"]["id"]
    changed["proof"][0]["verificationMethod"] = f"{issuer}#{VECTOR_MULTIKEY}"

    with pytest.raises(NotVerified, match="may not make assertions"):
        verify(changed, fetch_through(client))
