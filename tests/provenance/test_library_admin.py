"""The image library as educators see it: each image's Content Credentials status, the command
that reads credentials again, and the check that guards the trust-list setting."""

import re
from io import StringIO

import pytest
from django.core.checks import run_checks
from django.core.management import call_command

from lms.images import CredentialsStatus
from tests.provenance import images

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    return {
        "signed": images.library_image(images.signed_photo(), title="Signed harbour"),
        "tampered": images.library_image(images.tampered(), title="Tampered harbour"),
        "stripped": images.library_image(images.stripped(), title="Stripped harbour"),
    }


def _statuses(html):
    return re.findall(r'data-credentials-status="([a-z]+)"', html)


@pytest.mark.parametrize("layout", ["grid", "list"])
def test_the_image_listing_says_which_images_carry_valid_credentials(
    educator_client, library, layout
):
    response = educator_client.get("/admin/images/", {"layout": layout})
    assert response.status_code == 200
    html = response.content.decode()
    assert sorted(_statuses(html)) == ["mismatch", "none", "valid"]
    assert "CR ✓" in html and html.count("CR ✓") == 1
    assert "Content Credentials: no longer match the image" in html
    assert "Content Credentials: no content credentials" in html


def test_the_listing_query_count_does_not_grow_with_the_images(
    educator_client, library, django_assert_max_num_queries
):
    educator_client.get("/admin/images/", {"layout": "list"})  # warm caches
    with django_assert_max_num_queries(16):
        educator_client.get("/admin/images/", {"layout": "list"})
    for number in range(6):
        images.library_image(images.signed_photo(), title=f"More {number}")
    educator_client.get("/admin/images/", {"layout": "list"})  # Wagtail makes the new thumbnails
    with django_assert_max_num_queries(16):
        educator_client.get("/admin/images/", {"layout": "list"})


def test_the_command_reads_pending_images_and_all_images_on_request(library):
    pending = images.library_image(images.signed_photo(), title="Not read yet", read=False)
    assert pending.credentials_status == CredentialsStatus.PENDING
    out = StringIO()
    call_command("read_content_credentials", stdout=out)
    pending.refresh_from_db()
    assert pending.credentials_status == CredentialsStatus.VALID
    assert out.getvalue().startswith("Read 1 images.")
    out = StringIO()
    call_command("read_content_credentials", "--all", stdout=out)
    assert out.getvalue().startswith("Read 4 images.")
    assert "no longer match the image: 1" in out.getvalue()


def test_a_new_file_is_read_again_and_an_unchanged_one_is_not(library):
    signed = library["signed"]
    assert signed.file_hash and not signed.credentials_need_reading
    checked = signed.credentials_checked_at
    signed.title = "Renamed"
    signed.save()
    from lms.provenance.services import image_credentials_read

    assert image_credentials_read(image_id=signed.pk).credentials_checked_at == checked
    assert image_credentials_read(image_id=signed.pk, force=True).credentials_checked_at > checked
    assert image_credentials_read(image_id=0) is None


def test_a_trust_list_that_is_not_pem_is_refused_by_the_system_check(settings, tmp_path):
    broken = tmp_path / "anchors.pem"
    broken.write_text("not a certificate")
    settings.C2PA_TRUST_ANCHORS_FILE = str(broken)
    assert "lms.E101" in {message.id for message in run_checks()}
    settings.C2PA_TRUST_ANCHORS_FILE = str(tmp_path / "missing.pem")
    assert "lms.E101" in {message.id for message in run_checks()}
    good = tmp_path / "good.pem"
    good.write_bytes(images.camera().ca_pem)
    settings.C2PA_TRUST_ANCHORS_FILE = str(good)
    assert "lms.E101" not in {message.id for message in run_checks()}


def test_the_edit_page_shows_the_images_credentials(educator_client, library):
    response = educator_client.get(f"/admin/images/{library['signed'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-credentials-status="valid"' in html
    assert "Signed by Riverside Gallery camera (Riverside Gallery)." in html
    for field in ("credit", "licence", "ai_disclosure", "training_reservation"):
        assert f'name="{field}"' in html


def test_a_broken_trust_list_leaves_images_unread_instead_of_unreadable(settings, tmp_path):
    from django.core.exceptions import ImproperlyConfigured

    from lms.provenance.services import image_credentials_read

    image = images.library_image(images.signed_photo(), read=False)
    settings.C2PA_TRUST_ANCHORS_FILE = str(tmp_path / "gone.pem")
    with pytest.raises(ImproperlyConfigured):
        image_credentials_read(image_id=image.pk)
    image.refresh_from_db()
    assert image.credentials_status == CredentialsStatus.PENDING
    settings.C2PA_TRUST_ANCHORS_FILE = ""
    assert image_credentials_read(image_id=image.pk).credentials_status == CredentialsStatus.VALID


def test_times_from_a_manifest_are_written_for_people_and_odd_ones_kept_as_given():
    from lms.provenance.presenting import _when

    assert _when("2026-11-25T16:20:00+01:00") == "25 November 2026, 15:20 UTC"
    assert _when("yesterday at noon") == "yesterday at noon"
    assert _when("2026-13-45T99:00:00Z") == "2026-13-45T99:00:00Z"
    assert _when("2026-11-25T15:20:00") == "2026-11-25T15:20:00"  # no zone: not converted
    assert _when(None) == ""
