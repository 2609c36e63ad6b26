"""manage.py certificate_verify: a credential file or a certificate PDF, each check reported,
exit status 0 only when all pass; unreadable input is a clear error, never a traceback."""

import copy
import io
import json
import sys
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from pypdf import PdfReader, PdfWriter

from certificates.management.commands.certificate_verify import MAX_FILE_BYTES
from certificates.openbadges.keys import private_key_generate, public_key_to_multikey
from certificates.openbadges.proof import credential_sign
from certificates.rendering import credential_bytes
from certificates.services import (
    Achievement,
    Recipient,
    certificate_issue,
    certificate_reissue,
    certificate_revoke,
)

pytestmark = pytest.mark.django_db

JSON_CHECKS = ["JSON", "schema", "signature", "status", "revocation list", "dates"]
PDF_CHECKS = [*JSON_CHECKS, "PDF attachment"]


def issue(name="Ada Lovelace", email="ada@example.org", key="course:1", **options):
    certificate, _created = certificate_issue(
        achievement=Achievement(key=key, name="Understanding training data"),
        recipient=Recipient(subject_key=f"user:{email}", name=name, email=email),
        **options,
    )
    return certificate


def verify(path, *args):
    """(exit status, output) of the command; CommandError propagates."""
    out = io.StringIO()
    try:
        call_command("certificate_verify", str(path), *args, stdout=out)
    except SystemExit as exit_:
        return exit_.code, out.getvalue()
    return 0, out.getvalue()


def lines(output):
    return output.strip().splitlines()


def marks(output):
    """{check label: "✓" or "✗"} from the report."""
    return {line[2:].split(":", 1)[0]: line[0] for line in lines(output) if line[:1] in ("✓", "✗")}


def line_of(output, label):
    (line,) = [line for line in lines(output) if line[2:].startswith(f"{label}:")]
    return line


def write_json(tmp_path, credential, name="credential.json"):
    path = tmp_path / name
    path.write_bytes(json.dumps(credential, ensure_ascii=False, indent=2).encode())
    return path


@pytest.fixture
def certificate_with_pdf(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue()
    certificate.refresh_from_db()
    assert certificate.pdf
    return certificate


def pdf_bytes(certificate):
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def with_attachment(pdf, content):
    """A copy of the PDF whose credential.json holds `content` instead."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    (entry,) = [e for e in writer.attachment_list if e.name == "credential.json"]
    entry.content = content
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def attachment_of(pdf):
    (content,) = PdfReader(io.BytesIO(pdf)).attachments["credential.json"]
    return content


# --- good input -------------------------------------------------------------------------------


def test_a_good_credential_passes_every_check(tmp_path):
    certificate = issue()
    path = tmp_path / "credential.json"
    path.write_bytes(credential_bytes(certificate))

    status, output = verify(path)

    assert status == 0
    assert marks(output) == dict.fromkeys(JSON_CHECKS, "✓")
    assert line_of(output, "signature") == "✓ signature: verified"
    assert certificate.code in line_of(output, "status")
    assert lines(output)[-1] == "Verdict: valid — every check passed."


def test_a_good_pdf_passes_every_check_including_its_attachment(tmp_path, certificate_with_pdf):
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf_bytes(certificate_with_pdf))

    status, output = verify(path)

    assert status == 0
    assert marks(output) == dict.fromkeys(PDF_CHECKS, "✓")
    assert "identical to the credential this server issued" in line_of(output, "PDF attachment")
    assert lines(output)[-1] == "Verdict: valid — every check passed."


def test_a_file_of_exactly_the_size_limit_is_still_checked(tmp_path):
    data = credential_bytes(issue())
    path = tmp_path / "padded.json"
    path.write_bytes(data + b" " * (MAX_FILE_BYTES - len(data)))
    assert path.stat().st_size == MAX_FILE_BYTES

    status, _output = verify(path)

    assert status == 0


# --- tampering --------------------------------------------------------------------------------


def test_a_changed_name_fails_the_signature_only(tmp_path):
    credential = copy.deepcopy(issue().credential)
    credential["credentialSubject"]["achievement"]["name"] = "Advanced training data"

    status, output = verify(write_json(tmp_path, credential))

    assert status == 1
    assert line_of(output, "signature").startswith("✗ signature: signature_invalid — ")
    assert marks(output) == {**dict.fromkeys(JSON_CHECKS, "✓"), "signature": "✗"}
    assert lines(output)[-1] == "Verdict: NOT valid — failed: signature."


def test_a_pdf_with_a_changed_attachment_is_reported(tmp_path, certificate_with_pdf):
    credential = copy.deepcopy(certificate_with_pdf.credential)
    credential["name"] = "Advanced training data"
    tampered = json.dumps(credential, ensure_ascii=False, indent=2).encode()
    path = tmp_path / "certificate.pdf"
    path.write_bytes(with_attachment(pdf_bytes(certificate_with_pdf), tampered))
    assert attachment_of(path.read_bytes()) == tampered  # the copy really carries the change

    status, output = verify(path)

    assert status == 1
    assert line_of(output, "PDF attachment").startswith("✗ PDF attachment: replaced — ")
    assert certificate_with_pdf.code in line_of(output, "PDF attachment")
    assert marks(output)["signature"] == "✗"


def test_a_pdf_carrying_another_genuine_credential_is_reported(tmp_path, certificate_with_pdf):
    """Every other check passes: the other credential is genuine, it is just not this PDF's."""
    other = issue(name="Grace Hopper", email="grace@example.org")
    path = tmp_path / "certificate.pdf"
    path.write_bytes(with_attachment(pdf_bytes(certificate_with_pdf), credential_bytes(other)))

    status, output = verify(path)

    assert status == 1
    assert marks(output) == {**dict.fromkeys(PDF_CHECKS, "✓"), "PDF attachment": "✗"}
    line = line_of(output, "PDF attachment")
    assert line.startswith("✗ PDF attachment: other_certificate — ")
    assert certificate_with_pdf.code in line and other.code in line


def test_a_pdf_whose_attachment_was_only_reformatted_still_passes(tmp_path, certificate_with_pdf):
    compact = json.dumps(certificate_with_pdf.credential, separators=(",", ":")).encode()
    path = tmp_path / "certificate.pdf"
    path.write_bytes(with_attachment(pdf_bytes(certificate_with_pdf), compact))

    status, output = verify(path)

    assert status == 0
    assert "formatted differently" in line_of(output, "PDF attachment")


def test_duplicate_keys_fail_the_json_check(tmp_path):
    text = credential_bytes(issue()).decode()
    path = tmp_path / "credential.json"
    path.write_text(text.replace('"name":', '"name": "Something else", "name":', 1))

    status, output = verify(path)

    assert status == 1
    assert line_of(output, "JSON").startswith("✗ JSON: duplicate_keys — ")
    assert "'name'" in line_of(output, "JSON")


# --- status and dates -------------------------------------------------------------------------


def test_a_revoked_certificate_fails_with_its_reason(tmp_path):
    certificate = issue()
    certificate_revoke(certificate=certificate, reason="Issued to the wrong person")

    status, output = verify(write_json(tmp_path, certificate.credential))

    assert status == 1
    status_line = line_of(output, "status")
    assert status_line.startswith("✗ status: revoked — ")
    assert "Reason: Issued to the wrong person" in status_line
    revocation = line_of(output, "revocation list")
    assert revocation.startswith("✗ revocation list: revoked — ")
    assert f"bit {certificate.status_index} " in revocation
    assert marks(output)["signature"] == "✓"  # the credential itself is intact


def test_the_revocation_bit_is_checked_even_if_the_record_says_valid(tmp_path, monkeypatch):
    """The status list and the record are separate checks: either one fails the verdict."""
    certificate = issue()
    monkeypatch.setattr(
        "certificates.selectors.revoked_status_indexes", lambda: [certificate.status_index]
    )

    status, output = verify(write_json(tmp_path, certificate.credential))

    assert status == 1
    assert marks(output)["status"] == "✓"
    assert marks(output)["revocation list"] == "✗"


def test_a_superseded_certificate_names_its_replacement(tmp_path):
    old = issue(name="Ada Lovelce")
    new = certificate_reissue(certificate=old, recipient_name="Ada Lovelace", email="ada@x.org")

    status, output = verify(write_json(tmp_path, old.credential))

    assert status == 1
    status_line = line_of(output, "status")
    assert status_line.startswith("✗ status: superseded — ")
    assert new.code in status_line


def test_an_expired_certificate_fails_status_and_dates(tmp_path):
    now = timezone.now()
    certificate = issue(now=now - timedelta(days=400), valid_until=now - timedelta(days=35))

    status, output = verify(write_json(tmp_path, certificate.credential))

    assert status == 1
    assert line_of(output, "status").startswith("✗ status: expired — ")
    assert line_of(output, "dates").startswith("✗ dates: expired — ")
    assert marks(output)["signature"] == "✓"


def test_a_certificate_not_valid_yet_fails_the_dates(tmp_path):
    certificate = issue(now=timezone.now() + timedelta(days=2))

    status, output = verify(write_json(tmp_path, certificate.credential))

    assert status == 1
    assert line_of(output, "dates").startswith("✗ dates: not_yet_valid — ")


def test_a_certificate_valid_until_a_future_date_passes(tmp_path):
    certificate = issue(valid_until=timezone.now() + timedelta(days=30))

    status, output = verify(write_json(tmp_path, certificate.credential))

    assert status == 0
    assert "until" in line_of(output, "dates")


def test_a_credential_from_another_issuer_is_unknown_here(tmp_path):
    certificate = issue()
    document = {k: v for k, v in certificate.credential.items() if k != "proof"}
    other_issuer = "https://badges.example.net/issuer"
    document["id"] = "https://badges.example.net/verify/7KQ2-M9XD-4HTP-W3RA/credential.json"
    document["issuer"] = {**document["issuer"], "id": other_issuer}
    key = private_key_generate()
    signed = credential_sign(
        document,
        private_key=key,
        verification_method=f"{other_issuer}#{public_key_to_multikey(key.public_key())}",
        created=timezone.now(),
    )

    status, output = verify(write_json(tmp_path, signed))

    assert status == 1
    assert line_of(output, "signature").startswith("✗ signature: verification_method_unknown — ")
    assert line_of(output, "status").startswith("✗ status: unknown — ")
    assert marks(output)["schema"] == "✓"


# --- unreadable input -------------------------------------------------------------------------


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        verify(tmp_path / "nowhere.json")


def test_a_directory_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="is a directory"):
        verify(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, world", b"{'single': 'quotes'}", b'{"a": NaN}', b"\xff\xfe{}", b"[" * 100_000],
    ids=["empty", "text", "python-dict", "nan", "not-utf8", "deeply-nested"],
)
def test_a_file_that_is_not_json_is_a_clear_error(tmp_path, content):
    path = tmp_path / "credential.json"
    path.write_bytes(content)

    with pytest.raises(CommandError, match="is not JSON"):
        verify(path)


def test_a_file_over_20_mb_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(21 * 1000 * 1000)

    with pytest.raises(CommandError, match="bigger than 20 MB"):
        verify(path)


def test_a_pdf_without_a_credential_is_a_clear_error(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_attachment("notes.txt", b"not a credential")
    path = tmp_path / "other.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    with pytest.raises(CommandError, match="without a credential"):
        verify(path)


def test_a_damaged_pdf_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)

    with pytest.raises(CommandError, match="is not a readable PDF"):
        verify(path)


def test_a_pdf_whose_attachment_is_not_json_is_a_clear_error(tmp_path, certificate_with_pdf):
    path = tmp_path / "certificate.pdf"
    path.write_bytes(with_attachment(pdf_bytes(certificate_with_pdf), b"<html>nope</html>"))

    with pytest.raises(CommandError, match=r"the embedded credential\.json is not JSON"):
        verify(path)


def test_a_pdf_with_two_credentials_is_a_clear_error(tmp_path, certificate_with_pdf):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(certificate_with_pdf))))
    writer.add_attachment("credential.json", credential_bytes(issue(email="eve@example.org")))
    path = tmp_path / "certificate.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    with pytest.raises(CommandError, match="2 attachments named credential"):
        verify(path)


def test_without_pypdf_a_pdf_is_a_clear_error(tmp_path, certificate_with_pdf, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)  # import pypdf now raises ImportError
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf_bytes(certificate_with_pdf))

    with pytest.raises(CommandError, match="needs the pypdf package"):
        verify(path)


def test_a_credential_of_the_wrong_shape_fails_every_check_without_a_traceback(tmp_path):
    path = tmp_path / "list.json"
    path.write_text('["not", "a", "credential"]')

    status, output = verify(path)

    assert status == 1
    assert marks(output) == dict.fromkeys(JSON_CHECKS, "✗")


def test_terminal_control_sequences_in_the_input_are_not_printed_raw(tmp_path):
    credential = copy.deepcopy(issue().credential)
    credential["validFrom"] = "\x1b[2J\x1b[32mlooks fine"

    status, output = verify(write_json(tmp_path, credential))

    assert status == 1
    assert "\x1b" not in output
    assert "\\x1b" in line_of(output, "dates")


# --- --json -----------------------------------------------------------------------------------


def test_json_output_parses_and_carries_every_check(tmp_path, certificate_with_pdf):
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf_bytes(certificate_with_pdf))

    status, output = verify(path, "--json")

    report = json.loads(output)
    assert status == 0
    assert report["valid"] is True
    assert report["format"] == "pdf"
    assert report["certificate"] == certificate_with_pdf.code
    assert [check["name"] for check in report["checks"]] == [
        "json",
        "schema",
        "signature",
        "status",
        "revocation_list",
        "dates",
        "pdf_attachment",
    ]
    assert all(check["passed"] for check in report["checks"])
    signature = next(check for check in report["checks"] if check["name"] == "signature")
    assert signature["code"] == "verified"


def test_json_output_of_a_failure_parses_and_exits_1(tmp_path):
    certificate = issue()
    certificate_revoke(certificate=certificate, reason="Wrong course")

    status, output = verify(write_json(tmp_path, certificate.credential), "--json")

    report = json.loads(output)
    assert status == 1
    assert report["valid"] is False
    assert report["format"] == "json"
    failed = {check["name"]: check["code"] for check in report["checks"] if not check["passed"]}
    assert failed == {"status": "revoked", "revocation_list": "revoked"}


def test_help_describes_the_file_and_the_json_option(capsys):
    with pytest.raises(SystemExit) as exit_:
        call_command("certificate_verify", "--help")
    assert exit_.value.code == 0
    help_text = capsys.readouterr().out
    assert "certificate PDF" in help_text
    assert "--json" in help_text
