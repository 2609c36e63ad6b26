"""manage.py certificate_verify FILE [--json]: check a credential file or a certificate PDF.

Each check is reported on its own line (✓ or ✗), then a verdict; the exit status is 0 only
when every check passes. A PDF is recognised by its `%PDF-` header and checked through the
`credential.json` it embeds, which must also equal the credential this server issued for the
certificate the PDF names. Reading PDFs needs pypdf: neither the standard library nor pydyf
(WeasyPrint's PDF writer, which cannot read PDFs) can parse one.
"""

import io
import json
import os
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates import credentials, selectors
from certificates.models import Certificate, normalise_code
from certificates.openbadges.proof import credential_verify
from certificates.openbadges.schema import credential_schema_errors

MAX_FILE_BYTES = 20 * 1024 * 1024
PDF_HEADER = b"%PDF-"
ATTACHMENT_NAME = "credential.json"
# Longest detail printed for one check: schema messages can quote whole values.
MAX_DETAIL_CHARS = 400
SCHEMA_ERRORS_SHOWN = 3

_CREDENTIAL_ID = re.compile(r".*/verify/([^/]{1,64})/credential\.json")
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)


@dataclass(frozen=True)
class Check:
    """One check's outcome: `name` and `code` are stable, `label` and `detail` for people."""

    name: str
    label: str
    passed: bool
    code: str
    detail: str


@dataclass(frozen=True)
class Source:
    """What the file held: the credential's bytes and, for a PDF, the code it is printed with."""

    kind: str  # "json" or "pdf"
    credential_bytes: bytes
    pdf_code: str | None = None


def _printable(text):
    """`text` safe for a terminal, on one line: control characters escaped, length capped."""
    text = "".join(
        char
        if unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
        else repr(char)[1:-1]
        for char in str(text)
    )
    return text if len(text) <= MAX_DETAIL_CHARS else text[: MAX_DETAIL_CHARS - 1] + "…"


def _date(moment):
    return moment.astimezone(timezone.get_default_timezone()).date().isoformat()


class Command(BaseCommand):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set here, not on the class: argparse cannot format lazy strings.
        self.help = _(
            "Check a certificate's signed Open Badges credential, given as its JSON file or as "
            "the certificate PDF that embeds it: JSON, schema, signature, status, revocation "
            "list, dates and, for a PDF, the embedded credential. Exit status 0 only if every "
            "check passes."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help=_("A credential JSON file or a certificate PDF (at most 20 MB).")
        )
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help=_("Print the results as JSON."),
        )

    def handle(self, *args, file, as_json=False, **options):
        source = _source(Path(file))
        credential, duplicates = _parse_json(file, source)
        certificate = _certificate_named_by(credential)
        checks = [
            _check_json(credential, duplicates),
            _check_schema(credential),
            _check_signature(credential),
            _check_status(credential, certificate),
            _check_revocation_list(credential, certificate),
            _check_dates(credential),
        ]
        if source.kind == "pdf":
            checks.append(_check_pdf_attachment(source, credential, certificate))
        passed = all(check.passed for check in checks)
        if as_json:
            self._write_json(file, source, certificate, checks, passed)
        else:
            self._write_lines(checks, passed)
        if not passed:
            sys.exit(1)

    def _write_lines(self, checks, passed):
        for check in checks:
            if check.passed:
                self.stdout.write(f"✓ {check.label}: {_printable(check.detail)}")
            else:
                self.stdout.write(f"✗ {check.label}: {check.code} — {_printable(check.detail)}")
        if passed:
            self.stdout.write(self.style.SUCCESS(_("Verdict: valid — every check passed.")))
        else:
            failed = ", ".join(check.label for check in checks if not check.passed)
            self.stdout.write(
                self.style.ERROR(_("Verdict: NOT valid — failed: %(failed)s.") % {"failed": failed})
            )

    def _write_json(self, file, source, certificate, checks, passed):
        report = {
            "file": str(file),
            "format": source.kind,
            "certificate": certificate.code if certificate else None,
            "valid": passed,
            "checks": [asdict(check) for check in checks],
        }
        self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))


# --- reading the file -------------------------------------------------------------------------


def _source(path):
    data = _read(path)
    if data.startswith(PDF_HEADER):
        credential_bytes, pdf_code = _pdf_credential(path, data)
        return Source("pdf", credential_bytes, pdf_code)
    return Source("json", data)


def _read(path):
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_big(path)
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CommandError(_("%(path)s: no such file.") % {"path": path}) from None
    except IsADirectoryError:
        raise CommandError(_("%(path)s is a directory, not a file.") % {"path": path}) from None
    except OSError as error:
        raise CommandError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error.strerror or error}
        ) from None
    if len(data) > MAX_FILE_BYTES:  # it grew while we looked, or is not a regular file
        raise _too_big(path)
    return data


def _too_big(path):
    return CommandError(
        _(
            "%(path)s is bigger than %(limit)s MB: a credential or a certificate PDF is far "
            "smaller, so it is not checked."
        )
        % {"path": path, "limit": MAX_FILE_BYTES // (1024 * 1024)}
    )


def _pdf_credential(path, data):
    """The bytes of the PDF's one `credential.json` attachment and the code in its keywords."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise CommandError(
            _(
                "%(path)s is a PDF; reading PDFs needs the pypdf package (pip install pypdf). "
                "Or check the certificate's credential.json instead."
            )
            % {"path": path}
        ) from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        found = reader.attachments.get(ATTACHMENT_NAME) or []
        keywords = (reader.metadata or {}).get("/Keywords")
    except Exception as error:  # pypdf raises many kinds on a damaged or hostile file
        raise CommandError(
            _("%(path)s is not a readable PDF: %(error)s")
            % {"path": path, "error": _printable(error)}
        ) from None
    if not found:
        raise CommandError(
            _("%(path)s is a PDF without a credential: it has no %(name)s attachment.")
            % {"path": path, "name": ATTACHMENT_NAME}
        )
    if len(found) > 1:
        raise CommandError(
            _(
                "%(path)s has %(count)s attachments named %(name)s; a certificate PDF has one, "
                "so it is not clear which one to check."
            )
            % {"path": path, "count": len(found), "name": ATTACHMENT_NAME}
        )
    if len(found[0]) > MAX_FILE_BYTES:
        raise _too_big(f"{path} ({ATTACHMENT_NAME})")
    return bytes(found[0]), _code_in_keywords(keywords)


def _code_in_keywords(keywords):
    """The certificate code among the PDF's keywords (the PDF writer puts it there)."""
    if not isinstance(keywords, str):
        return None
    for keyword in keywords.split(",")[:20]:
        code = normalise_code(keyword.strip())
        if code is not None:
            return code
    return None


def _parse_json(path, source):
    """(credential, duplicate keys): standard JSON in UTF-8, else CommandError."""
    duplicates = []

    def pairs(items):
        result = {}
        for key, value in items:
            if key in result:
                duplicates.append(key)
            result[key] = value
        return result

    def constant(name):
        raise ValueError(f"{name} is not a JSON value")

    try:
        text = source.credential_bytes.decode("utf-8-sig")
        credential = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except (ValueError, RecursionError) as error:
        reason = _printable(_("nested too deeply") if isinstance(error, RecursionError) else error)
        if source.kind == "pdf":
            message = _("%(path)s: the embedded %(name)s is not JSON: %(reason)s")
        else:
            message = _("%(path)s is not JSON: %(reason)s")
        raise CommandError(
            message % {"path": path, "name": ATTACHMENT_NAME, "reason": reason}
        ) from None
    return credential, duplicates


# --- the checks ---------------------------------------------------------------------------------


def _check_json(credential, duplicates):
    label = _("JSON")
    if not isinstance(credential, dict):
        return Check("json", label, False, "not_an_object", _("a credential is a JSON object"))
    if duplicates:
        keys = ", ".join(sorted({repr(key) for key in duplicates}))
        return Check(
            "json",
            label,
            False,
            "duplicate_keys",
            _("keys given twice (readers may disagree on which value counts): %(keys)s")
            % {"keys": keys},
        )
    return Check("json", label, True, "well_formed", _("well-formed"))


def _check_schema(credential):
    label = _("schema")
    try:
        errors = credential_schema_errors(credential)
    except RecursionError:
        errors = [_("the document is nested too deeply")]
    if not errors:
        return Check("schema", label, True, "valid", _("passes the Open Badges 3.0 JSON Schema"))
    shown = "; ".join(errors[:SCHEMA_ERRORS_SHOWN])
    return Check(
        "schema",
        label,
        False,
        "invalid",
        _("%(count)s problem(s): %(errors)s") % {"count": len(errors), "errors": shown},
    )


def _check_signature(credential):
    label = _("signature")
    result = credential_verify(
        credential, public_key_resolver=credentials.resolve_verification_method
    )
    if result.valid:
        return Check("signature", label, True, result.code, _("verified"))
    return Check("signature", label, False, result.code, result.message)


def _code_of_credential_id(credential_id):
    if not isinstance(credential_id, str):
        return None
    match = _CREDENTIAL_ID.fullmatch(credential_id[:1000])
    return normalise_code(match.group(1)) if match else None


def _certificate_named_by(credential):
    """The certificate whose credential URL is exactly this credential's `id`, or None."""
    if not isinstance(credential, dict):
        return None
    code = _code_of_credential_id(credential.get("id"))
    if code is None:
        return None
    certificate = selectors.certificate_by_code(code)
    if certificate is None or credentials.credential_url(certificate) != credential.get("id"):
        return None
    return certificate


def _check_status(credential, certificate):
    label = _("status")
    if certificate is None:
        credential_id = credential.get("id") if isinstance(credential, dict) else None
        return Check(
            "status",
            label,
            False,
            "unknown",
            _("unknown to this issuer: no certificate here has the id %(id)s")
            % {"id": repr(credential_id)},
        )
    status = certificate.display_status
    if status == "expired":
        return Check(
            "status",
            label,
            False,
            "expired",
            _("certificate %(code)s expired on %(date)s")
            % {"code": certificate.code, "date": _date(certificate.valid_until)},
        )
    if status == Certificate.Status.REVOKED:
        return Check(
            "status",
            label,
            False,
            "revoked",
            _("certificate %(code)s was revoked on %(date)s. Reason: %(reason)s")
            % {
                "code": certificate.code,
                "date": _date(certificate.revoked_at) if certificate.revoked_at else "?",
                "reason": certificate.revocation_reason or _("none given"),
            },
        )
    if status == Certificate.Status.SUPERSEDED:
        replacement = certificate.superseded_by
        return Check(
            "status",
            label,
            False,
            "superseded",
            _("certificate %(code)s was replaced by a corrected certificate, %(new)s")
            % {"code": certificate.code, "new": replacement.code if replacement else "?"},
        )
    detail = _("certificate %(code)s is valid, issued on %(date)s") % {
        "code": certificate.code,
        "date": _date(certificate.issued_at),
    }
    if certificate.recipient_erased_at is not None:
        detail += _(" (the recipient's details were removed at their request)")
    return Check("status", label, True, "valid", detail)


def _check_revocation_list(credential, certificate):
    label = _("revocation list")
    entry = credential.get("credentialStatus") if isinstance(credential, dict) else None
    if not isinstance(entry, dict):
        return Check(
            "revocation_list",
            label,
            False,
            "no_status_entry",
            _("the credential has no credentialStatus entry to check"),
        )
    if (
        entry.get("statusPurpose") != "revocation"
        or entry.get("statusListCredential") != credentials.status_list_url()
    ):
        return Check(
            "revocation_list",
            label,
            False,
            "unknown_list",
            _("the credential points to a status list this issuer does not publish: %(list)s")
            % {"list": repr(entry.get("statusListCredential"))},
        )
    index = entry.get("statusListIndex")
    if not isinstance(index, str) or not index.isascii() or not index.isdigit() or len(index) > 18:
        return Check(
            "revocation_list",
            label,
            False,
            "index_invalid",
            _("statusListIndex must be a number written as a string, not %(index)s")
            % {"index": repr(index)},
        )
    index = int(index)
    if certificate is not None and certificate.status_index != index:
        return Check(
            "revocation_list",
            label,
            False,
            "index_mismatch",
            _("statusListIndex %(index)s is not certificate %(code)s's index")
            % {"index": index, "code": certificate.code},
        )
    encoded = credentials.revocation_bitstring(selectors.revoked_status_indexes())
    if credentials.revoked_in(encoded, index):
        return Check(
            "revocation_list",
            label,
            False,
            "revoked",
            _("bit %(index)s of the revocation list is set: the credential is revoked")
            % {"index": index},
        )
    return Check(
        "revocation_list",
        label,
        True,
        "not_revoked",
        _("bit %(index)s of the revocation list is clear") % {"index": index},
    )


def _date_time(value):
    """An RFC 3339 date-time with its offset, or None."""
    if not isinstance(value, str) or not _DATE_TIME.fullmatch(value):
        return None
    try:
        return datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return None


def _check_dates(credential):
    label = _("dates")
    credential = credential if isinstance(credential, dict) else {}
    now = timezone.now()
    valid_from = _date_time(credential.get("validFrom"))
    if valid_from is None:
        return Check(
            "dates",
            label,
            False,
            "malformed",
            _("validFrom is missing or not a date-time: %(value)s")
            % {"value": repr(credential.get("validFrom"))},
        )
    if valid_from > now:
        return Check(
            "dates",
            label,
            False,
            "not_yet_valid",
            _("not valid before %(from)s") % {"from": credential["validFrom"]},
        )
    if "validUntil" not in credential:
        return Check(
            "dates",
            label,
            True,
            "current",
            _("valid from %(from)s, with no end date") % {"from": credential["validFrom"]},
        )
    valid_until = _date_time(credential["validUntil"])
    if valid_until is None:
        return Check(
            "dates",
            label,
            False,
            "malformed",
            _("validUntil is not a date-time: %(value)s")
            % {"value": repr(credential["validUntil"])},
        )
    if valid_until <= now:
        return Check(
            "dates",
            label,
            False,
            "expired",
            _("valid until %(until)s, which has passed") % {"until": credential["validUntil"]},
        )
    return Check(
        "dates",
        label,
        True,
        "current",
        _("valid from %(from)s until %(until)s")
        % {"from": credential["validFrom"], "until": credential["validUntil"]},
    )


def _check_pdf_attachment(source, credential, certificate):
    from certificates.rendering import credential_bytes

    label = _("PDF attachment")
    named = certificate.code if certificate is not None else None
    code = source.pdf_code or named
    if source.pdf_code and source.pdf_code != named:
        # The PDF is one certificate, its attachment another's (or nobody's) credential.
        certificate = selectors.certificate_by_code(source.pdf_code)
        if certificate is None or certificate.code != source.pdf_code:
            certificate = None
    if certificate is None:
        return Check(
            "pdf_attachment",
            label,
            False,
            "unknown",
            _("this server has no certificate %(code)s to compare the attachment with")
            % {"code": code or "?"},
        )
    if certificate.credential and source.credential_bytes == credential_bytes(certificate):
        return Check(
            "pdf_attachment",
            label,
            True,
            "identical",
            _("identical to the credential this server issued for %(code)s")
            % {"code": certificate.code},
        )
    if certificate.credential and credential == certificate.credential:
        return Check(
            "pdf_attachment",
            label,
            True,
            "equivalent",
            _("the same credential this server issued for %(code)s, formatted differently")
            % {"code": certificate.code},
        )
    if named is not None and named != certificate.code:
        return Check(
            "pdf_attachment",
            label,
            False,
            "other_certificate",
            _(
                "this PDF is certificate %(code)s, but its attachment is the credential of "
                "certificate %(other)s: the attachment was replaced"
            )
            % {"code": certificate.code, "other": named},
        )
    return Check(
        "pdf_attachment",
        label,
        False,
        "replaced",
        _(
            "the attachment differs from the credential this server issued for %(code)s: it "
            "was replaced or changed"
        )
        % {"code": certificate.code},
    )
