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

    assert re.search(r'class="recipient[^"]*" dir="rtl"', _html(content(recipient_name="דוד כהן")))
    assert re.search(r'<section[^>]* lang="he" dir="rtl"', _html(content(language="he")))


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


# --- Bulk rendering: templates, slots and WeasyPrint internals -------------------------------


def text_positions(pdf: bytes) -> list[tuple]:
    """Each run of text on the page, where it starts and its size, to a hundredth of a point."""
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            runs.append((text, round(x, 2), round(y, 2), round(font_size, 2)))

    reader(pdf).pages[0].extract_text(visitor_text=visit)
    return sorted(runs)


def font_programs(pdf: bytes) -> dict[str, bytes]:
    """The embedded font programs of the page, by font name."""
    programs = {}
    for font in reader(pdf).pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        programs[str(font["/BaseFont"])] = program.get_object().get_data()
    return programs


def one_group(names) -> list:
    """Certificates that differ only in name, code and address: one template in bulk."""
    return [
        content(
            recipient_name=name,
            code=f"CODE-{index:04d}-XY",
            verify_url=f"https://lms.example.org/certificates/verify/CODE-{index:04d}-XY",
            credential_json=f'{{"id": "urn:{index}"}}'.encode(),
        )
        for index, name in enumerate(names)
    ]


@pytest.fixture(scope="module")
def every_script():
    items = one_group(NAMES.values())
    return items, certificate_pdfs_render_bulk(items, workers=1)


@pytest.fixture
def render_counts(monkeypatch):
    """How many templates the bulk renderer made and certificates it rendered in full."""
    import certificates.pdf as module

    counts = {"templates": 0, "full": 0}
    template_init, full_render = module._Template.__init__, module.certificate_pdf_render

    def counting_init(self, view):
        counts["templates"] += 1
        template_init(self, view)

    def counting_render(item):
        counts["full"] += 1
        return full_render(item)

    monkeypatch.setattr(module._Template, "__init__", counting_init)
    monkeypatch.setattr(module, "certificate_pdf_render", counting_render)
    return counts


def test_bulk_renders_a_group_from_one_template(render_counts):
    """The fast path is taken: a change in WeasyPrint that breaks it fails here."""
    items = one_group(["Ada Lovelace", "Анна Кузнецова", "山田 さくら", "محمد الفارسي"])
    items.append(replace(items[0], code="OTHER-GROUP", valid_until=None))
    pdfs = certificate_pdfs_render_bulk(items, workers=1)
    assert render_counts == {"templates": 2, "full": 0}
    assert [text(pdf) for pdf in pdfs] == [text(certificate_pdf_render(item)) for item in items]


def test_bulk_lays_out_names_in_every_script_as_one_by_one(every_script):
    """Slots laid out on a template land where a full layout puts them, whatever the script."""
    items, pdfs = every_script
    for item, pdf in zip(items, pdfs, strict=True):
        assert text_positions(pdf) == text_positions(certificate_pdf_render(item)), item
        assert text(pdf) == text(certificate_pdf_render(item))


def test_bulk_embeds_the_same_font_programs_as_one_by_one(every_script):
    """One HarfBuzz pass subsets the fonts exactly as WeasyPrint's two do."""
    items, pdfs = every_script
    for item, pdf in zip(items, pdfs, strict=True):
        assert font_programs(pdf) == font_programs(certificate_pdf_render(item)), item


@pytest.mark.parametrize("script", list(NAMES))
def test_bulk_names_in_every_script_render_with_real_glyphs(script, every_script):
    fonts_installed()
    items, pdfs = every_script
    name = NAMES[script]
    (pdf,) = [pdf for item, pdf in zip(items, pdfs, strict=True) if item.recipient_name == name]
    glyphs = embedded_glyphs(pdf)
    covered = {char for by_id in glyphs.values() for chars in by_id.values() for char in chars}
    assert not {char for char in name if not char.isspace()} - covered
    if script in CJK_VARIANTS:
        assert any(CJK_VARIANTS[script] in font for font in glyphs), list(glyphs)


def every_object(pdf: bytes) -> bytes:
    """All the objects of a PDF as bytes, streams decompressed."""
    document = reader(pdf)
    parts = []
    for number in range(1, document.trailer["/Size"]):
        obj = document.get_object(number)
        if hasattr(obj, "get_data"):
            parts.append(obj.get_data())
        parts.append(str(obj).encode())
    return b"\n".join(parts)


def mapped_characters(pdf: bytes) -> set[str]:
    """The characters the page's fonts map glyphs to."""
    return {
        char
        for font in reader(pdf).pages[0]["/Resources"]["/Font"].values()
        for chars in to_unicode(font.get_object()["/ToUnicode"].get_object().get_data()).values()
        for char in chars
    }


def test_bulk_files_carry_nothing_of_one_another(every_script):
    """No name, code or credential of one certificate in another's file, fonts included."""
    items, pdfs = every_script
    for item, pdf in zip(items, pdfs, strict=True):
        assert attachments(pdf) == {"credential.json": item.credential_json}
        assert mapped_characters(pdf) == mapped_characters(certificate_pdf_render(item))
        objects = every_object(pdf)
        assert item.code.encode() in objects
        for other in items:
            if other is not item:
                assert other.code.encode() not in objects
                assert other.credential_json not in objects


def figure_alternatives(pdf: bytes) -> list[str]:
    """The alternative texts of the figures in the structure tree."""
    alternatives = []

    def walk(element):
        element = element.get_object()
        if element.get("/S") == "/Figure":
            alternatives.append(str(element.get("/Alt", "")))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if isinstance(kid, IndirectObject) or hasattr(kid, "get"):
                walk(kid)

    walk(reader(pdf).trailer["/Root"]["/StructTreeRoot"])
    return alternatives


def test_bulk_links_and_figures_are_each_certificates_own(every_script):
    items, pdfs = every_script
    for item, pdf in zip(items, pdfs, strict=True):
        page = reader(pdf).pages[0]
        assert [annotation.get_object()["/A"]["/URI"] for annotation in page["/Annots"]] == [
            item.verify_url
        ]
        assert figure_alternatives(pdf) == [
            f"QR code of the verification address {item.verify_url}"
        ]


def test_bulk_qr_code_draws_the_modules_of_the_address(every_script):
    """The squares drawn in bulk are segno's modules for the address (one by one draws
    segno's SVG of the same code)."""
    import segno

    from certificates.pdf import QR_BORDER, QR_ERROR, QR_MASK

    items, pdfs = every_script
    for item, pdf in zip(items, pdfs, strict=True):
        data = reader(pdf).pages[0].get_contents().get_data()
        modules = {
            (x + dx - QR_BORDER, y - QR_BORDER)
            for x, y, width in (
                map(int, match) for match in re.findall(rb"(?m)^(\d+) (\d+) (\d+) 1 re$", data)
            )
            for dx in range(width)
        }
        code = segno.make(item.verify_url, error=QR_ERROR, micro=False, mask=QR_MASK)
        expected = {
            (x, y) for y, row in enumerate(code.matrix) for x, dark in enumerate(row) if dark
        }
        assert modules == expected


def test_bulk_names_that_wrap_get_a_template_of_their_own(render_counts):
    """A name on two lines would move the page: its certificate is laid out anew."""
    items = one_group(["Ada Lovelace", "Wolfeschlegelsteinhausenbergerdorff " * 4, "Zoë Nuñez"])
    pdfs = certificate_pdfs_render_bulk(items, workers=1)
    assert render_counts == {"templates": 2, "full": 0}
    for item, pdf in zip(items, pdfs, strict=True):
        assert text_positions(pdf) == text_positions(certificate_pdf_render(item))


def test_bulk_with_logos_and_signature_is_as_one_by_one(media_root, render_counts):
    (media_root / "partners" / "logo.png").write_bytes(png_bytes())
    images = {
        "issuer_logo": "/media/partners/logo.png",
        "partner_logo": "/media/partners/logo.png",
        "signature_image": "/media/partners/logo.png",
    }
    items = [replace(item, **images) for item in one_group(["Ada Lovelace", "Анна Кузнецова"])]
    pdfs = certificate_pdfs_render_bulk(items, workers=1)
    assert render_counts == {"templates": 1, "full": 0}
    for item, pdf in zip(items, pdfs, strict=True):
        single = certificate_pdf_render(item)
        assert text_positions(pdf) == text_positions(single)
        assert pdf.count(b"/Subtype /Image") == single.count(b"/Subtype /Image") > 0


def test_no_image_asks_viewers_to_smooth_it(media_root):
    """PDF/A forbids /Interpolate true, which WeasyPrint writes for raster images by default."""
    (media_root / "partners" / "logo.png").write_bytes(png_bytes())
    item = content(
        issuer_logo="/media/partners/logo.png",
        signature_image="/media/partners/logo.png",
    )
    for pdf in (certificate_pdf_render(item), *certificate_pdfs_render_bulk([item, item])):
        assert b"/Interpolate true" not in pdf


@pytest.mark.parametrize(
    "changes",
    [{}, {"page_size": "Letter"}, {"language": "ar"}, {"language": "ja"}, {"valid_until": None}],
)
def test_templates_reproduce_their_own_layout_and_painting(changes):
    """The bulk renderer's checks of WeasyPrint: slots laid out and painted again by its
    internals (line layout, stacking and drawing, PDF stream) give the full render's."""
    from certificates.pdf import _Template, _view

    template = _Template(_view(content(**changes)))
    assert template.recording is not None
    assert template.usable


def test_weasyprint_internals_the_bulk_renderer_uses():
    """What certificates/pdf.py takes from WeasyPrint beyond its API, as it takes it
    (weasyprint>=66,<69): if this fails, read the bulk renderer's docstrings before bumping."""
    import inspect

    import pydyf
    from weasyprint.document import Document, Page
    from weasyprint.draw import draw_inline_level, draw_replacedbox
    from weasyprint.draw import text as draw_text_module
    from weasyprint.formatting_structure.build import build_formatting_structure
    from weasyprint.layout import layout_document
    from weasyprint.layout.absolute import AbsolutePlaceholder
    from weasyprint.layout.background import layout_box_backgrounds
    from weasyprint.layout.inline import iter_line_boxes
    from weasyprint.pdf.fonts import Font
    from weasyprint.pdf.stream import Stream
    from weasyprint.text.ffi import harfbuzz_subset
    from weasyprint.text.fonts import get_pango_font_key

    def parameters(function):
        return list(inspect.signature(function).parameters)

    assert parameters(iter_line_boxes) == [
        "context",
        "box",
        "position_y",
        "bottom_space",
        "skip_stack",
        "containing_block",
        "absolute_boxes",
        "fixed_boxes",
        "first_letter_style",
        "first_line_style",
    ]
    assert parameters(Document._build_layout_context) == [
        "html",
        "font_config",
        "counter_style",
        "color_profiles",
        "options",
    ]
    assert parameters(build_formatting_structure) == [
        "element_tree",
        "style_for",
        "get_image_from_uri",
        "base_url",
        "target_collector",
        "counter_style",
        "footnotes",
    ]
    assert parameters(layout_document)[:3] == ["html", "root_box", "context"]
    assert parameters(Document.__init__)[1:] == [
        "pages",
        "metadata",
        "url_fetcher",
        "font_config",
        "color_profiles",
    ]
    assert parameters(layout_box_backgrounds)[:3] == ["page", "box", "get_image_from_uri"]
    assert parameters(draw_inline_level)[:3] == ["stream", "page", "box"]
    assert parameters(draw_replacedbox) == ["stream", "box"]
    assert parameters(Stream.__init__)[1:7] == [
        "fonts",
        "page_rectangle",
        "resources",
        "images",
        "tags",
        "color_profiles",
    ]
    stream = Stream({}, (0, 0, 1, 1), {}, {}, {}, {})
    for name in (
        "stream",
        "_fonts",
        "_resources",
        "_images",
        "_tags",
        "_current_color",
        "_current_color_stroke",
        "_current_alpha",
        "_current_alpha_stroke",
        "_current_font",
        "_ctm_stack",
    ):
        assert hasattr(stream, name), name
    for name in ("marked", "add_font", "add_image", "clone", "stacked", "transform"):
        assert callable(getattr(stream, name)), name
    assert "stream.add_font(" in inspect.getsource(draw_text_module.draw_first_line)
    assert "_harfbuzz_subset" in inspect.getsource(Font.subset)
    assert "self.subset(" in inspect.getsource(Font.clean)
    source = inspect.getsource(Font.__init__)
    for name in ("hb_font", "hb_face", "file_content", "index", "hash", "tables", "missing"):
        assert f"self.{name} =" in source, name
    assert parameters(get_pango_font_key) == ["pango_font"]
    assert hasattr(AbsolutePlaceholder, "set_laid_out_box")
    page_source = inspect.getsource(Page.__init__)
    for name in ("width", "height", "bleed", "bookmarks", "links", "anchors", "forms", "_page_box"):
        assert f"self.{name} =" in page_source, name
    assert harfbuzz_subset.HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE == 0x200
    assert callable(pydyf._to_bytes)
    assert inspect.getsource(pydyf.Stream.data.fget).count("zlib.compressobj(level=9)") == 1


def test_bulk_falls_back_to_full_renders_if_templates_fail(monkeypatch, render_counts, caplog):
    """Should WeasyPrint's internals change under it, the bulk renderer still makes every
    file, the plain way, and says so."""
    import certificates.pdf as module

    def changed(*args, **kwargs):
        raise TypeError("iter_line_boxes() changed")

    monkeypatch.setattr(module, "iter_line_boxes", changed)
    items = one_group(["Ada Lovelace", "Анна Кузнецова", "山田 さくら"])
    with caplog.at_level(logging.ERROR, logger="certificates.pdf"):
        pdfs = certificate_pdfs_render_bulk(items, workers=1)
    assert render_counts == {"templates": 1, "full": 3}
    assert any("template failed" in record.getMessage() for record in caplog.records)
    assert [text(pdf) for pdf in pdfs] == [text(certificate_pdf_render(item)) for item in items]
