"""Certificate PDFs: PDF/A-3b, tagged, each with its own signed credential embedded.

`certificate_pdf_render` makes one file; `certificate_pdfs_render_bulk` makes many: WeasyPrint
lays a batch out as one HTML document (one template render, one parse, a shared image cache),
then each certificate's pages are written as a PDF of its own, with its own metadata and
attachment; batches go to one worker process per CPU. The one-file function is a batch of one,
so both give the same bytes for the same content.

Where the time goes (bench/certificates.py): per page, WeasyPrint's layout, painting (the QR
SVG path alone is ~8 ms) and PDF writing (font subsets, tags) dominate, and a shared document
saves almost none of it, so bulk gains about the number of CPUs, not more.

WeasyPrint only loads what `CertificateURLFetcher` serves: the project's static and media
files and data: URIs. It never opens a socket.
"""

import base64
import binascii
import mimetypes
import multiprocessing
import os
import re
import threading
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path, PurePosixPath
from typing import Literal
from urllib.parse import unquote, unquote_to_bytes, urlsplit

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils.translation import gettext, override
from weasyprint import CSS, HTML, Attachment
from weasyprint.document import Document, DocumentMetadata
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

TEMPLATE = "certificates/pdf/default.html"
STYLESHEET = "certificates/pdf.css"

# Relative URLs in the template ("/static/...", "/media/...") must reach the fetcher as they
# are: urljoin leaves them alone under a scheme it does not know, and this one resolves nowhere.
BASE_URL = "lms-certificate:"

PDF_OPTIONS = {"pdf_variant": "pdf/a-3b", "pdf_tags": True}
# Per WeasyPrint document: big enough to amortise the document setup, small enough that the
# laid-out pages of one batch stay a few tens of MB.
BATCH_SIZE = 100
# Below this many certificates per worker process, starting the processes costs more than it saves.
MIN_PER_WORKER = 8

PageSize = Literal["A4", "Letter"]
PAGE_SIZES = {"A4": "a4", "Letter": "letter"}

HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
RTL_LANGUAGES = {"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"}

# Longest text shown per field; the credential keeps the full values. Together with the
# name's font steps below this keeps every certificate on one page.
MAX_CHARS = {
    "recipient_name": 160,
    "achievement_name": 120,
    "achievement_description": 360,
    "evidence_summary": 160,
    "wording": 120,
    "issuer_name": 80,
    "partner_name": 80,
    "signatory_name": 80,
    "signatory_title": 100,
}
# (display width up to, CSS modifier): CJK characters count double.
NAME_SIZES = ((26, "xl"), (40, "l"), (60, "m"), (90, "s"))


@dataclass(frozen=True, kw_only=True)
class CertificateContent:
    """What one certificate shows and carries; the issuing service maps its models onto it.

    Images (issuer_logo, partner_logo, signature_image) are URLs of the project's own files,
    as `static()` or a file field's `.url` gives them ("/static/...", "/media/..."). The
    logos are decoration next to the names they stand for; the signature gets a text
    alternative.
    """

    recipient_name: str
    achievement_name: str
    issued_on: date
    issuer_name: str
    code: str
    verify_url: str
    credential_json: bytes
    achievement_description: str = ""
    valid_until: date | None = None
    issuer_logo: str = ""
    partner_name: str = ""
    partner_logo: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    signature_image: str = ""
    wording: str = ""
    evidence_summary: str = ""
    language: str = "en"
    page_size: PageSize = "A4"
    primary_colour: str = "#1f3a5f"
    accent_colour: str = "#9c7a3c"
    title: str = ""

    def __post_init__(self):
        """Refuse values that would break the page or its stylesheet."""
        for name in ("recipient_name", "achievement_name", "issuer_name", "code", "verify_url"):
            if not getattr(self, name).strip():
                raise ValueError(f"CertificateContent.{name} is required")
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page_size must be one of {sorted(PAGE_SIZES)}")
        for name in ("primary_colour", "accent_colour"):
            if not HEX_COLOUR.fullmatch(getattr(self, name)):
                raise ValueError(f"{name} must be a hex colour like #1f3a5f")
        if not LANGUAGE_TAG.fullmatch(self.language):
            raise ValueError("language must be a BCP 47 tag like en, ar or zh-Hant")
        if urlsplit(self.verify_url).scheme not in ("http", "https"):
            raise ValueError("verify_url must be an http(s) URL")
        if not isinstance(self.credential_json, bytes):
            raise TypeError("credential_json must be bytes")
        if self.partner_logo and not self.partner_name:
            # The logo is decoration; its name is what readers and screen readers get.
            raise ValueError("partner_logo needs partner_name")


def certificate_pdf_render(content: CertificateContent) -> bytes:
    """One certificate as a PDF/A-3b file with its credential embedded."""
    return _batch_render([content])[0]


def certificate_pdfs_render_bulk(
    contents: Sequence[CertificateContent], *, workers: int | None = None
) -> list[bytes]:
    """Each certificate as its own PDF/A-3b file, in order; the same files as one by one.

    `workers` processes share the work (default: one per CPU when there is enough of it).
    """
    contents = list(contents)
    if workers is None:
        workers = min(os.cpu_count() or 1, len(contents) // MIN_PER_WORKER)
    if workers <= 1:
        return _serial_render(contents)
    # Batches small enough that every worker gets several, so none waits long for the last.
    size = max(1, min(BATCH_SIZE, -(-len(contents) // (workers * 4))))
    batches = [contents[start : start + size] for start in range(0, len(contents), size)]
    # Forked workers start at once with this process's settings, templates and fonts loaded;
    # bulk issuing runs in the single-threaded task worker, where forking is safe.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return [pdf for batch in pool.map(_batch_render, batches) for pdf in batch]


def _serial_render(contents: Sequence[CertificateContent]) -> list[bytes]:
    """The certificates rendered in this process, a batch at a time."""
    pdfs = []
    for start in range(0, len(contents), BATCH_SIZE):
        pdfs.extend(_batch_render(contents[start : start + BATCH_SIZE]))
    return pdfs


def _batch_render(contents: Sequence[CertificateContent]) -> list[bytes]:
    """Lay the batch out as one document, then write each certificate's pages as a file."""
    fetcher = CertificateURLFetcher()
    font_config, stylesheet = _weasyprint_setup()
    document = HTML(string=_html(contents), base_url=BASE_URL, url_fetcher=fetcher).render(
        font_config=font_config,
        stylesheets=[stylesheet],
        # Logos and signatures repeat across a batch: decode each once.
        cache={},
        **PDF_OPTIONS,
    )
    return [
        Document(
            pages, _metadata(content, fetcher), fetcher, font_config, document.color_profiles
        ).write_pdf(finisher=_drop_destinations, **PDF_OPTIONS)
        for content, pages in zip(
            contents, _pages_by_certificate(document, len(contents)), strict=True
        )
    ]


def _html(contents: Sequence[CertificateContent]) -> str:
    """The HTML of a batch: one section, and so one page or more, per certificate."""
    return render_to_string(
        TEMPLATE,
        {
            "certificates": [_view(content) for content in contents],
            "document_language": contents[0].language,
        },
    )


def _drop_destinations(document, pdf):
    """Drop the named destinations of the section ids: they number the batch, not the file."""
    names = pdf.catalog.get("Names")
    if names is not None:
        names.pop("Dests", None)


def _pages_by_certificate(document, count):
    """The pages of each certificate, found by the anchor each one starts with."""
    groups = []
    for page in document.pages:
        if any(anchor.startswith("certificate-") for anchor in page.anchors) or not groups:
            groups.append([])
        groups[-1].append(page)
    if len(groups) != count:
        raise RuntimeError(f"laid out {len(groups)} certificates for {count}")
    return groups


_thread = threading.local()


def _weasyprint_setup():
    """This thread's font configuration and parsed stylesheet, made once (neither is thread-safe)."""
    if not hasattr(_thread, "stylesheet"):
        _thread.font_config = FontConfiguration()
        _thread.stylesheet = CSS(
            url=settings.STATIC_URL + STYLESHEET,
            url_fetcher=CertificateURLFetcher(),
            font_config=_thread.font_config,
        )
    return _thread.font_config, _thread.stylesheet


def _metadata(content: CertificateContent, fetcher) -> DocumentMetadata:
    """This certificate's own PDF metadata and credential attachment."""
    issued = content.issued_on.isoformat()
    media_type = (
        "application/ld+json" if b'"@context"' in content.credential_json else "application/json"
    )
    credential = Attachment(
        url=f"data:{media_type};base64,{base64.b64encode(content.credential_json).decode()}",
        url_fetcher=fetcher,
        name="credential.json",
        description=gettext("Signed credential for certificate %(code)s") % {"code": content.code},
        # Dates from the content, not the clock, so the same content gives the same bytes.
        created=_midnight(content.issued_on),
        modified=_midnight(content.issued_on),
        # The credential is what this printable certificate is made from.
        relationship="Source",
    )
    return DocumentMetadata(
        title=_title(content),
        authors=[content.issuer_name],
        description=content.achievement_name,
        keywords=[content.code],
        created=issued,
        modified=issued,
        lang=content.language,
        attachments=[credential],
    )


def _midnight(day: date) -> datetime:
    """Midnight UTC at the start of `day`."""
    return datetime.combine(day, time(), tzinfo=UTC)


def _title(content: CertificateContent) -> str:
    """The PDF title: the one given, or achievement and recipient."""
    if content.title:
        return content.title
    with override(content.language):
        return gettext("%(achievement)s — %(recipient)s") % {
            "achievement": content.achievement_name,
            "recipient": content.recipient_name,
        }


def _view(content: CertificateContent) -> dict:
    """What the template shows for one certificate: cut to size, with directions and languages."""
    text = {name: _shorten(getattr(content, name), limit) for name, limit in MAX_CHARS.items()}
    name = text["recipient_name"]
    language = content.language
    return {
        **text,
        "language": language,
        "dir": "rtl" if language.split("-")[0].lower() in RTL_LANGUAGES else "ltr",
        "page": PAGE_SIZES[content.page_size],
        "colours": f"--primary: {content.primary_colour}; --accent: {content.accent_colour}",
        "name_dir": _direction(name),
        "name_lang": _cjk_language(name, language),
        "name_size": _name_size(name),
        "achievement_size": "long" if len(text["achievement_name"]) > 60 else "",
        "issued_on": content.issued_on,
        "valid_until": content.valid_until,
        "issuer_logo": _css_url(content.issuer_logo),
        "partner_logo": _css_url(content.partner_logo),
        "signature_image": content.signature_image,
        "code": content.code,
        "verify_url": content.verify_url,
        # Break a long address after its last slash, not wherever a hyphen falls.
        "verify_url_head": content.verify_url.rpartition("/")[0] + "/",
        "verify_url_tail": content.verify_url.rpartition("/")[2],
        "qr": _qr_data_uri(content.verify_url),
    }


def _shorten(value: str, limit: int) -> str:
    """Whitespace collapsed, cut at `limit` characters with an ellipsis, never mid-character."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    # Drop combining marks left without their base character.
    while cut and unicodedata.combining(cut[-1]):
        cut = cut[:-1]
    return cut.rstrip() + "…"


def _direction(text: str) -> str:
    """rtl or ltr by the first strong character, as dir=auto would (WeasyPrint lacks it)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _cjk_language(text: str, language: str) -> str:
    """The language that picks the right CJK glyph variants for a name, or "" to inherit."""
    has_han = False
    for char in text:
        point = ord(char)
        if 0x3040 <= point <= 0x30FF or 0x31F0 <= point <= 0x31FF:
            return "ja"
        if 0xAC00 <= point <= 0xD7A3 or 0x1100 <= point <= 0x11FF or 0x3130 <= point <= 0x318F:
            return "ko"
        has_han = has_han or 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF
    if not has_han:
        return ""
    # Han alone does not say which language: the certificate's if it is a CJK one.
    if language.split("-")[0].lower() in ("zh", "ja", "ko"):
        return language
    return "zh"


def _name_size(name: str) -> str:
    """The font step for a name, by its display width, so long names shrink before they wrap."""
    width = sum(
        2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in name
        if not unicodedata.combining(char)
    )
    for limit, size in NAME_SIZES:
        if width <= limit:
            return size
    return "xs"


def _css_url(url: str) -> str:
    """A CSS url() for a style attribute, every character that could end it escaped."""
    if not url:
        return ""
    escaped = "".join(
        char if char.isascii() and (char.isalnum() or char in "/._-~:%?=&") else f"\\{ord(char):x} "
        for char in url
    )
    return f'url("{escaped}")'


def _qr_data_uri(url: str) -> str:
    """The verification URL as a QR code, an SVG data: URI with its quiet zone."""
    return segno.make(url, error="m", micro=False).svg_data_uri(
        border=4, omitsize=True, dark="#000"
    )


class CertificateAssetRefused(ValueError):
    """A URL certificate PDFs may not load: only the project's static and media files are."""


# What a certificate can show: stylesheets, images and fonts, nothing a secret could hide in.
ALLOWED_TYPES = {
    "text/css",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/svg+xml",
    "font/ttf",
    "font/otf",
    "font/woff",
    "font/woff2",
}
DATA_TYPES = ALLOWED_TYPES | {"application/json", "application/ld+json"}
MAX_ASSET_BYTES = 8 * 1024 * 1024


class CertificateURLFetcher(URLFetcher):
    """WeasyPrint's only way out: serves static and media files and data: URIs, refuses all else.

    Nothing here opens a socket (no http, https, ftp or file handler is ever used), so there
    is no redirect to follow or refuse, and no host, the project's own included, is asked.
    """

    def __init__(self):
        # No protocols and no redirects, should the parent's opener ever be reached.
        super().__init__(allowed_protocols=(), allow_redirects=False)

    def fetch(self, url, headers=None):
        """The resource at `url` if it is a data: URI or a static or media file, else refuse."""
        if url[:5].lower() == "data:":
            media_type, body = _data_uri(url)
            return URLFetcherResponse(url, body, {"Content-Type": media_type})
        path = _asset_path(url)
        media_type = mimetypes.guess_type(path.name)[0] or ""
        if media_type not in ALLOWED_TYPES:
            raise CertificateAssetRefused(f"not an image, stylesheet or font: {url!r}")
        if path.stat().st_size > MAX_ASSET_BYTES:
            raise CertificateAssetRefused(f"larger than {MAX_ASSET_BYTES} bytes: {url!r}")
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": media_type})


def _data_uri(url: str) -> tuple[str, bytes]:
    """The media type and bytes of a data: URI of an allowed type."""
    header, comma, payload = url[5:].partition(",")
    if not comma:
        raise CertificateAssetRefused("malformed data: URI")
    parameters = header.split(";")
    is_base64 = parameters[-1].strip().lower() == "base64"
    media_type = parameters[0].strip().lower() or "text/plain"
    if media_type not in DATA_TYPES:
        raise CertificateAssetRefused(f"data: URI of type {media_type!r} not allowed")
    body = unquote_to_bytes(payload)
    if is_base64:
        try:
            body = base64.b64decode(body, validate=False)
        except binascii.Error as error:
            raise CertificateAssetRefused("malformed base64 in data: URI") from error
    if len(body) > MAX_ASSET_BYTES:
        raise CertificateAssetRefused(f"data: URI larger than {MAX_ASSET_BYTES} bytes")
    return media_type, body


def _asset_path(url: str) -> Path:
    """The file behind a STATIC_URL or MEDIA_URL address, refusing anything outside them."""
    address = url.split("#")[0].split("?")[0]
    for prefix, find in ((settings.STATIC_URL, _static_file), (settings.MEDIA_URL, _media_file)):
        if prefix and address.startswith(prefix):
            relative = _relative_path(unquote(address[len(prefix) :]), url)
            path = find(relative)
            if path is None or not path.is_file():
                raise CertificateAssetRefused(f"no such file: {url!r}")
            return path
    raise CertificateAssetRefused(
        f"only {settings.STATIC_URL} and {settings.MEDIA_URL} files and data: URIs "
        f"may be loaded, not {url!r}"
    )


def _relative_path(relative: str, url: str) -> str:
    """A clean relative path: no empty, '.' or '..' parts, no backslashes or NUL."""
    parts = relative.split("/")
    if "\\" in relative or "\x00" in relative or any(part in ("", ".", "..") for part in parts):
        raise CertificateAssetRefused(f"path not allowed: {url!r}")
    return str(PurePosixPath(*parts))


def _static_file(relative: str) -> Path | None:
    """A static file from the finders (development) or STATIC_ROOT (after collectstatic)."""
    found = finders.find(relative)
    if found:
        return Path(found)
    if settings.STATIC_ROOT:
        return _inside(Path(settings.STATIC_ROOT), relative)
    return None


def _media_file(relative: str) -> Path | None:
    """A file under MEDIA_ROOT."""
    return _inside(Path(settings.MEDIA_ROOT), relative)


def _inside(root: Path, relative: str) -> Path | None:
    """root/relative, unless symlinks lead it out of root."""
    root = root.resolve()
    path = (root / relative).resolve()
    return path if path.is_relative_to(root) else None
