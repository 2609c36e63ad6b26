"""Ed25519 issuer keys: generate, load, store, and publish the public key as a Multikey.

The issuer's private key comes from, in order:

1. the environment variable `CERTIFICATE_ISSUER_KEY`, holding the key itself: either PEM text
   (PKCS#8, unencrypted; literal `\\n` sequences are accepted for one-line env files) or the
   32-byte Ed25519 seed in base64 (standard or URL-safe alphabet, padding optional);
2. the PEM file at `settings.CERTIFICATE_ISSUER_KEY_PATH`, by default `BASE_DIR/var/issuer-key.pem`
   (created by `manage.py certificate_issuer_key`).

Public keys are published as Multikey: multibase base58btc (`z…`) of `0xed01` + 32 key bytes.
"""

import base64
import binascii
import os
import tempfile
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ISSUER_KEY_ENV = "CERTIFICATE_ISSUER_KEY"

BASE58BTC_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58BTC_INDEX = {char: index for index, char in enumerate(BASE58BTC_ALPHABET)}

# multicodec "ed25519-pub" (0xed) as an unsigned varint.
MULTIKEY_ED25519_PREFIX = b"\xed\x01"
# "z" + base58btc of 34 bytes is 48 characters; anything much longer is not a Multikey, and
# refusing it early keeps base58 decoding (quadratic in the length) cheap on hostile input.
_MULTIKEY_MAX_LENGTH = 64

_PEM_MAX_BYTES = 16_384


class KeyFormatError(ValueError):
    """Key material that cannot be read; `code` is stable, the message says what was wrong."""

    def __init__(self, code, message):
        self.code = code
        super().__init__(message)


class IssuerKeyNotConfigured(ImproperlyConfigured):
    """No usable issuer private key was found in the environment or on disk."""


def base58btc_encode(data):
    """Encode bytes in base58 with the Bitcoin alphabet (multibase `z` without the prefix)."""
    number = int.from_bytes(data, "big")
    chars = []
    while number:
        number, remainder = divmod(number, 58)
        chars.append(BASE58BTC_ALPHABET[remainder])
    # Each leading zero byte is written as the zero digit, as the number itself drops them.
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(chars))


def base58btc_decode(text):
    """Decode base58 text in the Bitcoin alphabet; raise KeyFormatError on any other character."""
    number = 0
    for char in text:
        digit = _BASE58BTC_INDEX.get(char)
        if digit is None:
            raise KeyFormatError("base58_invalid", f"{char!r} is not a base58btc character")
        number = number * 58 + digit
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


def private_key_generate():
    """A new random Ed25519 private key."""
    return Ed25519PrivateKey.generate()


def private_key_from_seed(seed):
    """The Ed25519 private key for a 32-byte seed."""
    if not isinstance(seed, bytes) or len(seed) != 32:
        raise KeyFormatError("seed_invalid", "an Ed25519 seed is exactly 32 bytes")
    return Ed25519PrivateKey.from_private_bytes(seed)


def private_key_to_pem(private_key):
    """The private key as unencrypted PKCS#8 PEM bytes."""
    return private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def private_key_from_pem(pem):
    """Read an unencrypted PKCS#8 PEM Ed25519 private key (bytes or text)."""
    if isinstance(pem, str):
        pem = pem.encode("ascii", errors="replace")
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        # TypeError: the PEM is encrypted; ValueError: not PEM or not a key.
        raise KeyFormatError(
            "pem_invalid", f"not an unencrypted PEM private key ({error})"
        ) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFormatError("pem_invalid", f"expected an Ed25519 key, got {type(key).__name__}")
    return key


def private_key_load(*, path):
    """Read the PEM private key file at `path`."""
    path = Path(path)
    with path.open("rb") as key_file:
        pem = key_file.read(_PEM_MAX_BYTES + 1)
    if len(pem) > _PEM_MAX_BYTES:
        raise KeyFormatError("pem_invalid", f"{path} is too large to be an Ed25519 PEM key")
    return private_key_from_pem(pem)


def private_key_from_env_value(value):
    """Read a key given as PEM text or as a base64 32-byte seed (the env var's two forms)."""
    value = value.strip()
    if value.startswith("-----BEGIN"):
        # One-line env files often carry PEM newlines as the two characters "\n".
        return private_key_from_pem(value.replace("\\n", "\n"))
    padded = value + "=" * (-len(value) % 4)
    try:
        seed = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError) as error:
        raise KeyFormatError(
            "seed_invalid", "expected PEM text or a base64 32-byte Ed25519 seed"
        ) from error
    return private_key_from_seed(seed)


def private_key_write(*, path, private_key, force=False):
    """Write the key as PEM to `path` with mode 0600; refuse to replace a file unless `force`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = private_key_to_pem(private_key)
    if not force:
        # O_EXCL: never clobber a key another process created since we looked.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as key_file:
            key_file.write(pem)
        return path
    # Replace atomically so a crash never leaves a half-written key behind.
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".issuer-key-")
    try:
        # mkstemp creates the file with mode 0600, so the key is never readable by others.
        with os.fdopen(descriptor, "wb") as key_file:
            key_file.write(pem)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def public_key_to_multikey(public_key):
    """The Multikey (`z6Mk…`) of an Ed25519 public key."""
    raw = public_key.public_bytes(
        encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw
    )
    return "z" + base58btc_encode(MULTIKEY_ED25519_PREFIX + raw)


def public_key_from_multikey(multikey):
    """The Ed25519 public key of a Multikey string; raise KeyFormatError if it is not one."""
    if not isinstance(multikey, str) or not multikey.startswith("z"):
        raise KeyFormatError("multikey_invalid", "a Multikey starts with 'z' (base58btc)")
    if len(multikey) > _MULTIKEY_MAX_LENGTH:
        raise KeyFormatError("multikey_invalid", "too long for an Ed25519 Multikey")
    try:
        decoded = base58btc_decode(multikey[1:])
    except KeyFormatError as error:
        raise KeyFormatError("multikey_invalid", str(error)) from None
    if len(decoded) != 34 or not decoded.startswith(MULTIKEY_ED25519_PREFIX):
        raise KeyFormatError("multikey_invalid", "not an Ed25519 public key (0xed01 + 32 bytes)")
    return Ed25519PublicKey.from_public_bytes(decoded[2:])


def issuer_key_path():
    """Where the issuer's PEM key file lives: the setting, else BASE_DIR/var/issuer-key.pem."""
    configured = getattr(settings, "CERTIFICATE_ISSUER_KEY_PATH", None)
    if configured:
        return Path(configured)
    return Path(settings.BASE_DIR) / "var" / "issuer-key.pem"


def issuer_private_key_load():
    """The issuer's private key from $CERTIFICATE_ISSUER_KEY, else from the key file."""
    value = os.environ.get(ISSUER_KEY_ENV, "").strip()
    if value:
        try:
            return private_key_from_env_value(value)
        except KeyFormatError as error:
            raise IssuerKeyNotConfigured(
                f"${ISSUER_KEY_ENV} is set but is not a usable Ed25519 key: {error}"
            ) from error
    path = issuer_key_path()
    try:
        return private_key_load(path=path)
    except FileNotFoundError:
        raise IssuerKeyNotConfigured(
            f"No certificate issuer key: set ${ISSUER_KEY_ENV} or create {path} with "
            "`manage.py certificate_issuer_key`."
        ) from None
    except (OSError, KeyFormatError) as error:
        raise IssuerKeyNotConfigured(f"Cannot read the issuer key {path}: {error}") from error
