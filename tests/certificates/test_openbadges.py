"""Open Badges 3.0 proofs: the 1EdTech eddsa-rdfc-2022 test vector, our own credentials,
the JSON Schema, pinned contexts without network, and hostile input.

The vector (1EdTech/openbadges-specification, ob_v3p0/impl/linked-data-proof-ob.html and
ob_v3p0/impl/test-vectors/obv3p0/, last changed 83de5f99, 2024-03-28) is embedded below, byte
for byte, so the tests need nothing outside the repository. Its key is a published TEST key.
"""

import copy
import hashlib
import json
import socket
import urllib.request
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pyld import jsonld

from certificates.openbadges import loader
from certificates.openbadges.keys import (
    base58btc_encode,
    private_key_from_seed,
    private_key_generate,
    public_key_from_multikey,
    public_key_to_multikey,
)
from certificates.openbadges.loader import (
    ContextNotPinnedError,
    PinnedContextCorruptError,
    jsonld_options,
    pinned_document_loader,
)
from certificates.openbadges.proof import (
    SigningError,
    canonical_nquads,
    credential_sign,
    credential_verify,
)
from certificates.openbadges.schema import credential_schema_errors

VECTOR_SEED_HEX = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"
VECTOR_MULTIKEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
VECTOR_METHOD = f"https://example.edu/issuers/565049#{VECTOR_MULTIKEY}"
VECTOR_CREATED = datetime(2010, 1, 1, 19, 23, 24, tzinfo=UTC)
VECTOR_PROOF_VALUE = (
    "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr"
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

DOCUMENT_CANON = (
    "<did:example:ebfeb1f712ebc6f1c276e12ec21> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#AchievementSubject> .\n"
    "<did:example:ebfeb1f712ebc6f1c276e12ec21> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement> <https://example.com/achievements/21st-century-skills/teamwork> .\n"
    "<http://example.com/credentials/3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential> .\n"
    "<http://example.com/credentials/3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .\n"
    '<http://example.com/credentials/3527> <https://schema.org/name> "Teamwork Badge" .\n'
    "<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:ebfeb1f712ebc6f1c276e12ec21> .\n"
    "<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#issuer> <https://example.edu/issuers/565049> .\n"
    '<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#validFrom> "2010-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n'
    "<https://example.com/achievements/21st-century-skills/teamwork> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement> .\n"
    "<https://example.com/achievements/21st-century-skills/teamwork> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Criteria> _:c14n0 .\n"
    '<https://example.com/achievements/21st-century-skills/teamwork> <https://schema.org/description> "This badge recognizes the development of the capacity to collaborate within a group environment." .\n'
    '<https://example.com/achievements/21st-century-skills/teamwork> <https://schema.org/name> "Teamwork" .\n'
    "<https://example.edu/issuers/565049> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile> .\n"
    '<https://example.edu/issuers/565049> <https://schema.org/name> "Example Corp" .\n'
    '<https://example.edu/issuers/565049> <https://schema.org/url> "https://www.imsglobal.org"^^<https://www.w3.org/2001/XMLSchema#anyURI> .\n'
    '_:c14n0 <https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative> "Team members are nominated for this badge by their peers and recognized upon review by Example Corp management." .\n'
)

PROOF_CANON = (
    '_:c14n0 <http://purl.org/dc/terms/created> "2010-01-01T19:23:24Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n'
    "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .\n"
    '_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022"^^<https://w3id.org/security#cryptosuiteString> .\n'
    "_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n"
    "_:c14n0 <https://w3id.org/security#verificationMethod> <https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi> .\n"
)

# educredentials/obv3-examples ref/minimal_valid_obv3.json
EXAMPLE_MINIMAL_UNSIGNED = {
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    "id": "http://example.com/credentials/example-credential",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {
        "id": "https://www.edubadges.nl/public/issuers/lQ67BQQQS-eBx5syJGpazg",
        "type": ["Profile"],
        "name": " SURF - Team edubadges",
    },
    "validFrom": "2014-06-01T00:00:00Z",
    "name": "Example Badge",
    "credentialSubject": {
        "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://example.com/achievements/lorem-ipsum",
            "type": ["Achievement"],
            "criteria": {"narrative": "Lorem ipsum dolor sit amet, consectetur adipiscing elit"},
            "description": "Lorem ipsum dolor sit amet, consectetur adipiscing elit sit amet, consectetur adipiscing elit",
            "name": "Lorem ipsum",
        },
    },
}

ISSUER = "https://lms.example.org/certificates/issuer"


def vector_unsigned():
    return {key: value for key, value in copy.deepcopy(VECTOR_SIGNED).items() if key != "proof"}


def vector_resolver(method):
    if method != VECTOR_METHOD:
        raise LookupError(method)
    return public_key_from_multikey(VECTOR_MULTIKEY)


def vector_verify(credential):
    return credential_verify(credential, public_key_resolver=vector_resolver)


@pytest.fixture
def issuer():
    """A freshly generated issuer key, its verificationMethod id, and a resolver for it."""
    private_key = private_key_generate()
    method = f"{ISSUER}#{public_key_to_multikey(private_key.public_key())}"

    def resolver(requested):
        if requested != method:
            raise LookupError(requested)
        return private_key.public_key()

    return private_key, method, resolver


def sign_with(issuer, credential, created=None):
    private_key, method, _ = issuer
    return credential_sign(
        credential,
        private_key=private_key,
        verification_method=method,
        created=created or datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
    )


def realistic_credential():
    """A credential with everything the LMS will put in one (profile, evidence, status, …)."""
    course = "https://lms.example.org/courses/ai-literacy-foundations/"
    salt = "5b1f0c3e9d2a4f6b"
    return {
        **copy.deepcopy(EXAMPLE_MINIMAL_UNSIGNED),
        "id": "urn:uuid:0b6c1c64-2a4f-4d55-9a9e-6c2f0b7f1d21",
        "name": "AI Literacy Foundations — certificate of completion",
        "issuer": {
            "id": ISSUER,
            "type": ["Profile"],
            "name": "AI Literacy LMS",
            "url": "https://lms.example.org/",
            "image": {"id": "https://lms.example.org/static/logo.png", "type": "Image"},
        },
        "validFrom": "2026-03-01T12:00:00Z",
        "validUntil": "2029-03-01T12:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": "sha256$"
                    + hashlib.sha256(f"ada@example.org{salt}".encode()).hexdigest(),
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": salt,
                }
            ],
            "achievement": {
                "id": course,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": "AI Literacy Foundations",
                "description": "Understands what AI can and cannot do.",
                "criteria": {"id": course + "#criteria", "narrative": "Passed every check."},
            },
        },
        "evidence": [
            {"id": f"{course}lessons/{n}/", "type": ["Evidence"], "name": f"Lesson {n}"}
            for n in (1, 2, 3)
        ],
        "credentialStatus": {
            "id": "https://lms.example.org/certificates/status/1#42",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "42",
            "statusListCredential": "https://lms.example.org/certificates/status/1",
        },
    }


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test loudly."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


# --- the 1EdTech test vector -------------------------------------------------------------------


def test_embedded_vector_matches_the_published_hashes():
    assert hashlib.sha256(DOCUMENT_CANON.encode()).hexdigest() == VECTOR_DOCUMENT_SHA256
    assert hashlib.sha256(PROOF_CANON.encode()).hexdigest() == VECTOR_PROOF_SHA256


def test_vector_document_canonical_form_is_byte_identical(no_network):
    assert canonical_nquads(vector_unsigned()) == DOCUMENT_CANON


def test_vector_proof_configuration_canonical_form_is_byte_identical(no_network):
    configuration = {
        key: value for key, value in VECTOR_SIGNED["proof"].items() if key != "proofValue"
    }
    configuration["@context"] = VECTOR_SIGNED["@context"]
    assert canonical_nquads(configuration) == PROOF_CANON


def test_canonical_form_matches_plain_pyld():
    """Our context caching changes nothing: plain pyld with the same loader agrees."""
    plain_options = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": pinned_document_loader,
    }
    for document in (vector_unsigned(), realistic_credential()):
        expected = jsonld.normalize(copy.deepcopy(document), plain_options)
        assert canonical_nquads(document) == expected
        assert canonical_nquads(document) == expected  # and again, from the caches


def test_signing_the_vector_reproduces_its_proof_value(no_network):
    signed = credential_sign(
        vector_unsigned(),
        private_key=private_key_from_seed(bytes.fromhex(VECTOR_SEED_HEX)),
        verification_method=VECTOR_METHOD,
        created=VECTOR_CREATED,
    )
    assert signed["proof"] == [{**VECTOR_SIGNED["proof"]}]
    assert signed["proof"][0]["proofValue"] == VECTOR_PROOF_VALUE
    assert {key: value for key, value in signed.items() if key != "proof"} == vector_unsigned()


def test_created_is_written_in_utc_to_the_second():
    signed = credential_sign(
        vector_unsigned(),
        private_key=private_key_from_seed(bytes.fromhex(VECTOR_SEED_HEX)),
        verification_method=VECTOR_METHOD,
        created=datetime(2010, 1, 1, 20, 23, 24, 999, tzinfo=timezone(timedelta(hours=1))),
    )
    assert signed["proof"][0]["proofValue"] == VECTOR_PROOF_VALUE


def test_the_vector_verifies(no_network):
    check = vector_verify(copy.deepcopy(VECTOR_SIGNED))
    assert check.valid, check
    assert check.code == "verified"
    assert check.verification_method == VECTOR_METHOD


def test_the_vector_verifies_with_its_proof_in_an_array():
    credential = {**copy.deepcopy(VECTOR_SIGNED), "proof": [VECTOR_SIGNED["proof"]]}
    assert vector_verify(credential).valid


def test_one_character_changed_in_the_subject_breaks_the_signature():
    credential = copy.deepcopy(VECTOR_SIGNED)
    credential["credentialSubject"]["achievement"]["name"] = "Teamwirk"
    check = vector_verify(credential)
    assert (check.valid, check.code) == (False, "signature_invalid")


def test_a_changed_proof_date_breaks_the_signature():
    credential = copy.deepcopy(VECTOR_SIGNED)
    credential["proof"]["created"] = "2010-01-01T19:23:25Z"
    assert vector_verify(credential).code == "signature_invalid"


def test_a_changed_proof_value_breaks_the_signature():
    credential = copy.deepcopy(VECTOR_SIGNED)
    # Last digit r -> s: still base58 and still 64 bytes, just a different signature.
    credential["proof"]["proofValue"] = VECTOR_PROOF_VALUE[:-1] + "s"
    assert vector_verify(credential).code == "signature_invalid"


def test_a_different_verification_method_breaks_the_signature_or_is_unknown(issuer):
    credential = copy.deepcopy(VECTOR_SIGNED)
    credential["proof"]["verificationMethod"] = "https://example.edu/issuers/565049#other-key"
    check = vector_verify(credential)
    assert check.code == "verification_method_unknown"
    assert "other-key" in check.message
    # The right method id, but the resolver hands out someone else's key.
    check = credential_verify(
        copy.deepcopy(VECTOR_SIGNED),
        public_key_resolver=lambda method: issuer[0].public_key(),
    )
    assert check.code == "signature_invalid"


def test_the_vector_fails_the_schema_only_on_its_proof_object():
    """Known upstream issue 1EdTech/openbadges-specification#473: the schema wants an array."""
    errors = credential_schema_errors(copy.deepcopy(VECTOR_SIGNED))
    assert len(errors) == 1
    assert errors[0].startswith("$.proof: ")
    assert "is not of type 'array'" in errors[0]


# --- our own credentials -------------------------------------------------------------------------


def test_a_credential_we_sign_passes_the_schema_and_verifies(issuer, no_network):
    unsigned = copy.deepcopy(EXAMPLE_MINIMAL_UNSIGNED)
    assert credential_schema_errors(unsigned) == []
    signed = sign_with(issuer, unsigned)
    assert unsigned == EXAMPLE_MINIMAL_UNSIGNED  # the input is not modified
    assert isinstance(signed["proof"], list)
    assert len(signed["proof"]) == 1
    assert signed["proof"][0]["type"] == "DataIntegrityProof"
    assert signed["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"
    assert signed["proof"][0]["proofPurpose"] == "assertionMethod"
    assert signed["proof"][0]["verificationMethod"] == issuer[1]
    assert signed["proof"][0]["created"] == "2026-03-01T12:00:00Z"
    assert credential_schema_errors(signed) == []
    assert credential_verify(signed, public_key_resolver=issuer[2]).valid
    # JSON round trip: what a verifier downloads is what we signed.
    restored = json.loads(json.dumps(signed))
    assert credential_verify(restored, public_key_resolver=issuer[2]).valid


def test_a_realistic_credential_passes_the_schema_and_verifies(issuer):
    signed = sign_with(issuer, realistic_credential())
    assert credential_schema_errors(signed) == []
    assert credential_verify(signed, public_key_resolver=issuer[2]).valid
    tampered = copy.deepcopy(signed)
    tampered["credentialStatus"]["statusListIndex"] = "43"
    assert credential_verify(tampered, public_key_resolver=issuer[2]).code == "signature_invalid"
    tampered = copy.deepcopy(signed)
    tampered["evidence"].pop()
    assert credential_verify(tampered, public_key_resolver=issuer[2]).code == "signature_invalid"


@pytest.mark.parametrize(
    ("change", "dropped"),
    [
        (lambda credential: credential.update(grade="A+"), "'grade'"),
        (lambda credential: credential["credentialSubject"].update(grade="A+"), "'grade'"),
        (lambda credential: credential["type"].append("Diploma"), "'Diploma'"),
        (lambda credential: credential["issuer"].update(id="issuers/1"), "'issuers/1'"),
        (lambda credential: credential.update(id="credentials/1"), "'credentials/1'"),
    ],
    ids=["top-level term", "nested term", "type", "relative object IRI", "relative subject"],
)
def test_content_json_ld_would_drop_is_refused_not_silently_unsigned(issuer, change, dropped):
    """pyld leaves undefined terms and relative IRIs out of the RDF, hence out of the proof."""
    credential = copy.deepcopy(VECTOR_SIGNED)
    change(credential)
    check = vector_verify(credential)
    assert check.code == "term_undefined"
    assert dropped in check.message
    unsigned = copy.deepcopy(EXAMPLE_MINIMAL_UNSIGNED)
    change(unsigned)
    with pytest.raises(SigningError) as error:
        sign_with(issuer, unsigned)
    assert error.value.code == "term_undefined"
    assert dropped in str(error.value)


def test_the_schema_reports_readable_errors():
    credential = copy.deepcopy(EXAMPLE_MINIMAL_UNSIGNED)
    del credential["issuer"]
    credential["validFrom"] = "1 June 2014"
    errors = credential_schema_errors(credential)
    assert "$: 'issuer' is a required property" in errors
    assert "$.validFrom: '1 June 2014' is not a 'date-time'" in errors
    assert credential_schema_errors([]) == ["$: [] is not of type 'object'"]


def test_signing_refuses_what_it_cannot_sign_honestly(issuer):
    private_key, method, _ = issuer
    with pytest.raises(ValueError, match="timezone-aware"):
        credential_sign(
            copy.deepcopy(EXAMPLE_MINIMAL_UNSIGNED),
            private_key=private_key,
            verification_method=method,
            created=datetime(2026, 3, 1, 12, 0),  # noqa: DTZ001  (the point of the test)
        )
    signed = sign_with(issuer, copy.deepcopy(EXAMPLE_MINIMAL_UNSIGNED))
    with pytest.raises(SigningError) as error:
        sign_with(issuer, signed)
    assert error.value.code == "already_signed"
    with pytest.raises(SigningError) as error:
        sign_with(issuer, {**EXAMPLE_MINIMAL_UNSIGNED, "@context": ["https://example.org/ctx"]})
    assert error.value.code == "context_not_pinned"


# --- pinned contexts, no network -----------------------------------------------------------------


def test_the_loader_serves_exactly_the_pinned_urls(no_network):
    for url in (
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ):
        assert "@context" in pinned_document_loader(url, {})["document"]
    for url in (
        "https://www.w3.org/2018/credentials/v1",
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        "http://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/ns/credentials/v2/",
    ):
        with pytest.raises(ContextNotPinnedError, match="is not pinned"):
            pinned_document_loader(url, {})
    assert no_network == []


def test_an_unpinned_context_fails_without_any_network_call(no_network):
    credential = copy.deepcopy(VECTOR_SIGNED)
    credential["@context"].append("https://evil.example/context.json")
    check = vector_verify(credential)
    assert check.code == "context_not_pinned"
    assert "https://evil.example/context.json" in check.message
    assert no_network == []


def test_an_unpinned_nested_context_reaches_the_loader_and_fails(no_network):
    """A context deep inside the document is only found by pyld, which asks our loader."""
    credential = copy.deepcopy(VECTOR_SIGNED)
    credential["credentialSubject"]["@context"] = "https://evil.example/nested.json"
    check = vector_verify(credential)
    assert check.code == "context_not_pinned"
    # The loader's own message, carried through pyld's wrapped errors.
    assert "'https://evil.example/nested.json' is not pinned; only these are allowed" in (
        check.message
    )
    assert no_network == []
    with pytest.raises(SigningError) as error:
        credential_sign(
            {key: value for key, value in credential.items() if key != "proof"},
            private_key=private_key_from_seed(bytes.fromhex(VECTOR_SEED_HEX)),
            verification_method=VECTOR_METHOD,
            created=VECTOR_CREATED,
        )
    assert error.value.code == "context_not_pinned"
    assert no_network == []


def test_pinned_contexts_are_not_changed_by_processing(issuer):
    sign_with(issuer, realistic_credential())
    vector_verify(copy.deepcopy(VECTOR_SIGNED))
    for url, (file_name, _) in loader.PINNED_CONTEXTS.items():
        published = json.loads((loader.CONTEXTS_DIR / file_name).read_bytes())
        assert pinned_document_loader(url, {})["document"] == published


def test_an_edited_pinned_context_is_refused(tmp_path, monkeypatch):
    url = "https://www.w3.org/ns/credentials/v2"
    edited = (loader.CONTEXTS_DIR / "credentials-v2.jsonld").read_text().replace("name", "nom")
    (tmp_path / "credentials-v2.jsonld").write_text(edited)
    monkeypatch.setattr(loader, "CONTEXTS_DIR", tmp_path)
    with pytest.raises(PinnedContextCorruptError, match="does not match"):
        loader._pinned_document.__wrapped__(url)


def test_options_never_fall_back_to_pyld_default_loader():
    options = jsonld_options()
    assert options["documentLoader"] is pinned_document_loader
    assert options["algorithm"] == "URDNA2015"


# --- hostile input -------------------------------------------------------------------------------


def with_proof(**changes):
    credential = copy.deepcopy(VECTOR_SIGNED)
    credential["proof"].update(changes)
    return credential


def nested(depth):
    value = "deep"
    for _ in range(depth):
        value = {"narrative": value}
    return value


@pytest.mark.parametrize(
    ("credential", "code"),
    [
        pytest.param([], "malformed", id="a list"),
        pytest.param("{}", "malformed", id="a string"),
        pytest.param(None, "malformed", id="null"),
        pytest.param(42, "malformed", id="a number"),
        pytest.param({}, "proof_missing", id="empty object"),
        pytest.param(vector_unsigned(), "proof_missing", id="no proof"),
        pytest.param({**VECTOR_SIGNED, "proof": []}, "proof_missing", id="empty proof array"),
        pytest.param(
            {**VECTOR_SIGNED, "proof": [VECTOR_SIGNED["proof"]] * 2},
            "proof_multiple",
            id="two proofs",
        ),
        pytest.param({**VECTOR_SIGNED, "proof": "z5x9"}, "malformed", id="proof is a string"),
        pytest.param({**VECTOR_SIGNED, "proof": [7]}, "malformed", id="proof array of number"),
        pytest.param(
            with_proof(type="Ed25519Signature2020"), "proof_type_unsupported", id="proof type"
        ),
        pytest.param(with_proof(type=["DataIntegrityProof"]), "proof_type_unsupported"),
        pytest.param(
            with_proof(cryptosuite="ecdsa-rdfc-2019"), "cryptosuite_unsupported", id="suite"
        ),
        pytest.param(
            with_proof(proofPurpose="authentication"), "proof_purpose_invalid", id="purpose"
        ),
        pytest.param(with_proof(verificationMethod=None), "malformed", id="no method"),
        pytest.param(with_proof(verificationMethod={"id": "x"}), "malformed", id="method object"),
        pytest.param(with_proof(created=20100101), "malformed", id="created number"),
        pytest.param(with_proof(proofValue=None), "proof_value_invalid", id="no proofValue"),
        pytest.param(
            with_proof(proofValue="z0OIl" + VECTOR_PROOF_VALUE[5:]),
            "proof_value_invalid",
            id="not base58",
        ),
        pytest.param(
            with_proof(proofValue="u" + VECTOR_PROOF_VALUE[1:]),
            "proof_value_invalid",
            id="not base58btc multibase",
        ),
        pytest.param(
            with_proof(proofValue="z" + base58btc_encode(b"\x01" * 32)),
            "proof_value_invalid",
            id="32-byte signature",
        ),
        pytest.param(
            with_proof(proofValue="z" + "2" * 100_000),
            "proof_value_invalid",
            id="100k proofValue",
        ),
        pytest.param(
            {**VECTOR_SIGNED, "@context": VECTOR_SIGNED["@context"][::-1]},
            "malformed",
            id="VC context not first",
        ),
        pytest.param(
            {key: value for key, value in VECTOR_SIGNED.items() if key != "@context"},
            "malformed",
            id="no context",
        ),
        pytest.param(
            {**VECTOR_SIGNED, "@context": [*VECTOR_SIGNED["@context"], {"x": "https://x/"}]},
            "context_not_pinned",
            id="inline context",
        ),
        pytest.param(
            {**VECTOR_SIGNED, "id": 42},
            "malformed",
            id="invalid JSON-LD id",
        ),
        pytest.param(
            {
                **VECTOR_SIGNED,
                "credentialSubject": {
                    **VECTOR_SIGNED["credentialSubject"],
                    "@context": {"name": "https://evil.example/name"},
                },
            },
            "malformed",
            id="redefines a protected term",
        ),
        pytest.param({**VECTOR_SIGNED, "name": float("nan")}, "malformed", id="NaN"),
        pytest.param({**VECTOR_SIGNED, "name": datetime.now(UTC)}, "malformed", id="not JSON"),
        pytest.param({**VECTOR_SIGNED, 1: "x"}, "malformed", id="non-string key"),
        pytest.param(
            {**VECTOR_SIGNED, "evidence": [{"id": "urn:x"}] * 20_000},
            "too_large",
            id="many values",
        ),
        pytest.param({**VECTOR_SIGNED, "name": "x" * 2_000_000}, "too_large", id="huge text"),
        pytest.param(
            {**VECTOR_SIGNED, "credentialSubject": nested(100_000)},
            "too_large",
            id="deeply nested",
        ),
    ],
)
def test_hostile_input_fails_with_a_code_and_never_raises(credential, code, no_network):
    check = vector_verify(credential)
    assert (check.valid, check.code) == (False, code), check.message
    assert check.message
    assert no_network == []


def test_nesting_just_inside_the_limit_is_processed_not_refused():
    credential = copy.deepcopy(VECTOR_SIGNED)
    credential["credentialSubject"]["achievement"]["criteria"] = nested(25)
    assert vector_verify(credential).code == "signature_invalid"


def test_a_resolver_returning_none_means_unknown():
    check = credential_verify(copy.deepcopy(VECTOR_SIGNED), public_key_resolver=lambda m: None)
    assert check.code == "verification_method_unknown"


def test_a_resolver_returning_something_else_than_a_key_is_a_programming_error():
    with pytest.raises(TypeError, match="Ed25519PublicKey"):
        credential_verify(copy.deepcopy(VECTOR_SIGNED), public_key_resolver=lambda method: "key")
