"""Signing images with Content Credentials, for the demo content and the tests.

The certificate chain is made on the spot with `cryptography` (an EC P-256 certificate
authority and a leaf certificate for the signer) and lives only in memory: no private key is
ever written to the repository or the media folder. Real signers are not trusted by this chain,
and readers say so, which is itself a lesson: anyone can make a certificate with any name.
"""

import datetime
import io
import struct
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image, ImageDraw

IPTC_SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/"
GENERATOR = {"name": "AI literacy LMS provenance lab", "version": "1.0"}


@dataclass(frozen=True)
class SigningIdentity:
    """A signer's certificate chain (leaf first) and private key, both PEM."""

    chain_pem: bytes
    key_pem: bytes
    ca_pem: bytes


def _name(common_name, organisation):
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )


def _key_usage(*, signer):
    return x509.KeyUsage(
        digital_signature=signer,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signer,
        crl_sign=not signer,
        encipher_only=False,
        decipher_only=False,
    )


def make_identity(
    *,
    common_name,
    organisation,
    ca_name="Provenance lab test authority (not trusted)",
    valid_days=365,
):
    """A fresh CA and a leaf certificate for C2PA signing (emailProtection EKU, ES256)."""
    now = datetime.datetime.now(datetime.UTC)
    start, end = now - datetime.timedelta(days=1), now + datetime.timedelta(days=valid_days)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_subject = _name(ca_name, "AI literacy LMS")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_subject)
        .issuer_name(ca_subject)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(signer=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organisation))
        .issuer_name(ca_subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(signer=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    return SigningIdentity(
        chain_pem=leaf.public_bytes(pem) + ca.public_bytes(pem),
        key_pem=key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        ca_pem=ca.public_bytes(pem),
    )


def action(name, *, software="", source_type="", when=None, ingredients=()):
    """One entry of a c2pa.actions assertion; `ingredients` are titles of sign_jpeg ingredients
    that this action opened or placed."""
    entry = {"action": name}
    if ingredients:
        entry["parameters"] = {"ingredientIds": [_ingredient_label(t) for t in ingredients]}
    if software:
        entry["softwareAgent"] = {"name": software}
    if source_type:
        entry["digitalSourceType"] = IPTC_SOURCE_TYPE + source_type
    if when:
        entry["when"] = when.isoformat()
    return entry


def sign_jpeg(
    data, *, identity, title, actions, ingredients=(), training_mining=None, generator=None
):
    """`data` (a JPEG) with a signed C2PA manifest embedded.

    `ingredients` are (title, jpeg bytes, relationship) triples; an ingredient that carries its
    own credentials is chained in. `training_mining` maps uses ('c2pa.ai_training', …) to
    'allowed' / 'notAllowed'.
    """
    import c2pa

    assertions = [{"label": "c2pa.actions", "data": {"actions": list(actions)}}]
    if training_mining:
        entries = {use: {"use": value} for use, value in training_mining.items()}
        assertions.append({"label": "cawg.training-mining", "data": {"entries": entries}})
    manifest = {
        "claim_generator_info": [generator or GENERATOR],
        "title": title,
        "format": "image/jpeg",
        "assertions": assertions,
    }
    info = c2pa.C2paSignerInfo(
        c2pa.C2paSigningAlg.ES256, identity.chain_pem, identity.key_pem, None
    )
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest) as builder:
        for ingredient_title, ingredient_data, relationship in ingredients:
            builder.add_ingredient(
                {
                    "title": ingredient_title,
                    "relationship": relationship,
                    "label": _ingredient_label(ingredient_title),
                },
                "image/jpeg",
                io.BytesIO(ingredient_data),
            )
        signed = io.BytesIO()
        builder.sign(signer, "image/jpeg", io.BytesIO(data), signed)
    return signed.getvalue()


def _ingredient_label(title):
    return "ingredient:" + title


def jpeg(picture, quality=88):
    """A PIL image as JPEG bytes, with no metadata at all."""
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def strip_credentials(data):
    """The same picture re-encoded, as a social network or a screenshot would: no manifest."""
    return jpeg(Image.open(io.BytesIO(data)))


def _segments(data):
    """(marker, start, end) of each JPEG segment up to the start of the image data."""
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:
            return
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        yield marker, position, position + 2 + length
        position += 2 + length


def tamper_pixels(data, box=(0.08, 0.08, 0.3, 0.22), fill=(250, 250, 250)):
    """Paint over part of a signed JPEG and keep its old manifest, as a careless edit would.

    The manifest still says what it said; the image it describes has changed, so its hash
    no longer matches.
    """
    manifest = b"".join(data[start:end] for marker, start, end in _segments(data) if marker == 0xEB)
    picture = Image.open(io.BytesIO(data)).convert("RGB")
    width, height = picture.size
    left, top, right, bottom = box
    ImageDraw.Draw(picture).rectangle(
        (left * width, top * height, right * width, bottom * height), fill=fill
    )
    edited = jpeg(picture)
    after_app0 = next((end for marker, _start, end in _segments(edited) if marker == 0xE0), 2)
    return edited[:after_app0] + manifest + edited[after_app0:]
