"""eddsa-rdfc-2022 Data Integrity proofs for Open Badges 3.0 credentials.

Signing (W3C vc-di-eddsa, "eddsa-rdfc-2022"): canonicalise the credential without `proof` and
the proof configuration (the proof without `proofValue`, given the credential's `@context`)
with RDFC-1.0 (URDNA2015) to N-Quads, sign `sha256(proof canon) || sha256(document canon)` with
Ed25519, and write the signature as multibase base58btc (`z…`) in `proofValue`.

JSON-LD contexts come only from the pinned local copies (see `loader`); nothing is fetched.

Verification failure codes (`ProofCheck.code`), stable for callers and logs:

- `malformed`: not a JSON object, or a proof / `@context` of the wrong shape, or JSON-LD that
  cannot be processed;
- `too_large`: beyond the size or nesting limits below, refused before any processing;
- `proof_missing`: no `proof`, or an empty proof array;
- `proof_multiple`: more than one proof (only single-proof credentials are issued or accepted);
- `proof_type_unsupported`: proof `type` is not `DataIntegrityProof`;
- `cryptosuite_unsupported`: `cryptosuite` is not `eddsa-rdfc-2022`;
- `proof_purpose_invalid`: `proofPurpose` is not `assertionMethod`;
- `proof_value_invalid`: `proofValue` is not `z` + base58btc of a 64-byte signature;
- `verification_method_unknown`: the resolver does not know the `verificationMethod`;
- `context_not_pinned`: a JSON-LD context URL that is not pinned locally;
- `term_undefined`: a term or relative IRI the contexts do not define: JSON-LD would drop it
  and the signature would not cover it, so the credential is refused (signing refuses too);
- `signature_invalid`: everything is well formed but the signature does not match.
"""

import hashlib
import math
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .keys import KeyFormatError, base58btc_decode, base58btc_encode
from .loader import (
    PINNED_CONTEXTS,
    PinnedContextProcessor,
    context_not_pinned_in,
    jsonld_options,
)

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_PURPOSE = "assertionMethod"
FIRST_CONTEXT = "https://www.w3.org/ns/credentials/v2"

# Limits on what verification will even look at: a real credential is a few hundred values
# a few levels deep; these keep hostile input from exhausting memory, time or the stack.
MAX_DEPTH = 32
MAX_VALUES = 10_000
MAX_TEXT_CHARS = 1_000_000
# "z" + base58btc of 64 bytes is at most 89 characters.
_PROOF_VALUE_MAX_LENGTH = 100

VERIFIED = "verified"


@dataclass(frozen=True)
class ProofCheck:
    """The outcome of verifying a proof: `code` is "verified" or a stable failure code."""

    code: str
    message: str = ""
    verification_method: str | None = None

    @property
    def valid(self):
        """True only when the proof verified."""
        return self.code == VERIFIED


class SigningError(ValueError):
    """A credential that cannot be signed; `code` is stable, the message says why."""

    def __init__(self, code, message):
        self.code = code
        super().__init__(message)


class _Failure(Exception):
    """Internal: stops verification with a failure code."""

    def __init__(self, code, message):
        self.code = code
        self.message = message
        super().__init__(message)


class UndefinedTermsError(ValueError):
    """Parts of a document that JSON-LD processing drops, so that no signature covers them."""

    code = "term_undefined"

    def __init__(self, terms):
        self.terms = terms
        shown = ", ".join(repr(term) for term in terms[:5]) + (", …" if len(terms) > 5 else "")
        super().__init__(
            "undefined terms or relative IRIs, which JSON-LD drops, so no signature would "
            f"cover them: {shown}"
        )


def canonical_nquads(document):
    """RDFC-1.0 (URDNA2015) canonical N-Quads of a JSON-LD document, with pinned contexts only.

    Raises UndefinedTermsError rather than silently leaving out undefined terms or relative
    IRIs, as jsonld.js does in "safe mode".
    """
    processor = PinnedContextProcessor()
    nquads = processor.normalize(document, jsonld_options())
    if processor.dropped:
        raise UndefinedTermsError(list(dict.fromkeys(map(str, processor.dropped))))
    return nquads


def credential_sign(credential, *, private_key, verification_method, created):
    """A copy of `credential` with one eddsa-rdfc-2022 proof, in a one-element `proof` array.

    `created` (timezone-aware) is written in UTC to the second. Raises SigningError (with a
    `code`) for a credential that cannot be signed as it is.
    """
    if not isinstance(private_key, Ed25519PrivateKey):
        raise TypeError("private_key must be an Ed25519PrivateKey")
    if not isinstance(created, datetime) or created.utcoffset() is None:
        raise ValueError("created must be a timezone-aware datetime")
    if not isinstance(verification_method, str) or not verification_method:
        raise ValueError("verification_method must be a non-empty IRI")
    if not isinstance(credential, dict):
        raise SigningError("malformed", "a credential is a JSON object")
    if "proof" in credential:
        raise SigningError("already_signed", "the credential already has a proof")
    try:
        _check_context(credential.get("@context"))
    except _Failure as failure:
        raise SigningError(failure.code, failure.message) from None

    proof = {
        "type": PROOF_TYPE,
        # XML Schema dateTimeStamp in UTC, to the second: what the 1EdTech vector uses.
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method,
        "cryptosuite": CRYPTOSUITE,
        "proofPurpose": PROOF_PURPOSE,
    }
    try:
        hash_data = _hash_data(credential, proof)
    except UndefinedTermsError as error:
        raise SigningError(error.code, str(error)) from error
    except Exception as error:
        pinned = context_not_pinned_in(error)
        if pinned is not None:
            raise SigningError(pinned.code, str(pinned)) from error
        raise SigningError("malformed", f"JSON-LD processing failed: {error}") from error
    signature = private_key.sign(hash_data)
    return {**credential, "proof": [{**proof, "proofValue": "z" + base58btc_encode(signature)}]}


def credential_verify(credential, *, public_key_resolver):
    """Check the credential's single eddsa-rdfc-2022 proof; never raises on bad input.

    `public_key_resolver(verification_method)` returns the Ed25519PublicKey the issuer
    publishes under that id, or raises (any exception) or returns None if it does not know it.
    Whether that key may speak for the credential's issuer is the resolver's decision.
    """
    verification_method = None
    try:
        if not isinstance(credential, dict):
            raise _Failure("malformed", "a credential is a JSON object")
        _check_shape(credential)
        proof = _single_proof(credential)
        _check_proof_fields(proof)
        verification_method = proof["verificationMethod"]
        signature = _proof_value_bytes(proof["proofValue"])
        document = {key: value for key, value in credential.items() if key != "proof"}
        _check_context(document.get("@context"))
        _check_proof_context(proof, document["@context"])
        public_key = _resolve_key(public_key_resolver, verification_method)
        configuration = {
            key: value for key, value in proof.items() if key not in ("proofValue", "@context")
        }
        hash_data = _hash_data_checked(document, configuration)
        try:
            public_key.verify(signature, hash_data)
        except InvalidSignature:
            raise _Failure(
                "signature_invalid", "the signature does not match the credential"
            ) from None
    except _Failure as failure:
        return ProofCheck(failure.code, failure.message, verification_method)
    return ProofCheck(VERIFIED, "", verification_method)


def _hash_data(document, proof_configuration):
    configuration = {"@context": document["@context"], **proof_configuration}
    proof_hash = hashlib.sha256(canonical_nquads(configuration).encode("utf-8")).digest()
    document_hash = hashlib.sha256(canonical_nquads(document).encode("utf-8")).digest()
    return proof_hash + document_hash


def _hash_data_checked(document, configuration):
    # pyld raises JsonLdError for bad JSON-LD, but TypeError/KeyError/… on some odd shapes it
    # does not anticipate: at this trust boundary every one of them means "malformed".
    try:
        return _hash_data(document, configuration)
    except RecursionError:
        raise _Failure("too_large", "the document is nested too deeply") from None
    except UndefinedTermsError as error:
        raise _Failure(error.code, str(error)) from None
    except Exception as error:
        pinned = context_not_pinned_in(error)
        if pinned is not None:
            raise _Failure(pinned.code, str(pinned)) from None
        raise _Failure("malformed", f"JSON-LD processing failed: {error}") from None


def _check_shape(value):
    """Refuse non-JSON values and anything beyond MAX_DEPTH / MAX_VALUES / MAX_TEXT_CHARS."""
    # Iterative, so a deeply nested document cannot exhaust the Python stack here.
    pending = [(value, 1)]
    values = chars = 0
    while pending:
        current, depth = pending.pop()
        values += 1
        if values > MAX_VALUES:
            raise _Failure("too_large", f"more than {MAX_VALUES} JSON values")
        if depth > MAX_DEPTH:
            raise _Failure("too_large", f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(current, dict):
            for key, item in current.items():
                if not isinstance(key, str):
                    raise _Failure("malformed", "JSON object keys are strings")
                chars += len(key)
                pending.append((item, depth + 1))
        elif isinstance(current, list):
            pending.extend((item, depth + 1) for item in current)
        elif isinstance(current, str):
            chars += len(current)
        elif isinstance(current, float):
            if not math.isfinite(current):
                raise _Failure("malformed", "JSON numbers are finite")
        elif current is not None and not isinstance(current, bool | int):
            raise _Failure("malformed", f"{type(current).__name__} is not a JSON value")
        if chars > MAX_TEXT_CHARS:
            raise _Failure("too_large", f"more than {MAX_TEXT_CHARS} characters of text")


def _single_proof(credential):
    proof = credential.get("proof")
    if proof is None or proof == []:
        raise _Failure("proof_missing", "the credential has no proof")
    # The schema wants an array, the 1EdTech vector has an object: accept both.
    if isinstance(proof, list):
        if len(proof) > 1:
            raise _Failure("proof_multiple", "only a single proof is supported")
        proof = proof[0]
    if not isinstance(proof, dict):
        raise _Failure("malformed", "a proof is a JSON object")
    return proof


def _check_proof_fields(proof):
    if proof.get("type") != PROOF_TYPE:
        raise _Failure("proof_type_unsupported", f"proof type must be {PROOF_TYPE}")
    if proof.get("cryptosuite") != CRYPTOSUITE:
        raise _Failure("cryptosuite_unsupported", f"cryptosuite must be {CRYPTOSUITE}")
    if proof.get("proofPurpose") != PROOF_PURPOSE:
        raise _Failure("proof_purpose_invalid", f"proofPurpose must be {PROOF_PURPOSE}")
    if not isinstance(proof.get("verificationMethod"), str) or not proof["verificationMethod"]:
        raise _Failure("malformed", "the proof's verificationMethod must be an IRI")
    if "created" in proof and not isinstance(proof["created"], str):
        raise _Failure("malformed", "the proof's created must be a dateTime string")
    if not isinstance(proof.get("proofValue"), str):
        raise _Failure("proof_value_invalid", "the proof has no proofValue string")


def _proof_value_bytes(proof_value):
    if not proof_value.startswith("z") or len(proof_value) > _PROOF_VALUE_MAX_LENGTH:
        raise _Failure("proof_value_invalid", "proofValue must be multibase base58btc ('z…')")
    try:
        signature = base58btc_decode(proof_value[1:])
    except KeyFormatError:
        raise _Failure("proof_value_invalid", "proofValue is not valid base58btc") from None
    if len(signature) != 64:
        raise _Failure("proof_value_invalid", "proofValue is not a 64-byte Ed25519 signature")
    return signature


def _check_context(context):
    """The credential's @context: pinned URLs only, the VC 2.0 context first."""
    if not context:
        raise _Failure("malformed", "the credential has no @context")
    contexts = context if isinstance(context, list) else [context]
    for entry in contexts:
        if not isinstance(entry, str):
            raise _Failure(
                "context_not_pinned", "@context may only list the URLs of pinned contexts"
            )
        if entry not in PINNED_CONTEXTS:
            raise _Failure("context_not_pinned", f"JSON-LD context {entry!r} is not pinned")
    if contexts[0] != FIRST_CONTEXT:
        raise _Failure("malformed", f"@context must start with {FIRST_CONTEXT}")


def _check_proof_context(proof, document_context):
    # vc-di-eddsa: a proof that carries its own @context must agree with the document's.
    if "@context" not in proof:
        return
    proof_context = proof["@context"]
    proof_context = proof_context if isinstance(proof_context, list) else [proof_context]
    document_context = (
        document_context if isinstance(document_context, list) else [document_context]
    )
    if document_context[: len(proof_context)] != proof_context:
        raise _Failure("malformed", "the proof's @context does not match the credential's")


def _resolve_key(public_key_resolver, verification_method):
    try:
        public_key = public_key_resolver(verification_method)
    except Exception as error:
        raise _Failure(
            "verification_method_unknown",
            f"unknown verificationMethod {verification_method!r}: {error}",
        ) from None
    if public_key is None:
        raise _Failure(
            "verification_method_unknown", f"unknown verificationMethod {verification_method!r}"
        )
    if not isinstance(public_key, Ed25519PublicKey):
        raise TypeError("public_key_resolver must return an Ed25519PublicKey or None")
    return public_key
