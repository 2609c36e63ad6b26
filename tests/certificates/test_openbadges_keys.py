"""Issuer keys: base58btc, Multikey, PEM and env formats, the key file and its command."""

import base64
import secrets
import stat
from io import StringIO
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.management import call_command
from django.core.management.base import CommandError

from certificates.openbadges.keys import (
    ISSUER_KEY_ENV,
    IssuerKeyNotConfigured,
    KeyFormatError,
    base58btc_decode,
    base58btc_encode,
    issuer_key_path,
    issuer_private_key_load,
    private_key_from_env_value,
    private_key_from_pem,
    private_key_from_seed,
    private_key_generate,
    private_key_load,
    private_key_to_pem,
    private_key_write,
    public_key_from_multikey,
    public_key_to_multikey,
)

# The published 1EdTech TEST key pair (ob_v3p0/impl/linked-data-proof-ob.html).
VECTOR_SEED_HEX = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"
VECTOR_PUBLIC_HEX = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
VECTOR_MULTIKEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"


def raw_public(key):
    return key.public_bytes(
        encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw
    )


def raw_private(key):
    return key.private_bytes(
        encoding=serialization.Encoding.Raw,
        format=serialization.PrivateFormat.Raw,
        encryption_algorithm=serialization.NoEncryption(),
    )


@pytest.fixture(autouse=True)
def _no_issuer_key_in_environment(monkeypatch):
    monkeypatch.delenv(ISSUER_KEY_ENV, raising=False)


@pytest.fixture
def key_path(tmp_path, settings):
    settings.CERTIFICATE_ISSUER_KEY_PATH = tmp_path / "var" / "issuer-key.pem"
    return settings.CERTIFICATE_ISSUER_KEY_PATH


# --- base58btc and Multikey ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"", ""),
        (b"\0", "1"),
        (b"\0\0\x01", "112"),
        (b"Hello World!", "2NEpo7TZRRrLZSi2U"),
        (bytes.fromhex("ed01" + VECTOR_PUBLIC_HEX), VECTOR_MULTIKEY[1:]),
    ],
)
def test_base58btc_known_values(data, text):
    assert base58btc_encode(data) == text
    assert base58btc_decode(text) == data


def test_base58btc_round_trips_random_bytes():
    for length in (1, 31, 32, 34, 64, 100):
        for _ in range(20):
            data = b"\0" * (length % 3) + secrets.token_bytes(length)
            assert base58btc_decode(base58btc_encode(data)) == data


@pytest.mark.parametrize("text", ["0", "O", "I", "l", "abc+", "é"])
def test_base58btc_rejects_characters_outside_the_alphabet(text):
    with pytest.raises(KeyFormatError) as error:
        base58btc_decode(text)
    assert error.value.code == "base58_invalid"


def test_the_vector_multikey_decodes_to_the_vector_public_key():
    public_key = public_key_from_multikey(VECTOR_MULTIKEY)
    assert raw_public(public_key).hex() == VECTOR_PUBLIC_HEX
    seed_key = private_key_from_seed(bytes.fromhex(VECTOR_SEED_HEX))
    assert public_key_to_multikey(seed_key.public_key()) == VECTOR_MULTIKEY


def test_multikey_round_trip():
    for _ in range(10):
        public_key = private_key_generate().public_key()
        multikey = public_key_to_multikey(public_key)
        assert multikey.startswith("z6Mk")
        assert raw_public(public_key_from_multikey(multikey)) == raw_public(public_key)


@pytest.mark.parametrize(
    "multikey",
    [
        VECTOR_MULTIKEY[1:],  # no multibase prefix
        "u" + VECTOR_MULTIKEY[1:],  # base64url multibase
        "z" + base58btc_encode(bytes.fromhex("e701") + bytes(33)),  # secp256k1-pub
        "z" + base58btc_encode(bytes.fromhex("ed01") + bytes(31)),  # too short
        "z" + base58btc_encode(bytes.fromhex("ed01") + bytes(33)),  # too long
        VECTOR_MULTIKEY[:-1] + "0",  # not base58
        "z" + "2" * 10_000,
        None,
        b"z6Mk",
    ],
)
def test_invalid_multikeys_are_refused(multikey):
    with pytest.raises(KeyFormatError) as error:
        public_key_from_multikey(multikey)
    assert error.value.code == "multikey_invalid"


# --- private key formats -------------------------------------------------------------------------


def test_pem_round_trip():
    key = private_key_generate()
    pem = private_key_to_pem(key)
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----\n")
    assert raw_private(private_key_from_pem(pem)) == raw_private(key)
    assert raw_private(private_key_from_pem(pem.decode())) == raw_private(key)


@pytest.mark.parametrize(
    "pem",
    [
        b"not a key",
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        private_key_generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"secret"),
        ),
    ],
    ids=["garbage", "P-256 key", "encrypted"],
)
def test_unusable_pem_is_refused(pem):
    with pytest.raises(KeyFormatError) as error:
        private_key_from_pem(pem)
    assert error.value.code == "pem_invalid"


def test_env_value_forms():
    key = private_key_generate()
    seed = raw_private(key)
    pem = private_key_to_pem(key).decode()
    forms = [
        pem,
        pem.replace("\n", "\\n"),  # one-line env files
        base64.b64encode(seed).decode(),
        base64.urlsafe_b64encode(seed).decode().rstrip("="),
        f"  {base64.b64encode(seed).decode()}\n",
    ]
    for value in forms:
        assert raw_private(private_key_from_env_value(value)) == raw_private(key), value


@pytest.mark.parametrize(
    "value",
    ["", "not base64!", base64.b64encode(bytes(31)).decode(), base64.b64encode(bytes(64)).decode()],
)
def test_bad_env_values_are_refused(value):
    with pytest.raises(KeyFormatError) as error:
        private_key_from_env_value(value)
    assert error.value.code == "seed_invalid"


def test_key_file_is_private_and_never_silently_replaced(tmp_path):
    path = tmp_path / "keys" / "issuer.pem"
    first = private_key_generate()
    private_key_write(path=path, private_key=first)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert raw_private(private_key_load(path=path)) == raw_private(first)
    with pytest.raises(FileExistsError):
        private_key_write(path=path, private_key=private_key_generate())
    assert raw_private(private_key_load(path=path)) == raw_private(first)
    second = private_key_generate()
    private_key_write(path=path, private_key=second, force=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert raw_private(private_key_load(path=path)) == raw_private(second)
    assert sorted(p.name for p in path.parent.iterdir()) == ["issuer.pem"]  # no temp files left


# --- issuer_private_key_load ---------------------------------------------------------------------


def test_issuer_key_path_defaults_to_var_under_base_dir(settings):
    if hasattr(settings, "CERTIFICATE_ISSUER_KEY_PATH"):
        del settings.CERTIFICATE_ISSUER_KEY_PATH
    assert issuer_key_path() == Path(settings.BASE_DIR) / "var" / "issuer-key.pem"


def test_issuer_key_is_read_from_the_environment_first(key_path, monkeypatch):
    file_key, env_key = private_key_generate(), private_key_generate()
    private_key_write(path=key_path, private_key=file_key)
    monkeypatch.setenv(ISSUER_KEY_ENV, private_key_to_pem(env_key).decode())
    assert raw_private(issuer_private_key_load()) == raw_private(env_key)
    monkeypatch.setenv(ISSUER_KEY_ENV, base64.b64encode(raw_private(env_key)).decode())
    assert raw_private(issuer_private_key_load()) == raw_private(env_key)


def test_issuer_key_is_read_from_the_file_without_the_environment(key_path):
    file_key = private_key_generate()
    private_key_write(path=key_path, private_key=file_key)
    assert raw_private(issuer_private_key_load()) == raw_private(file_key)


def test_no_issuer_key_is_a_clear_configuration_error(key_path):
    with pytest.raises(IssuerKeyNotConfigured) as error:
        issuer_private_key_load()
    assert ISSUER_KEY_ENV in str(error.value)
    assert str(key_path) in str(error.value)
    assert "certificate_issuer_key" in str(error.value)


def test_a_bad_issuer_key_is_a_clear_configuration_error(key_path, monkeypatch):
    monkeypatch.setenv(ISSUER_KEY_ENV, "not-a-key")
    with pytest.raises(IssuerKeyNotConfigured, match=f"\\${ISSUER_KEY_ENV} is set but"):
        issuer_private_key_load()
    monkeypatch.delenv(ISSUER_KEY_ENV)
    key_path.parent.mkdir(parents=True)
    key_path.write_text("garbage")
    with pytest.raises(IssuerKeyNotConfigured, match="Cannot read the issuer key"):
        issuer_private_key_load()


# --- manage.py certificate_issuer_key ------------------------------------------------------------


def run_command(**options):
    out = StringIO()
    call_command("certificate_issuer_key", stdout=out, **options)
    return out.getvalue()


def test_command_creates_a_private_key_file_and_prints_its_multikey(tmp_path):
    path = tmp_path / "issuer-key.pem"
    output = run_command(path=str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    multikey = public_key_to_multikey(private_key_load(path=path).public_key())
    assert multikey in output.split()
    assert str(path) in output


def test_command_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "issuer-key.pem"
    run_command(path=str(path))
    before = path.read_bytes()
    with pytest.raises(CommandError, match="--force"):
        run_command(path=str(path))
    assert path.read_bytes() == before
    output = run_command(path=str(path), force=True)
    assert path.read_bytes() != before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert public_key_to_multikey(private_key_load(path=path).public_key()) in output.split()


def test_command_writes_to_the_configured_path_by_default(key_path):
    output = run_command()
    assert key_path.exists()
    assert public_key_to_multikey(issuer_private_key_load().public_key()) in output.split()
