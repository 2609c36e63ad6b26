"""Certificate PDFs (certificates/pdf.py): PDF/A-3b, tagged, the credential embedded, every
script's glyphs present, only the project's own files loaded, bulk the same as one by one."""

import io
import logging
import re
import shutil
import socket
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from certificates.pdf import (
    CertificateAssetRefused,
    CertificateContent,
    CertificateURLFetcher,
    certificate_pdf_render,
    certificate_pdfs_render_bulk,
)

FONTS_HINT = "Noto fonts missing: run `bash scripts/system-packages.sh fonts`"
NAMES = {
    "latin": "Zoë Ångström-Nuñez",
    "greek": "Αλέξανδρος Παπαδόπουλος",
    "cyrillic": "Анна Кузнецова-Щербакова",
    "arabic": "محمد عبد الله الفارسي",
    "hebrew": "דוד בן־גוריון",
    "devanagari": "अनन्या श्रीवास्तव",
    "chinese": "王小明",
    "japanese": "山田 さくら",
    "korean": "김민준",
}
# The CJK family each name should be set in: the right regional glyph variants.
CJK_VARIANTS = {"chinese": "CJK-SC", "japanese": "CJK-JP", "korean": "CJK-KR"}


def content(**changes):
    values = {
        "recipient_name": "Zoë Ångström-Nuñez",
        "achievement_name": "AI Literacy for Museum Educators",
        "achievement_description": "Six workshops on how machine-learning systems work and fail.",
        "issued_on": date(2025, 3, 14),
        "valid_until": date(2028, 3, 14),
        "issuer_name": "Riverside Museum of Art",
        "partner_name": "Northern Digital Culture Lab",
        "signatory_name": "Dr Amara Okafor",
        "signatory_title": "Director of Learning",
        "code": "7KQ2-M9XD-4HTP-W3RA",
        "verify_url": "https://lms.example.org/certificates/verify/7KQ2-M9XD-4HTP-W3RA",
        "credential_json": b'{"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:1"}',
        "evidence_summary": "Attended six workshops; final project reviewed.",
    }
    return CertificateContent(**{**values, **changes})


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    return reader(pdf).pages[0].extract_text()


def flat(value: str) -> str:
    """Text with line breaks and spaces removed, for values a line may wrap."""
    return re.sub(r"\s+", "", value)


def attachments(pdf: bytes) -> dict:
    return {name: data[0] for name, data in reader(pdf).attachments.items()}


def xmp(pdf: bytes) -> str:
    return reader(pdf).trailer["/Root"]["/Metadata"].get_object().get_data().decode()


@pytest.fixture(scope="module")
def bulk():
    contents = [
        content(),
        content(
            recipient_name="Анна Кузнецова",
            code="A1B2-C3D4-E5F6-G7H8",
            verify_url="https://lms.example.org/certificates/verify/A1B2-C3D4-E5F6-G7H8",
            credential_json=b'{"id": "urn:2", "name": "\xd0\x90\xd0\xbd\xd0\xbd\xd0\xb0"}',
            language="ar",
            issuer_name="متحف النهر",
            title="Certificate two",
        ),
        content(
            recipient_name="山田 さくら",
            code="ZZZZ-YYYY-XXXX-WWWW",
            verify_url="https://lms.example.org/certificates/verify/ZZZZ-YYYY-XXXX-WWWW",
            credential_json=b"{}" * 1500,
            language="ja",
            page_size="Letter",
        ),
    ]
    return contents, certificate_pdfs_render_bulk(contents)


def test_each_bulk_file_is_pdfa_3b_with_its_own_metadata_and_credential(bulk):
    contents, pdfs = bulk
    assert len(pdfs) == 3
    for item, pdf in zip(contents, pdfs, strict=True):
        metadata = xmp(pdf)
        assert re.search(r'pdfaid:part(="|>)3', metadata), metadata
        assert re.search(r'pdfaid:conformance(="|>)B', metadata), metadata
        document = reader(pdf)
        assert document.pdf_header == "%PDF-1.7"
        root = document.trailer["/Root"]
        assert root["/Lang"] == item.language
        assert document.metadata.title == (
            item.title or f"{item.achievement_name} — {item.recipient_name}"
        )
        assert item.recipient_name in metadata or item.title in metadata
        assert document.metadata.author == item.issuer_name
        assert "/OutputIntents" in root
        assert attachments(pdf) == {"credential.json": item.credential_json}
        filespec = root["/AF"][0].get_object()
        assert filespec["/AFRelationship"] == "/Source"
    # Certificate 2's file carries certificate 2's data, not certificate 1's.
    assert reader(pdfs[1]).metadata.title == "Certificate two"
    assert reader(pdfs[1]).trailer["/Root"]["/Lang"] == "ar"


def test_credential_media_type_follows_its_content(bulk):
    _, pdfs = bulk
    subtypes = []
    for pdf in pdfs[:2]:
        filespec = reader(pdf).trailer["/Root"]["/AF"][0].get_object()
        subtypes.append(filespec["/EF"]["/F"].get_object()["/Subtype"])
    assert subtypes == ["/application#2Fld+json", "/application#2Fjson"] or subtypes == [
        "/application/ld+json",
        "/application/json",
    ]


def test_files_are_tagged(bulk):
    _, pdfs = bulk
    for pdf in pdfs:
        root = reader(pdf).trailer["/Root"]
        assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
        assert "/StructTreeRoot" in root


def test_one_page_a4_landscape_by_default_letter_when_asked(bulk):
    contents, pdfs = bulk
    sizes = []
    for pdf in pdfs:
        document = reader(pdf)
        assert len(document.pages) == 1
        box = document.pages[0].mediabox
        sizes.append((round(float(box.width)), round(float(box.height))))
    assert sizes[0] == pytest.approx((842, 595), abs=1)
    assert contents[2].page_size == "Letter"
    assert sizes[2] == pytest.approx((792, 612), abs=1)


def test_page_text_has_name_code_and_verify_url(bulk):
    contents, pdfs = bulk
    page = text(pdfs[0])
    assert contents[0].recipient_name in page
    assert contents[0].code in page
    assert contents[0].verify_url in page or flat(contents[0].verify_url) in flat(page)
    assert "AI Literacy for Museum Educators" in page


def test_bulk_equals_one_by_one(bulk):
    contents, pdfs = bulk
    for item, pdf in zip(contents, pdfs, strict=True):
        assert text(pdf) == text(certificate_pdf_render(item))


def test_same_content_gives_the_same_bytes():
    assert certificate_pdf_render(content()) == certificate_pdf_render(content())


def test_qr_code_is_an_image_with_a_text_alternative(bulk):
    contents, pdfs = bulk
    alts = []

    def walk(element):
        element = element.get_object()
        if element.get("/S") == "/Figure":
            alts.append(str(element.get("/Alt", "")))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, IndirectObject) or hasattr(kid, "get"):
                walk(kid)

    walk(reader(pdfs[0]).trailer["/Root"]["/StructTreeRoot"])
    assert any(contents[0].verify_url in alt for alt in alts), alts


# --- Glyph coverage -------------------------------------------------------------------------


def fonts_installed() -> None:
    """Fail (not skip) when the project's fonts are missing, saying how to install them."""
    if shutil.which("fc-list") is None:
        pytest.fail(f"fontconfig is missing. {FONTS_HINT}")
    families = subprocess.run(
        [shutil.which("fc-list"), ":", "family"], capture_output=True, text=True, check=True
    ).stdout
    for family in ("Noto Serif", "Noto Naskh Arabic", "Noto Sans CJK JP", "Noto Serif CJK KR"):
        if family not in families:
            pytest.fail(f"font family {family!r} not installed. {FONTS_HINT}")


def embedded_glyphs(pdf: bytes) -> dict[str, dict[int, str]]:
    """Per embedded font, the glyph ids drawn on the page that the font really has, and their text.

    A glyph counts only if its id is inside the embedded font program and has an outline:
    WeasyPrint draws a character no font has as .notdef under an id past the font's last
    glyph, still listed in the ToUnicode map, so the map alone would hide a missing glyph.
    """
    page = reader(pdf).pages[0]
    found = {}
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        ttfont = TTFont(io.BytesIO(program.get_object().get_data()))
        glyph_set = ttfont.getGlyphSet()
        order = ttfont.getGlyphOrder()
        glyphs = {}
        for glyph_id, chars in to_unicode(font["/ToUnicode"].get_object().get_data()).items():
            if glyph_id == 0 or glyph_id >= len(order):
                continue
            if chars.strip() and not has_outline(glyph_set, order[glyph_id]):
                continue
            glyphs[glyph_id] = chars
        found[str(font["/BaseFont"])] = glyphs
    return found


def to_unicode(cmap: bytes) -> dict[int, str]:
    """The glyph-to-text pairs of a ToUnicode CMap's bfchar entries."""
    pairs = re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", cmap.split(b"endcodespacerange")[1])
    return {
        int(glyph, 16): bytes.fromhex(chars.decode()).decode("utf-16-be") for glyph, chars in pairs
    }


def has_outline(glyph_set, name) -> bool:
    from fontTools.pens.boundsPen import BoundsPen

    pen = BoundsPen(glyph_set)
    glyph_set[name].draw(pen)
    return pen.bounds is not None


@pytest.mark.parametrize("script", list(NAMES))
def test_names_in_every_script_render_with_real_glyphs(script, caplog):
    """Every character of the name is drawn by a real glyph of an embedded font.

    Arabic and Devanagari shaping joins characters into ligatures and conjuncts, so glyphs
    are not one per character: WeasyPrint maps each cluster's glyph to the cluster's text, so
    the union of the texts of real glyphs must still hold every character of the name.
    """
    fonts_installed()
    name = NAMES[script]
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = certificate_pdf_render(content(recipient_name=name))
    missing_logged = [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()]
    assert not missing_logged, f"{missing_logged} {FONTS_HINT}"
    glyphs = embedded_glyphs(pdf)
    covered = {char for by_id in glyphs.values() for chars in by_id.values() for char in chars}
    uncovered = {char for char in name if not char.isspace()} - covered
    assert not uncovered, f"no glyph for {sorted(uncovered)} in {list(glyphs)}. {FONTS_HINT}"
    if script in CJK_VARIANTS:
        assert any(CJK_VARIANTS[script] in font for font in glyphs), list(glyphs)


def test_a_character_no_font_has_is_caught_by_the_glyph_check():
    """The check above would fail for a real gap: U+0378 is unassigned, so no font has it."""
    pdf = certificate_pdf_render(content(recipient_name="Ada \u0378 Lovelace"))
    covered = {c for by_id in embedded_glyphs(pdf).values() for t in by_id.values() for c in t}
    assert "A" in covered
    assert "\u0378" not in covered


def test_right_to_left_names_are_marked_rtl():
    from certificates.pdf import _html

    html = _html([content(recipient_name="דוד כהן"), content(language="he")])
    assert re.search(r'class="recipient[^"]*" dir="rtl"', html)
    assert re.search(r'<section[^>]* lang="he" dir="rtl"', html)


# --- URL fetcher ----------------------------------------------------------------------------


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "partners").mkdir(parents=True)
    return settings.MEDIA_ROOT


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("the network was touched")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def png_bytes() -> bytes:
    from PIL import Image

    output = io.BytesIO()
    Image.new("RGB", (40, 20), "#1f3a5f").save(output, format="PNG")
    return output.getvalue()


def test_fetcher_serves_static_files():
    response = CertificateURLFetcher().fetch(settings.STATIC_URL + "certificates/pdf.css")
    expected = (Path(__file__).parents[2] / "certificates/static/certificates/pdf.css").read_bytes()
    assert response.read() == expected
    assert response.content_type == "text/css"


def test_fetcher_serves_media_files(media_root):
    (media_root / "partners" / "logo.png").write_bytes(png_bytes())
    response = CertificateURLFetcher().fetch(settings.MEDIA_URL + "partners/logo.png")
    assert response.read() == png_bytes()
    assert response.content_type == "image/png"


def test_fetcher_serves_data_uris():
    response = CertificateURLFetcher().fetch("data:image/svg+xml,%3Csvg%2F%3E")
    assert response.read() == b"<svg/>"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/x.png",
        "https://169.254.169.254/",
        "https://169.254.169.254/static/certificates/pdf.css",
        "//example.com/static/certificates/pdf.css",
        "/media/../../../etc/passwd",
        "/media/%2e%2e/%2e%2e/etc/passwd",
        "/media/partners/..%2f..%2fsecret.png",
        "/static/../../etc/passwd",
        "/media/partners\\..\\x.png",
        "ftp://example.com/x.png",
        "gopher://example.com/",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "certificates/pdf.css",
        "/etc/passwd",
    ],
)
def test_fetcher_refuses_everything_else(url, media_root, no_network):
    with pytest.raises(CertificateAssetRefused):
        CertificateURLFetcher().fetch(url)
    assert not no_network


def test_fetcher_refuses_media_files_that_are_not_images(media_root, no_network):
    (media_root / "partners" / "secret.json").write_text('{"key": "x"}')
    (media_root / "partners" / "escape.png").symlink_to("/etc/passwd")
    for name in ("secret.json", "escape.png", "missing.png"):
        with pytest.raises(CertificateAssetRefused):
            CertificateURLFetcher().fetch(f"{settings.MEDIA_URL}partners/{name}")


def test_rendering_with_hostile_image_urls_omits_them_and_touches_no_network(
    media_root, no_network
):
    (media_root / "partners" / "escape.png").symlink_to("/etc/passwd")
    hostile = content(
        issuer_logo="file:///etc/passwd",
        partner_logo="https://169.254.169.254/latest/meta-data/",
        signature_image="/media/partners/escape.png",
    )
    pdf = certificate_pdf_render(hostile)
    assert not no_network
    assert b"root:" not in pdf
    assert "root:" not in text(pdf)
    assert len(reader(pdf).pages) == 1


def test_logos_and_signature_from_media_are_drawn(media_root):
    (media_root / "partners" / "logo.png").write_bytes(png_bytes())
    with_images = content(
        issuer_logo="/media/partners/logo.png",
        partner_logo="/media/partners/logo.png",
        signature_image="/media/partners/logo.png",
    )
    pdf = certificate_pdf_render(with_images)
    assert b"/Subtype /Image" in pdf or b"/Subtype/Image" in pdf


# --- Hostile and edge-case content ----------------------------------------------------------


def test_markup_in_fields_is_text():
    name = "<img src=file:///etc/passwd></style><script>alert(1)</script>"
    pdf = certificate_pdf_render(
        content(recipient_name=name, achievement_name="</p><style>*{display:none}</style>")
    )
    page = text(pdf)
    assert flat(name) in flat(page)
    assert flat("</p><style>*{display:none}</style>") in flat(page)
    assert b"root:" not in pdf
    assert len(reader(pdf).pages) == 1


def test_very_long_values_stay_on_one_page_shortened():
    """Long names shrink, then wrap; past 160 characters they end in an ellipsis."""
    long = "Wolfeschlegelsteinhausenbergerdorff " * 60
    pdf = certificate_pdf_render(
        content(
            recipient_name=long[:2000],
            achievement_name=long,
            achievement_description=long,
            evidence_summary=long,
            wording=long,
            issuer_name=long,
            partner_name=long,
            signatory_name=long,
            signatory_title=long,
            code="X" * 200,
            verify_url="https://lms.example.org/" + "v" * 500,
        )
    )
    assert len(reader(pdf).pages) == 1
    assert "…" in text(pdf)


def test_unbroken_long_name_stays_on_one_page():
    pdf = certificate_pdf_render(content(recipient_name="W" * 2000))
    assert len(reader(pdf).pages) == 1


def test_empty_optional_fields_render():
    minimal = CertificateContent(
        recipient_name="Ada Lovelace",
        achievement_name="Analytical Engines",
        issued_on=date(2025, 1, 1),
        issuer_name="Riverside Museum of Art",
        code="AAAA-BBBB-CCCC-DDDD",
        verify_url="https://lms.example.org/v/AAAA",
        credential_json=b"",
    )
    pdf = certificate_pdf_render(minimal)
    assert len(reader(pdf).pages) == 1
    assert "Ada Lovelace" in text(pdf)
    assert attachments(pdf) == {"credential.json": b""}


@pytest.mark.parametrize(
    "changes",
    [
        {"primary_colour": "red; background: url(file:///etc/passwd)"},
        {"accent_colour": "#12345"},
        {"page_size": "A3"},
        {"language": 'en"><script>'},
        {"verify_url": "javascript:alert(1)"},
        {"recipient_name": "  "},
        {"partner_logo": "/media/x.png", "partner_name": ""},
    ],
)
def test_invalid_content_is_refused(changes):
    with pytest.raises(ValueError):
        content(**changes)


def test_bulk_of_nothing_is_nothing():
    assert certificate_pdfs_render_bulk([]) == []


def test_bulk_keeps_order_across_batches(monkeypatch):
    import certificates.pdf

    monkeypatch.setattr(certificates.pdf, "BATCH_SIZE", 2)
    items = [replace(content(), code=f"CODE-{i}", title=f"Title {i}") for i in range(5)]
    pdfs = certificate_pdfs_render_bulk(items)
    assert [reader(pdf).metadata.title for pdf in pdfs] == [f"Title {i}" for i in range(5)]


def test_bulk_in_worker_processes_gives_the_same_files_in_order():
    items = [replace(content(), code=f"CODE-{i}", title=f"Title {i}") for i in range(6)]
    assert certificate_pdfs_render_bulk(items, workers=2) == certificate_pdfs_render_bulk(
        items, workers=1
    )
