"""Reading Content Credentials: what real signed files say, and what hostile ones cannot do.

Every file here is made and signed on the spot (tests/provenance/images.py); the reader is the
real c2pa-python one. A bad file must give a status, never an exception, and a manifest of any
size or shape must give a summary of bounded size.
"""

import io
import json
import os

import c2pa
import pytest
from PIL import Image as PILImage

from lms.images import CredentialsStatus, LibraryImage
from lms.provenance.presenting import credentials_view
from lms.provenance.reading import read_credentials, summarise
from lms.provenance.signing import GENERATOR, action, sign_jpeg
from tests.provenance import images

JPEG = "image/jpeg"
ALL_STATUSES = set(CredentialsStatus.values)
NOT_INTACT = ALL_STATUSES - set(CredentialsStatus.intact())
# Generous ceilings, whatever the file holds: a summary is stored in a JSON column and rendered
# on every lesson view. (21 manifests of 30 actions with 300-character names fit.)
MAX_SUMMARY_BYTES = 512 * 1024
MAX_INGREDIENT_ENTRIES = 50


def read(data, mime_type=JPEG):
    return read_credentials(data, mime_type=mime_type)


def all_strings(value):
    """Every string (keys included) anywhere in a nested summary."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from all_strings(key)
            yield from all_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from all_strings(item)


def ingredient_entries(summary):
    """How many ingredient entries the summary holds, at every depth."""
    total = 0
    for ingredient in summary.get("ingredients") or []:
        total += 1 + ingredient_entries(ingredient)
    return total


def assert_bounded(summary):
    assert len(json.dumps(summary)) <= MAX_SUMMARY_BYTES
    assert all(len(text) <= 300 for text in all_strings(summary))
    assert len(summary.get("actions") or []) <= 30
    assert ingredient_entries(summary) <= MAX_INGREDIENT_ENTRIES


def app11_segments(data):
    """(start, end) of each APP11 (JUMBF, where C2PA lives) segment of a JPEG."""
    position, found = 2, []
    while position + 4 <= len(data) and data[position] == 0xFF and data[position + 1] != 0xDA:
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if data[position + 1] == 0xEB:
            found.append((position, position + 2 + length))
        position += 2 + length
    return found


def flip_manifest_bytes(data, fraction, count=64):
    """The signed JPEG with `count` bytes inverted at `fraction` of the way into its manifest."""
    (start, end), *_ = app11_segments(data)
    at = start + int((end - start) * fraction)
    damaged = bytearray(data)
    for index in range(at, min(at + count, end)):
        damaged[index] ^= 0xFF
    return bytes(damaged)


# What the credentials of real signed files say --------------------------------------------


def test_a_signed_camera_photo_reads_as_valid_with_its_signer_actions_and_reservation():
    reading = read(images.signed_photo())

    assert reading.status == CredentialsStatus.VALID
    summary = reading.summary
    assert summary["title"] == "harbour.jpg"
    assert summary["signer"]["name"] == "Riverside Gallery camera"
    assert summary["signer"]["organisation"] == "Riverside Gallery"
    assert summary["signer"]["algorithm"] == "ES256"
    assert summary["claim_generator"] == "AI literacy LMS provenance lab 1.0"
    assert [(a["action"], a["software"], a["source_type"]) for a in summary["actions"]] == [
        ("c2pa.created", "Gallery Camera 2.1", "digitalCapture")
    ]
    assert summary["training_mining"] == {"cawg.ai_generative_training": "notAllowed"}
    assert summary["generative_ai"] == ""
    assert summary["hash_matches"] is True
    assert summary["signature_valid"] is True
    # The test chain is on no trust list: valid, but not trusted.
    assert summary["trusted"] is False
    assert summary["failures"] == []
    assert summary["ingredients"] == []


@pytest.mark.django_db
def test_the_signed_photo_is_presented_as_intact_but_untrusted():
    reading = read(images.signed_photo())
    view = credentials_view(
        LibraryImage(credentials_status=reading.status, credentials=reading.summary)
    )

    assert view["intact"] is True
    assert view["present"] is True
    assert view["trusted"] is False
    assert "not on this site's trust list" in str(view["headline"])
    assert view["actions"][0]["label"] == "Created"
    assert view["actions"][0]["source_label"] == "Captured with a digital camera or scanner"
    assert [(str(use), str(answer)) for use, answer in view["training_mining"]] == [
        ("Generative AI training", "not allowed")
    ]
    assert view["generative_statement"] == ""


@pytest.mark.django_db
def test_an_ai_generated_image_declares_generative_ai_and_the_lesson_says_so():
    image = images.library_image(images.ai_generated())

    assert image.credentials_status == CredentialsStatus.VALID
    assert image.credentials["generative_ai"] == "generated"
    assert image.credentials["signer"]["name"] == "Imagined Diffusion service"
    assert image.credentials["actions"][0]["source_type"] == "trainedAlgorithmicMedia"
    view = credentials_view(image)
    assert str(view["generative_statement"]) == (
        "The credentials declare that generative AI created this image."
    )
    assert str(view["actions"][0]["source_label"]) == "Created by a generative AI model"


@pytest.mark.django_db
def test_an_ai_edited_photo_is_a_composite_that_names_the_signed_photo_as_its_parent():
    reading = read(images.ai_edited_photo())

    assert reading.status == CredentialsStatus.VALID
    summary = reading.summary
    assert summary["generative_ai"] == "composite"
    assert [a["action"] for a in summary["actions"]] == ["c2pa.opened", "c2pa.edited"]
    (parent,) = summary["ingredients"]
    assert parent["title"] == "harbour.jpg"
    assert parent["relationship"] == "parentOf"
    assert parent["has_credentials"] is True
    assert parent["signer"]["name"] == "Riverside Gallery camera"
    assert parent["signer"]["organisation"] == "Riverside Gallery"
    assert parent["actions"][0]["source_type"] == "digitalCapture"
    assert parent["generative_ai"] == ""

    view = credentials_view(LibraryImage(credentials_status=reading.status, credentials=summary))
    assert str(view["generative_statement"]) == (
        "The credentials declare that this image includes generative AI content."
    )
    (shown,) = view["ingredients"]
    assert (shown["depth"], str(shown["relationship"])) == (0, "Edited from")
    assert shown["signer"]["name"] == "Riverside Gallery camera"


@pytest.mark.django_db
def test_a_photo_edited_after_signing_no_longer_matches_its_credentials():
    reading = read(images.tampered())

    assert reading.status == CredentialsStatus.MISMATCH
    assert reading.summary["hash_matches"] is False
    assert "assertion.dataHash.mismatch" in {f["code"] for f in reading.summary["failures"]}
    # What the credentials said is still reported, as a description of an earlier version.
    assert reading.summary["signer"]["name"] == "Riverside Gallery camera"
    view = credentials_view(
        LibraryImage(credentials_status=reading.status, credentials=reading.summary)
    )
    assert view["intact"] is False
    assert view["present"] is True
    assert "no longer match" in str(view["headline"])


def test_a_photo_whose_credentials_were_stripped_has_none():
    reading = read(images.stripped())

    assert reading.status == CredentialsStatus.NONE
    assert reading.summary == {}


def test_a_plain_picture_has_no_credentials():
    assert read(images.picture()).status == CredentialsStatus.NONE


# Bad input: a status, never an exception ---------------------------------------------------


def png_header_only():
    return b"\x89PNG\r\n\x1a\n"


def png_without_its_end():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 64), (10, 20, 30)).save(buffer, format="PNG")
    return buffer.getvalue()[:-40]


SCRIPTED_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("random bytes", lambda: os.urandom(4096)),
        ("empty", lambda: b""),
        ("half a signed photo", lambda: (lambda d: d[: len(d) // 2])(images.signed_photo())),
        ("a signed photo without its last bytes", lambda: images.signed_photo()[:-200]),
        ("a PNG header only", png_header_only),
        ("a truncated PNG", png_without_its_end),
        ("an SVG with a script", lambda: SCRIPTED_SVG),
        ("text", lambda: b"Hello, this is not an image at all.\n" * 20),
    ],
)
@pytest.mark.parametrize("mime_type", ["image/jpeg", "image/png", "image/svg+xml", ""])
def test_bad_files_give_a_status_never_an_exception_and_never_claim_intact_credentials(
    name, make, mime_type
):
    reading = read(make(), mime_type=mime_type)

    assert reading.status in NOT_INTACT, name
    assert isinstance(reading.summary, dict)
    assert_bounded(reading.summary)


def test_a_half_signed_photo_is_unreadable_with_the_error_kept_short():
    photo = images.signed_photo()
    reading = read(photo[: len(photo) // 2])

    assert reading.status == CredentialsStatus.UNREADABLE
    assert reading.summary["error"]
    assert len(reading.summary["error"]) <= 300


@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.7, 0.9])
def test_corrupted_manifest_bytes_make_the_credentials_invalid_or_unreadable(fraction):
    reading = read(flip_manifest_bytes(images.signed_photo(), fraction))

    assert reading.status in {CredentialsStatus.INVALID, CredentialsStatus.UNREADABLE}
    assert_bounded(reading.summary)
    assert reading.summary.get("trusted", False) is False


@pytest.mark.parametrize("offset", [4, 12, 24, 40])
def test_a_damaged_manifest_header_never_reads_as_intact(offset):
    photo = images.signed_photo()
    (start, _end), *_ = app11_segments(photo)
    damaged = bytearray(photo)
    for index in range(start + offset, start + offset + 16):
        damaged[index] ^= 0xFF

    reading = read(bytes(damaged))

    assert reading.status in NOT_INTACT


# Big or strange manifests: the summary stays small ------------------------------------------


def test_a_huge_manifest_gives_a_bounded_summary():
    data = sign_jpeg(
        images.picture(),
        identity=images.camera(),
        title="T" * 5000,
        actions=[action("c2pa.created", software="S" * 3000, source_type="digitalCapture")]
        + [action("c2pa.edited", software="E" * 2000) for _ in range(199)],
        training_mining={f"cawg.use-{number}-" + "u" * 400: "notAllowed" for number in range(50)},
        generator={"name": "G" * 4000, "version": "9" * 1000},
    )

    reading = read(data)

    assert reading.status == CredentialsStatus.VALID
    assert len(reading.summary["actions"]) == 30
    assert reading.summary["actions"][0]["action"] == "c2pa.created"
    assert len(reading.summary["actions"][0]["software"]) <= 300
    assert reading.summary["actions"][0]["software"].startswith("SSS")
    assert len(reading.summary["title"]) <= 300
    assert len(reading.summary["claim_generator"]) <= 300
    assert len(reading.summary["training_mining"]) <= 10
    assert_bounded(reading.summary)


def sign_raw(assertions, *, ingredients=()):
    """A JPEG signed with exactly these assertions (no help from sign_jpeg's shapes)."""
    identity = images.camera()
    manifest = {
        "claim_generator_info": [GENERATOR],
        "title": "odd.jpg",
        "format": "image/jpeg",
        "assertions": assertions,
    }
    info = c2pa.C2paSignerInfo(
        c2pa.C2paSigningAlg.ES256, identity.chain_pem, identity.key_pem, None
    )
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest) as builder:
        for title, data in ingredients:
            builder.add_ingredient(
                {"title": title, "relationship": "componentOf"}, "image/jpeg", io.BytesIO(data)
            )
        signed = io.BytesIO()
        builder.sign(signer, "image/jpeg", io.BytesIO(images.picture()), signed)
    return signed.getvalue()


CREATED = {
    "label": "c2pa.actions",
    "data": {
        "actions": [
            {
                "action": "c2pa.created",
                "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/composite",
            }
        ]
    },
}


@pytest.mark.parametrize("entries", [["c2pa.ai_training"], "notAllowed", 7])
def test_a_signed_training_mining_assertion_of_the_wrong_shape_does_not_break_reading(entries):
    data = sign_raw([CREATED, {"label": "c2pa.training-mining", "data": {"entries": entries}}])

    reading = read(data)

    assert reading.status in ALL_STATUSES
    assert reading.summary.get("training_mining") == {}


def test_a_real_file_with_repeated_ingredients_gives_a_bounded_summary():
    inner = sign_raw([CREATED])
    middle = sign_raw([CREATED], ingredients=[(f"inner-{n}.jpg", inner) for n in range(20)])
    outer = sign_raw([CREATED], ingredients=[(f"middle-{n}.jpg", middle) for n in range(20)])

    reading = read(outer)

    assert reading.status == CredentialsStatus.VALID
    assert_bounded(reading.summary)


# summarise() on hostile manifest stores -----------------------------------------------------


def manifest(**fields):
    return {"title": "m", **fields}


WELL_TYPED_BUT_ODD = {
    "empty store": {},
    "no manifests": {"manifests": None, "active_manifest": None},
    "active manifest missing": {"manifests": {"a": manifest()}, "active_manifest": "b"},
    "validation status a string": {
        "manifests": {"a": manifest()},
        "active_manifest": "a",
        "validation_status": "Valid",
    },
    "validation codes of odd types": {
        "manifests": {"a": manifest()},
        "active_manifest": "a",
        "validation_status": [{"code": ["x"]}, {"code": None}, 5, "x"],
    },
    "validation state a list": {
        "manifests": {"a": manifest()},
        "active_manifest": "a",
        "validation_state": ["Trusted"],
    },
    "a thousand failures": {
        "manifests": {"a": manifest()},
        "active_manifest": "a",
        "validation_status": [{"code": "assertion.dataHash.mismatch", "explanation": "x" * 999}]
        * 1000,
    },
    "title a dict": {
        "manifests": {"a": manifest(title={"x": "y" * 10_000})},
        "active_manifest": "a",
    },
    "claim generator info a string": {
        "manifests": {"a": manifest(claim_generator_info="x" * 999)},
        "active_manifest": "a",
    },
    "claim generator name a long list": {
        "manifests": {"a": manifest(claim_generator_info=[{"name": ["x"] * 1000}])},
        "active_manifest": "a",
    },
    "signature info a list": {
        "manifests": {"a": manifest(signature_info=[1, 2])},
        "active_manifest": "a",
    },
    "assertion labels not strings": {
        "manifests": {"a": manifest(assertions=[{"label": ["x"]}, {"label": None}, 5])},
        "active_manifest": "a",
    },
    "actions of odd types": {
        "manifests": {
            "a": manifest(
                assertions=[
                    {
                        "label": "c2pa.actions",
                        "data": {
                            "actions": [
                                {"action": 5, "when": 7, "digitalSourceType": ["a"]},
                                {"action": "x", "softwareAgent": {"name": {"deep": [1] * 999}}},
                                None,
                                "c2pa.created",
                            ]
                        },
                    }
                ]
            )
        },
        "active_manifest": "a",
    },
    "a thousand actions": {
        "manifests": {
            "a": manifest(
                assertions=[
                    {
                        "label": "c2pa.actions.v2",
                        "data": {"actions": [{"action": "c2pa.edited" * 100}] * 1000},
                    }
                ]
                * 5
            )
        },
        "active_manifest": "a",
    },
    "long training-mining keys": {
        "manifests": {
            "a": manifest(
                assertions=[
                    {
                        "label": "cawg.training-mining",
                        "data": {
                            "entries": {"k" * 999 + str(n): {"use": "u" * 999} for n in range(99)}
                        },
                    }
                ]
            )
        },
        "active_manifest": "a",
    },
    "ingredients of odd types": {
        "manifests": {"a": manifest(ingredients=[None, 5, "x", {"active_manifest": None}])},
        "active_manifest": "a",
    },
    "a chain ten deep that loops back": {
        "manifests": {
            f"m{n}": manifest(
                ingredients=[{"title": f"i{n}", "active_manifest": f"m{(n + 1) % 10}"}]
            )
            for n in range(10)
        },
        "active_manifest": "m0",
    },
    "a manifest that is its own ingredient": {
        "manifests": {"a": manifest(ingredients=[{"title": "me", "active_manifest": "a"}])},
        "active_manifest": "a",
    },
}

WRONG_TYPES = {
    "manifests a list": {"manifests": [1, 2], "active_manifest": "a"},
    "manifests a string": {"manifests": "abc", "active_manifest": "a"},
    "active manifest a list": {"manifests": {"a": manifest()}, "active_manifest": ["a"]},
    "active manifest a dict": {"manifests": {"a": manifest()}, "active_manifest": {"a": 1}},
    "validation status a number": {
        "manifests": {"a": manifest()},
        "active_manifest": "a",
        "validation_status": 5,
    },
    "assertions a number": {"manifests": {"a": manifest(assertions=5)}, "active_manifest": "a"},
    "actions a number": {
        "manifests": {
            "a": manifest(assertions=[{"label": "c2pa.actions", "data": {"actions": 5}}])
        },
        "active_manifest": "a",
    },
    "training-mining entries a list": {
        "manifests": {
            "a": manifest(assertions=[{"label": "cawg.training-mining", "data": {"entries": [1]}}])
        },
        "active_manifest": "a",
    },
    "training-mining entries a string": {
        "manifests": {
            "a": manifest(
                assertions=[{"label": "c2pa.training-mining", "data": {"entries": "notAllowed"}}]
            )
        },
        "active_manifest": "a",
    },
    "ingredients a number": {"manifests": {"a": manifest(ingredients=5)}, "active_manifest": "a"},
    "ingredient's manifest reference a list": {
        "manifests": {"a": manifest(ingredients=[{"active_manifest": ["a"]}])},
        "active_manifest": "a",
    },
}


def cyclic_store(breadth):
    """Manifests that list each other (and themselves) as ingredients, `breadth` times each."""
    actions = {
        "label": "c2pa.actions",
        "data": {"actions": [{"action": "c2pa.edited", "softwareAgent": "x" * 250}] * 30},
    }
    labels = ["a", "b", "c"]
    return {
        "active_manifest": "a",
        "validation_state": "Valid",
        "manifests": {
            label: manifest(
                assertions=[actions],
                ingredients=[
                    {"title": f"{label}-{n}", "active_manifest": labels[n % 3]}
                    for n in range(breadth)
                ],
            )
            for label in labels
        },
    }


@pytest.mark.parametrize("store", WELL_TYPED_BUT_ODD.values(), ids=WELL_TYPED_BUT_ODD.keys())
def test_summarise_survives_odd_but_well_typed_stores(store):
    reading = summarise(store)

    assert reading.status in ALL_STATUSES
    assert_bounded(reading.summary)


def test_summarise_of_a_self_referencing_manifest_stops_at_a_bounded_depth():
    store = WELL_TYPED_BUT_ODD["a manifest that is its own ingredient"]

    summary = summarise(store).summary

    depth, level = 0, summary
    while level.get("ingredients"):
        level = level["ingredients"][0]
        depth += 1
    assert 1 <= depth <= 10


@pytest.mark.parametrize("store", WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
def test_summarise_survives_wrong_types_anywhere(store):
    reading = summarise(store)

    assert reading.status in ALL_STATUSES
    assert_bounded(reading.summary)


def test_summarise_of_cyclic_ingredients_stays_bounded():
    reading = summarise(cyclic_store(breadth=6))

    assert reading.status == CredentialsStatus.VALID
    assert_bounded(reading.summary)
