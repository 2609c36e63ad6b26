"""The trust list: a signer is "trusted" only when its certificate authority is in the file that
settings.C2PA_TRUST_ANCHORS_FILE names; otherwise valid credentials are merely "valid".

reading.py caches the anchors by path, so each test writes its own file.
"""

import pytest

from lms.images import CredentialsStatus
from lms.provenance.presenting import credentials_view
from lms.provenance.reading import read_credentials
from tests.provenance import images

JPEG = "image/jpeg"


@pytest.fixture
def trust(settings, tmp_path):
    """Trust these PEM certificate authorities (a fresh file, so no cached anchors)."""

    def configure(*pems, name="anchors.pem"):
        path = tmp_path / name
        path.write_bytes(b"".join(pems))
        settings.C2PA_TRUST_ANCHORS_FILE = str(path)
        return path

    return configure


def test_without_a_trust_list_a_signed_photo_is_valid_but_not_trusted(settings):
    settings.C2PA_TRUST_ANCHORS_FILE = ""

    reading = read_credentials(images.signed_photo(), mime_type=JPEG)

    assert reading.status == CredentialsStatus.VALID
    assert reading.summary["trusted"] is False
    assert reading.summary["validation_state"] == "Valid"


def test_the_setting_may_be_missing_altogether(settings):
    del settings.C2PA_TRUST_ANCHORS_FILE

    assert read_credentials(images.signed_photo(), mime_type=JPEG).status == "valid"


def test_with_its_authority_on_the_trust_list_a_signed_photo_is_trusted(trust):
    trust(images.camera().ca_pem)

    reading = read_credentials(images.signed_photo(), mime_type=JPEG)

    assert reading.status == CredentialsStatus.TRUSTED
    assert reading.summary["trusted"] is True
    assert reading.summary["validation_state"] == "Trusted"
    assert reading.summary["hash_matches"] is True
    assert reading.summary["signature_valid"] is True
    assert reading.summary["failures"] == []
    assert reading.summary["signer"]["name"] == "Riverside Gallery camera"


def test_trust_is_per_authority_not_for_every_signer(trust):
    trust(images.camera().ca_pem)

    generated = read_credentials(images.ai_generated(), mime_type=JPEG)

    assert generated.status == CredentialsStatus.VALID
    assert generated.summary["trusted"] is False


def test_a_trust_list_with_several_authorities_trusts_each_of_them(trust):
    trust(images.generator().ca_pem, images.camera().ca_pem)

    assert read_credentials(images.signed_photo(), mime_type=JPEG).status == "trusted"
    assert read_credentials(images.ai_generated(), mime_type=JPEG).status == "trusted"


def test_a_trusted_signer_does_not_excuse_a_changed_image(trust):
    trust(images.camera().ca_pem)

    reading = read_credentials(images.tampered(), mime_type=JPEG)

    assert reading.status == CredentialsStatus.MISMATCH
    assert reading.summary["trusted"] is False
    assert "assertion.dataHash.mismatch" in {f["code"] for f in reading.summary["failures"]}


def test_trusting_an_authority_does_not_trust_another_with_the_same_name(trust):
    """Anyone can make a certificate authority with any name: trust follows the key."""
    from lms.provenance.signing import make_identity

    impostor = make_identity(
        common_name="Riverside Gallery camera", organisation="Riverside Gallery"
    )
    trust(impostor.ca_pem)

    reading = read_credentials(images.signed_photo(), mime_type=JPEG)

    assert reading.status == CredentialsStatus.VALID
    assert reading.summary["trusted"] is False


def test_changing_the_setting_takes_effect_for_the_next_reading(trust, settings):
    trust(images.camera().ca_pem, name="first.pem")
    assert read_credentials(images.signed_photo(), mime_type=JPEG).status == "trusted"

    settings.C2PA_TRUST_ANCHORS_FILE = ""
    assert read_credentials(images.signed_photo(), mime_type=JPEG).status == "valid"

    trust(images.generator().ca_pem, name="second.pem")
    assert read_credentials(images.signed_photo(), mime_type=JPEG).status == "valid"


@pytest.mark.django_db
def test_a_trusted_image_is_presented_as_on_the_trust_list(trust):
    trust(images.camera().ca_pem)
    image = images.library_image(images.signed_photo())

    view = credentials_view(image)

    assert image.credentials_status == CredentialsStatus.TRUSTED
    assert view["intact"] is True
    assert view["trusted"] is True
    assert "on this site's trust list" in str(view["headline"])
    assert "not on this site's trust list" not in str(view["headline"])
