"""Certificate PDFs: PDF/A-3b, tagged, each with its own signed credential embedded.

`certificate_pdf_render` makes one file the plain way: WeasyPrint renders the certificate's HTML
and writes its PDF. `certificate_pdfs_render_bulk` makes many, using that the certificates of a
run mostly differ only in name, verification address, code and QR code, the template's four
slots (data-slot):

- Certificates are grouped by everything else (`_fixed_key`). For a group, WeasyPrint lays one
  certificate out in full (`_Template`) and paints it once into a PDF stream that notes where
  and in which state each slot is painted (`_RecordingStream`).
- Each certificate then gets only its slots laid out again, by WeasyPrint's own line layout on
  the template's boxes with its own texts, grafted into a copy of the laid-out page. WeasyPrint's
  PDF writer writes it, the page painted by pasting the recorded operations and painting the
  slots where the template's were (`_ReplayedPage`): the same operations in the same order
  (text extraction and tags follow it), the same fonts, tags and links, but each certificate's.
  A slot that would change height (a name on two lines, say) would move the rest of the page:
  its certificate gets a template of its own. The output is the full layout's (the tests
  compare text positions and font programs with `certificate_pdf_render`'s).
- Fonts are subset once per set of glyphs, in one HarfBuzz pass (`_BulkFont`); the PDF's
  objects are serialised once, streams compressed once, those the files share once for all
  (`_compress_once`); the QR code is drawn as squares rather than parsed from SVG.
- Groups are spread over worker processes, one per CPU, when there are enough certificates.

Where the time goes (bench/certificates.py, per certificate): a full render is ~25 ms of
layout, ~10 of painting (8 more for the QR code's SVG), ~15 of font subsetting (a CJK font,
subset keeping its glyph ids, ~35 alone) and ~10 of PDF writing. In bulk, ~1.5 ms goes to
templates, ~1.5 to the QR code (segno), ~1 to the slots' lines, ~1 to painting them, ~2 (~5 for
a CJK name) to subsetting and ~5 to writing and compressing the file.

WeasyPrint internals: the bulk path uses more of WeasyPrint than its public API: the layout
context, box tree and line layout (`iter_line_boxes`), box copies and absolute placeholders,
the drawing functions, its PDF stream (`Stream`, its resources, fonts, tags and state) and font
(`Font`) classes, `Page`'s attributes, and pydyf's serialisation. pyproject pins
weasyprint>=66,<69; tests/certificates/test_pdf.py checks what is used of each, and that the
bulk path is taken and lays out, paints and embeds as `certificate_pdf_render`, so a change
fails there first. At run time, a template whose slots, laid out and painted again, do not
reproduce its own page is not used, nor one that fails: its group is rendered in full.

WeasyPrint only loads what `CertificateURLFetcher` serves: the project's static and media
files and data: URIs. It never opens a socket.
"""

import base64
import binascii
import logging
import mimetypes
import multiprocessing
import os
import re
import threading
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cached_property, partial
from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Literal
from urllib.parse import unquote, unquote_to_bytes, urlsplit

import pydyf
import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils.translation import gettext, override
from tinycss2.color5 import parse_color
from weasyprint import CSS, DEFAULT_OPTIONS, HTML, Attachment
from weasyprint.css import AnonymousStyle
from weasyprint.css.counters import CounterStyle
from weasyprint.document import Document, DocumentMetadata, Page
from weasyprint.draw import draw_inline_level, draw_replacedbox
from weasyprint.formatting_structure import boxes
from weasyprint.formatting_structure.build import build_formatting_structure
from weasyprint.layout import layout_document
from weasyprint.layout.absolute import AbsolutePlaceholder
from weasyprint.layout.background import layout_box_backgrounds
from weasyprint.layout.inline import iter_line_boxes
from weasyprint.pdf.fonts import Font
from weasyprint.pdf.stream import Stream
from weasyprint.text.ffi import ffi, harfbuzz, harfbuzz_subset, pango
from weasyprint.text.fonts import (
    FontConfiguration,
    get_hb_object_data,
    get_pango_font_hb_face,
    get_pango_font_key,
)
from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

TEMPLATE = "certificates/pdf/default.html"
STYLESHEET = "certificates/pdf.css"

# Relative URLs in the template ("/static/...", "/media/...") must reach the fetcher as they
# are: urljoin leaves them alone under a scheme it does not know, and this one resolves nowhere.
BASE_URL = "lms-certificate:"

PDF_OPTIONS = {"pdf_variant": "pdf/a-3b", "pdf_tags": True}
# WeasyPrint's PDF user units per CSS px at zoom 1, as its PDF writer paints pages.
PDF_SCALE = 0.75
# Most certificates one worker gets at a time: bounds the memory of a chunk (its template and
# images) and keeps the workers evenly loaded.
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

# The name's fonts, as pdf.css sets the page's serif text, with the CJK family that gives its
# script's glyph variants. Python, not CSS, picks it: the bulk renderer sets it on the name's
# style when it lays a name out on another certificate's page.
NAME_FONTS = (
    "Noto Serif",
    "Noto Naskh Arabic",
    "Noto Serif Hebrew",
    "Noto Serif Devanagari",
    "{cjk_serif}",
    "DejaVu Serif",
    "serif",
)
GENERIC_FONTS = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}
# Noto CJK region by language tag (lower case, then by its first subtag); SC otherwise.
CJK_REGIONS = {
    "zh-tw": "TC",
    "zh-hant": "TC",
    "zh-hk": "HK",
    "zh-mo": "HK",
    "ja": "JP",
    "ko": "KR",
}

# The QR code: error correction M, a fixed mask (searching the best of eight is most of
# segno's time, and any mask scans), black on white, a quiet zone of 4 modules.
QR_ERROR = "m"
QR_MASK = 4
QR_BORDER = 4
QR_DARK = parse_color("#000")
# A run of dark modules in a row of segno's matrix (1 dark, 0 light).
DARK_RUN = re.compile(rb"\x01+")

# The template's slots (data-slot): what the bulk renderer lays out again per certificate.
SLOTS = ("name", "url", "code", "qr")
# The view's values that reach only the slots: everything else in the view is the same for a
# group of certificates and their template.
SLOT_VALUES = {
    "recipient_name",
    "name_lang",
    "name_dir",
    "name_fonts",
    "name_families",
    "code",
    "verify_url",
    "verify_url_tail",
    "qr",
    "qr_alt",
}
# Templates kept per group of certificates: one per set of slot heights seen (a name on one
# line, on two); past these, certificates are rendered in full.
MAX_TEMPLATES_PER_GROUP = 4


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
    """One certificate as a PDF/A-3b file with its credential embedded: a plain WeasyPrint render."""
    fetcher = CertificateURLFetcher()
    font_config, stylesheet = _weasyprint_setup()
    document = HTML(string=_html(content), base_url=BASE_URL, url_fetcher=fetcher).render(
        font_config=font_config, stylesheets=[stylesheet], **PDF_OPTIONS
    )
    document.metadata = _metadata(content, fetcher)
    return document.write_pdf(**PDF_OPTIONS)


def certificate_pdfs_render_bulk(
    contents: Sequence[CertificateContent], *, workers: int | None = None
) -> list[bytes]:
    """Each certificate as its own PDF/A-3b file, in order, laid out as one by one.

    `workers` processes share the work (default: one per CPU when there is enough of it).
    """
    contents = list(contents)
    if workers is None:
        workers = min(os.cpu_count() or 1, len(contents) // MIN_PER_WORKER)
    views = [_view(content) for content in contents]
    chunks = _chunks(views, max(workers, 1))
    work = [[(contents[index], views[index]) for index in chunk] for chunk in chunks]
    if workers <= 1:
        try:
            rendered = [_render_chunk(chunk) for chunk in work]
        finally:
            # Font copies (a CJK collection is tens of MB), subsets and streams: for a run,
            # not for the life of the process (worker processes end with the run).
            _thread.__dict__.pop("bulk_caches", None)
    else:
        # Forked workers start at once with this process's settings, templates and fonts loaded;
        # bulk issuing runs in the single-threaded task worker, where forking is safe.
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            rendered = list(pool.map(_render_chunk, work))
    pdfs = [b""] * len(contents)
    for chunk, chunk_pdfs in zip(chunks, rendered, strict=True):
        for index, pdf in zip(chunk, chunk_pdfs, strict=True):
            pdfs[index] = pdf
    return pdfs


def _chunks(views: Sequence[dict], workers: int) -> list[list[int]]:
    """Indexes of the certificates, by their views, in chunks of one group each, biggest first.

    A chunk pays for one template, so a group stays whole unless it is more than a worker's
    share (or BATCH_SIZE); handing out the biggest first evens out the workers' loads.
    """
    groups: dict[tuple, list[int]] = {}
    for index, view in enumerate(views):
        groups.setdefault(_fixed_key(view), []).append(index)
    size = min(BATCH_SIZE, max(1, -(-len(views) // workers)))
    chunks = [
        indexes[start : start + size]
        for indexes in groups.values()
        for start in range(0, len(indexes), size)
    ]
    return sorted(chunks, key=len, reverse=True)


def _render_chunk(items: Sequence[tuple[CertificateContent, dict]]) -> list[bytes]:
    """The certificates (with their views) rendered in this process, sharing templates."""
    renderer = _BulkRenderer()
    return [renderer.render(content, view) for content, view in items]


def _fixed_key(view: dict) -> tuple:
    """What certificates sharing a template have in common: their view but for its slots."""
    return tuple(sorted((name, value) for name, value in view.items() if name not in SLOT_VALUES))


class _BulkRenderer:
    """Certificates rendered on templates, made as they are needed."""

    def __init__(self):
        """No templates yet."""
        self.templates: dict[tuple, list[_Template]] = {}

    def render(self, content: CertificateContent, view: dict) -> bytes:
        """The certificate (of view `view`) on a template its slots fit, made if none does."""
        templates = self.templates.setdefault(_fixed_key(view), [])
        if templates and not templates[0].usable:
            return certificate_pdf_render(content)
        for template in templates:
            pdf = template.render(content, view)
            if pdf is not None:
                return pdf
        # A new template: the first of its group, or one for other slot heights (a name on
        # two lines, say). Its own certificate always fits it, unless it is not usable.
        if len(templates) < MAX_TEMPLATES_PER_GROUP:
            template = _Template(view)
            templates.append(template)
            pdf = template.render(content, view)
            if pdf is not None:
                return pdf
        return certificate_pdf_render(content)


@dataclass
class _Slot:
    """A part of a template's page laid out again for each certificate (data-slot)."""

    path: tuple[int, ...]  # child indexes from the page box to the laid-out box
    laid_out: object  # the block of the slot's lines, or the QR code's placeholder
    line: boxes.LineBox | None = None  # the block's line before layout
    text_element: object = None  # the (HTML) element whose text is each certificate's


class _Template:
    """One certificate laid out in full: the page, its slots, and the painting of the rest.

    WeasyPrint's `Document._render` is done here step by step (layout context, box tree,
    layout) to keep both the box tree before layout and the layout context: each slot's line
    is laid out again from the first with the second, by the line layout the full layout uses.
    """

    def __init__(self, view: dict):
        """Lay the certificate of `view` out, find its slots, record the rest's painting."""
        self.usable = False
        try:
            self._prepare(view)
        except Exception:
            # WeasyPrint's internals changed, say: correct files, made the slow way, and a
            # failing test (tests/certificates/test_pdf.py checks the fast one is taken).
            logger.exception("certificate template failed: its group is rendered in full")
            self.usable = False

    def _prepare(self, view: dict):
        """Lay out, find the slots, record, and check that the slots reproduce the page."""
        self.fetcher = CertificateURLFetcher()
        self.font_config, stylesheet = _weasyprint_setup()
        html = HTML(string=_render_html(view), base_url=BASE_URL, url_fetcher=self.fetcher)
        options = {**DEFAULT_OPTIONS, **PDF_OPTIONS, "stylesheets": [stylesheet]}
        counter_style = CounterStyle()
        self.color_profiles: dict = {}
        self.context = Document._build_layout_context(
            html, self.font_config, counter_style, self.color_profiles, options
        )
        root = build_formatting_structure(
            html.etree_element,
            self.context.style_for,
            self.context.get_image_from_uri,
            html.base_url,
            self.context.target_collector,
            counter_style,
            self.context.footnotes,
        )
        pages = list(layout_document(html, root, self.context))
        # Slots' lines are laid out in a block formatting context of their own, with no floats.
        self.context.create_block_formatting_context(object())
        self.page_box = pages[0]
        self.url = view["verify_url"]
        self.slots = _find_slots(html.etree_element, root, self.page_box)
        # Boxes that link to the verification address ('link' is inherited, but lines and
        # text do not make links), outside the slots.
        slot_paths = [slot.path for slot in (self.slots or {}).values()]
        self.link_paths = {
            path
            for box, path in _walk(self.page_box)
            if not isinstance(_unwrap(box), boxes.LineBox | boxes.TextBox)
            and (link := _unwrap(box).style["link"])
            and self.url in _strings(link)
            and not any(path[: len(slot_path)] == slot_path for slot_path in slot_paths)
        }
        self.recording = None
        self.page = Page(self.page_box)
        if len(pages) == 1 and self.slots is not None:
            # The template's own code, drawn as its certificates' are, for the recording.
            _unwrap(self.slots["qr"].laid_out).replacement = _QRDrawing(view["qr"].code)
            self.recording = _record(self.page, self.slots, self.color_profiles)
        # The page's links, their boxes by path: the same on every page of the template but
        # for the address and the boxes, which link_paths has.
        paths = {id(_unwrap(box)): path for box, path in _walk(self.page_box)}
        self.links = [
            (kind, target, rectangle, paths[id(box)])
            for kind, target, rectangle, box in self.page.links
        ]
        # Laid out again with this certificate's own values, the slots must give its layout,
        # and painted again in the recording, its painting.
        self.usable = self.recording is not None and self._reproduces(view) and self._repaints(view)
        if not self.usable:
            logger.warning("certificate template not reusable: its group is rendered in full")

    def render(self, content: CertificateContent, view: dict) -> bytes | None:
        """The certificate's PDF on this template, or None if its slots do not fit it."""
        if not self.usable:
            return None
        try:
            return self._render(content, view)
        except Exception:
            logger.exception("certificate template failed: its group is rendered in full")
            self.usable = False
            return None

    def _render(self, content: CertificateContent, view: dict) -> bytes | None:
        """The certificate's PDF on this template, or None if its slots do not fit it."""
        slot_boxes = self._lay_out_slots(view)
        if slot_boxes is None:
            return None
        page_box = _graft(
            self.page_box,
            {self.slots[name].path: box for name, box in slot_boxes.items()},
            (self.link_paths, self.url, view["verify_url"]),
        )
        links = [
            (
                kind,
                _replaced(target, self.url, view["verify_url"]),
                rectangle,
                _child(page_box, path),
            )
            for kind, target, rectangle, path in self.links
        ]
        page = _ReplayedPage(page_box, self.page, links, self.recording, slot_boxes)
        metadata = _metadata(content, self.fetcher)
        document = Document([page], metadata, self.fetcher, self.font_config, self.color_profiles)
        return document.write_pdf(finisher=_compress_once, **PDF_OPTIONS)

    def _reproduces(self, view: dict) -> bool:
        """Whether the slots laid out again with the template's values are as laid out."""
        slot_boxes = self._lay_out_slots(view)
        return slot_boxes is not None and all(
            _same_layout(box, self.slots[name].laid_out) for name, box in slot_boxes.items()
        )

    def _repaints(self, view: dict) -> bool:
        """Whether replaying the recording, slots painted anew, paints what was recorded."""
        slot_boxes = {name: slot.laid_out for name, slot in self.slots.items()}
        page = _ReplayedPage(self.page_box, self.page, self.page.links, self.recording, slot_boxes)
        stream = Stream({}, (0, 0, page.width, page.height), _resources(), {}, {}, {})
        page.paint(stream, PDF_SCALE)
        return _joined(stream.stream) == _joined(self.recording.operations)

    def _lay_out_slots(self, view: dict) -> dict | None:
        """The slots' boxes with `view`'s values, or None if one would move the page."""
        texts = {
            "name": view["recipient_name"],
            "url": view["verify_url_tail"],
            "code": view["code"],
        }
        if any(text != " ".join(text.split()) or not text for text in texts.values()):
            # WeasyPrint collapses white space when it builds boxes, which slots skip.
            return None
        # The name's script sets its language, direction and fonts, all of them on the
        # name's own element: with these, its style is that of the name on a page of its own.
        name_style = {
            "lang": view["name_lang"],
            "direction": view["name_dir"],
            "font_family": view["name_families"],
        }
        slot_boxes = {}
        for name, style in (("name", name_style), ("url", None), ("code", None)):
            box = self._lay_out_lines(self.slots[name], texts[name], style, view["verify_url"])
            if box is None:
                return None
            slot_boxes[name] = box
        slot_boxes["qr"] = self._qr_box(view)
        return slot_boxes

    def _lay_out_lines(self, slot: _Slot, text: str, style: dict | None, url: str):
        """The slot's block with its lines laid out for `text`, if as high as the template's."""
        line = _with_text(slot.line, slot.text_element, text, style, (self.url, url))
        block = slot.laid_out
        lines = [
            laid_out
            for laid_out, _ in iter_line_boxes(
                self.context, line, block.content_box_y(), 0, None, block, [], [], None, None
            )
        ]
        if [line.height for line in lines] != [line.height for line in block.children] or (
            _count_text_boxes(lines) != _count_text_boxes(block.children)
        ):
            # Other heights would move the page; other text boxes, the marked-content ids.
            return None
        block = block.copy_with_children(lines)
        if (link := block.style["link"]) and self.url in _strings(link):
            block.style = block.style.copy()
            block.style["link"] = _replaced(link, self.url, url)
        layout_box_backgrounds(self.page_box, block, self.context.get_image_from_uri)
        return block

    def _qr_box(self, view: dict) -> AbsolutePlaceholder:
        """The QR code's box for `view`'s address, where the template's is."""
        template_box = self.slots["qr"].laid_out._box
        box = template_box.copy()
        box.replacement = _QRDrawing(view["qr"].code)
        # The tags take the figure's alternative text from the element.
        element = template_box.element
        box.element = element.makeelement(element.tag, {**element.attrib, "alt": view["qr_alt"]})
        placeholder = AbsolutePlaceholder(box)
        placeholder.set_laid_out_box(box)
        return placeholder


def _find_slots(root_element, root_box, page_box) -> dict[str, _Slot] | None:
    """The template's slots, by name, or None if one is not where the bulk renderer needs it.

    A text slot is a block whose one line holds the slot's text (in a data-slot-text element);
    the QR code is an absolutely positioned image.
    """
    elements = {element.get("data-slot"): element for element in root_element.iter()}
    text_elements = {
        name: next(
            (child for child in elements[name].iter() if child.get("data-slot-text") is not None),
            None,
        )
        for name in ("name", "url", "code")
        if name in elements
    }
    if set(elements) - {None} != set(SLOTS) or None in text_elements.values():
        return None
    slots: dict[str, _Slot] = {}
    for box, path in _walk(page_box):
        box = _unwrap(box)
        name = box.element.get("data-slot") if box.element is not None else None
        if name not in SLOTS or "::" in box.element_tag:
            continue
        if name == "qr" and isinstance(box, boxes.ReplacedBox) and box.is_absolutely_positioned():
            slots.setdefault(name, []).append(_Slot(path, _child(page_box, path)))
        elif (
            name != "qr"
            and _child(page_box, path) is box
            and box.children
            and all(isinstance(child, boxes.LineBox) for child in box.children)
        ):
            slots.setdefault(name, []).append(_Slot(path, box, text_element=text_elements[name]))
    lines = {}
    for box, _ in _walk(root_box):
        name = box.element.get("data-slot") if box.element is not None else None
        if (
            name in text_elements
            and "::" not in box.element_tag
            and [type(child) for child in box.children] == [boxes.LineBox]
        ):
            lines.setdefault(name, []).append(box.children[0])
    if any(len(found) != 1 for found in (*slots.values(), *lines.values())):
        return None
    if set(slots) != set(SLOTS) or set(lines) != set(text_elements):
        return None
    for name, (line,) in lines.items():
        slots[name][0].line = line
    return {name: slot for name, (slot,) in slots.items()}


def _count_text_boxes(lines) -> int:
    """How many text boxes lines have, each a marked content of its own when painted."""
    return sum(isinstance(box, boxes.TextBox) for line in lines for box in line.descendants())


def _walk(box, path=()):
    """Each box of a tree and its path of child indexes, depth first."""
    yield box, path
    for index, child in enumerate(getattr(box, "children", ())):
        yield from _walk(child, (*path, index))


def _unwrap(box):
    """The box of an absolutely positioned box's placeholder, or the box."""
    return box._box if isinstance(box, AbsolutePlaceholder) else box


def _child(page_box, path):
    """The box at `path` in the tree, a placeholder as such."""
    box = page_box
    for index in path:
        box = box.children[index]
    return box


def _graft(box, replacements: dict, link: tuple | None = None):
    """A copy of the box tree with the boxes at `replacements`' paths replaced (or dropped where
    the replacement is None), sharing every box off those paths.

    `link` is (paths, old URL, new URL): the boxes at these paths link to the new URL.
    """
    link_paths = link[0] if link else ()
    prefixes = {path[:end] for path in (*replacements, *link_paths) for end in range(len(path) + 1)}
    return _grafted(box, replacements, prefixes, link, ())


def _grafted(box, replacements: dict, prefixes: set, link: tuple | None, path: tuple):
    """`_graft` from `box`, at `path` in the tree."""
    if path in replacements:
        return replacements[path]
    if path not in prefixes:
        return box
    children = []
    for index, child in enumerate(box.children):
        new_child = _grafted(child, replacements, prefixes, link, (*path, index))
        if new_child is not None:
            children.append(new_child)
    new_box = _unwrap(box).copy_with_children(children)
    if link and path in link[0]:
        new_box.style = new_box.style.copy()
        new_box.style["link"] = _replaced(new_box.style["link"], *link[1:])
    if isinstance(box, AbsolutePlaceholder):
        placeholder = AbsolutePlaceholder(new_box)
        placeholder.set_laid_out_box(new_box)
        return placeholder
    return new_box


def _with_text(box, element, text: str, style: dict | None, urls: tuple[str, str]):
    """A copy of a line before layout with `element`'s text and style, and links to urls[1]."""
    new = box.copy()
    if isinstance(box, boxes.TextBox):
        if box.element is element:
            new.text = text
        return new
    if style and box.element is element and isinstance(box, boxes.InlineBox):
        new.style = box.style.copy()
        new.style.update(style)
    link = box.style["link"]
    if link and urls[0] in _strings(link):
        new.style = new.style.copy()
        new.style["link"] = _replaced(link, *urls)
    new.children = [_with_text(child, element, text, style, urls) for child in box.children]
    if new.style is not box.style:
        # Anonymous boxes (the text's) take their style from this box's.
        for child in new.children:
            if isinstance(child, boxes.TextBox):
                child.style = AnonymousStyle(new.style)
    return new


def _strings(value):
    """The strings in a nested tuple."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)


def _replaced(value, old: str, new: str):
    """A nested tuple with the string `old` replaced by `new`."""
    if value == old:
        return new
    if isinstance(value, tuple):
        return tuple(_replaced(item, old, new) for item in value)
    return value


def _same_layout(box, other) -> bool:
    """Whether two box trees have the same boxes in the same places (to a millionth of a px).

    Not exactly: a slot laid out on its own is not moved by its absolutely positioned
    ancestors afterwards, which rounds differently in the 13th digit.
    """
    box, other = _unwrap(box), _unwrap(other)
    if type(box) is not type(other) or getattr(box, "text", None) != getattr(other, "text", None):
        return False
    for name in ("position_x", "position_y", "width", "height", "baseline"):
        value, other_value = getattr(box, name, None), getattr(other, name, None)
        if value != other_value and not (
            isinstance(value, float | int)
            and isinstance(other_value, float | int)
            and abs(value - other_value) <= 1e-6
        ):
            return False
    children, others = getattr(box, "children", ()), getattr(other, "children", ())
    return len(children) == len(others) and all(map(_same_layout, children, others))


class _RecordingStream(Stream):
    """A PDF stream that notes where and in which state the slots are painted.

    The slots' painting goes in the stream like the rest; their glyphs go to fonts of their
    own, so that the recorded fonts hold the glyphs of the rest only (and no certificate's PDF
    gets another's name in its fonts).
    """

    def __init__(self, *args, slot_boxes: dict, **kwargs):
        """A stream, and the boxes (text and image) of each slot, by box."""
        super().__init__(*args, **kwargs)
        self.slot_boxes = slot_boxes
        self.slot: str | None = None
        self.ranges: dict[str, list] = {}
        self.states: dict[str, list] = {}
        self.slot_fonts: dict = {}
        self.slot_images = False
        self.contiguous = True

    @contextmanager
    def marked(self, box, tag):
        """Mark content as the stream does, noting the operations and ids of slot boxes."""
        name = self.slot_boxes.get(box)
        if name is None:
            with super().marked(box, tag):
                yield
            return
        start, mcid, state = len(self.stream), len(self._tags), _stream_state(self)
        if name in self.ranges and self.ranges[name][1] != start:
            # Something else painted between two of the slot's boxes: cannot cut it out.
            self.contiguous = False
        self.slot = name
        try:
            with super().marked(box, tag):
                yield
        finally:
            self.slot = None
        if name in self.ranges:
            self.ranges[name][1], self.ranges[name][3] = len(self.stream), len(self._tags)
            self.states[name][1] = _stream_state(self)
        else:
            self.ranges[name] = [start, len(self.stream), mcid, len(self._tags)]
            self.states[name] = [state, _stream_state(self)]

    def add_font(self, pango_font):
        """The font, from the slots' own fonts while painting a slot."""
        if self.slot is None:
            return _add_bulk_font(self, pango_font)
        fonts, self._fonts = self._fonts, self.slot_fonts
        try:
            return _add_bulk_font(self, pango_font)
        finally:
            self._fonts = fonts

    def add_image(self, image, interpolate, ratio):
        """Add the image, noting whether a slot uses one (which the recording cannot tell)."""
        self.slot_images |= self.slot is not None
        return super().add_image(image, interpolate, ratio)


def _joined(operations) -> bytes:
    """Stream operations as pydyf writes them, one a line."""
    return b"\n".join(map(pydyf._to_bytes, operations))


def _stream_state(stream) -> tuple:
    """What a PDF stream knows of the graphics state: colours, alphas, transformation."""
    return (
        stream._current_color,
        stream._current_color_stroke,
        stream._current_alpha,
        stream._current_alpha_stroke,
        list(stream._ctm_stack),
        stream._current_font,
    )


def _set_stream_state(stream, state: tuple):
    """Set what a PDF stream knows of the graphics state, as `_stream_state` gave it."""
    (
        stream._current_color,
        stream._current_color_stroke,
        stream._current_alpha,
        stream._current_alpha_stroke,
        ctm_stack,
        stream._current_font,
    ) = state
    stream._ctm_stack = list(ctm_stack)


@dataclass
class _Recording:
    """A template's page painted, and where its slots are in it, to paint others like it."""

    operations: list  # the page's drawing operations, its own slots' included
    ranges: list  # (slot, start, end, first marked-content id, end id) in painting order
    between: list  # the operations before, between and after the slots, joined
    states: dict  # slot: (stream state before, after)
    tags: list  # (box, tag) of the rest of the page, by marked-content id
    fonts: dict  # the rest of the page's fonts, with its glyphs
    ext_g_states: dict
    images: dict  # the page's images, all the rest's
    groups: dict  # the transparency groups the rest of the page draws (logos), by name


def _record(page: Page, slots: dict[str, _Slot], color_profiles) -> _Recording | None:
    """Paint the template's page into a bare PDF stream and keep what the stream got.

    None if the page cannot be painted this way: slots painted in pieces or in the middle of a
    text object, or what cannot be copied into another PDF (patterns, shadings, transparency
    groups, soft masks), or slots with anchors, bookmarks or links of their own (pages on the
    template take the template page's). Its certificates are then painted in full.
    """
    slot_boxes = {}
    for name, slot in slots.items():
        box = _unwrap(slot.laid_out)
        if name == "qr":
            slot_boxes[box] = name
            continue
        for descendant in box.descendants():
            if isinstance(descendant, boxes.TextBox):
                slot_boxes[descendant] = name
            elif descendant is not box and (
                descendant.background is not None
                or any(descendant.style[f"border_{side}_width"] for side in BOX_SIDES)
            ):
                # Painted outside of the text's marked content, so not cut out with it.
                return None
    resources = _resources()
    fonts, images, tags = {}, {}, {}
    stream = _RecordingStream(
        fonts,
        (0, 0, page.width, page.height),
        resources,
        images,
        tags,
        color_profiles,
        slot_boxes=slot_boxes,
    )
    page.paint(stream, PDF_SCALE)
    states = resources["ExtGState"]
    without_slots = Page(
        _graft(page._page_box, dict.fromkeys(slot.path for slot in slots.values()))
    )
    if (
        (page.anchors, page.bookmarks, len(page.links))
        != (without_slots.anchors, without_slots.bookmarks, len(without_slots.links))
        or not stream.contiguous
        or set(stream.ranges) != set(slots)
        or any(state[5] is not None for pair in stream.states.values() for state in pair)
        or stream.slot_images
        or not _copiable(resources)
    ):
        return None
    ranges = sorted((name, *numbers) for name, numbers in stream.ranges.items())
    ranges.sort(key=lambda item: item[1])
    fixed_tags = sorted(
        ((box, tag) for box, tag in tags.items() if box not in slot_boxes),
        key=lambda item: item[1]["mcid"],
    )
    # Pasted as a whole into each page's stream: pydyf joins a stream's items by lines.
    cuts = [0, *(number for _, start, end, _, _ in ranges for number in (start, end)), None]
    between = [
        _joined(stream.stream[start:end]) for start, end in zip(cuts[::2], cuts[1::2], strict=True)
    ]
    return _Recording(
        list(stream.stream),
        ranges,
        between,
        {name: tuple(pair) for name, pair in stream.states.items()},
        fixed_tags,
        fonts,
        dict(states),
        images,
        {name: group for name, group in resources["XObject"].items() if group is not None},
    )


BOX_SIDES = ("top", "right", "bottom", "left")


def _copiable(resources) -> bool:
    """Whether the resources a painting made can be copied into another PDF: images, alpha
    states, and transparency groups of the same (as WeasyPrint draws background images).
    """
    return (
        not resources["Pattern"]
        and not resources["Shading"]
        and not any("SMask" in state for state in resources["ExtGState"].values())
        and all(
            group is None or ("SMask" not in group.extra and _copiable(group.extra["Resources"]))
            for group in resources["XObject"].values()
        )
    )


def _copied_group(group, stream):
    """A copy of a recorded transparency group for a page's PDF stream, as yet unwritten."""
    recorded = group.extra["Resources"]
    resources = pydyf.Dictionary(
        {
            "ExtGState": pydyf.Dictionary(recorded["ExtGState"]),
            "XObject": pydyf.Dictionary(
                {
                    name: None if inner is None else _copied_group(inner, stream)
                    for name, inner in recorded["XObject"].items()
                }
            ),
            "Pattern": pydyf.Dictionary(),
            "Shading": pydyf.Dictionary(),
            "ColorSpace": stream._resources["ColorSpace"],
            "Font": None,  # Set by WeasyPrint's PDF writer.
        }
    )
    extra = pydyf.Dictionary({**group.extra, "Resources": resources})
    copy = stream.clone(resources=resources, extra=extra)
    copy.stream = list(group.stream)
    copy.id = group.id
    return copy


def _resources() -> pydyf.Dictionary:
    """A page's resources, as WeasyPrint's PDF writer gives its streams."""
    return pydyf.Dictionary(
        {
            **{name: pydyf.Dictionary() for name in ("ExtGState", "XObject", "Pattern", "Shading")},
            "ColorSpace": pydyf.Dictionary(),
        }
    )


class _ReplayedPage(Page):
    """A page painted from its template's recording, its own slots painted in the slots' place."""

    def __init__(self, page_box, template_page: Page, links: list, recording, slot_boxes: dict):
        """The laid-out page box, its template's page, its links, the template's recording
        and its slots' boxes, by slot.

        Page's attributes are its template page's (the same layout, and slots hold no anchor,
        bookmark or link: see `_record`), but for the links, which are this page's.
        """
        self.width, self.height = template_page.width, template_page.height
        self.bleed = template_page.bleed
        self.bookmarks, self.anchors = template_page.bookmarks, template_page.anchors
        self.forms = template_page.forms
        self.links = links
        self._page_box = page_box
        self._recording = recording
        self._slot_boxes = {name: _unwrap(box) for name, box in slot_boxes.items()}

    def paint(self, stream, scale=1):
        """Paint the page into the PDF stream: the recording, with the slots painted anew."""
        if scale != PDF_SCALE or stream._tags is None:
            # Recorded at another scale, or with tags: paint it all.
            super().paint(stream, scale)
            return
        recording = self._recording
        # What Stream's methods did while painting the recording, but for its slots: fonts
        # with the glyphs of the rest of the page, graphic states, images; marked-content ids
        # are added in order, as the boxes marked are painted.
        for key, font in recording.fonts.items():
            stream._fonts[key] = _BulkFont.copy_of(font)
        stream._resources["ExtGState"].update(recording.ext_g_states)
        for name, image in recording.images.items():
            stream._resources["XObject"][name] = None
            stream._images[name] = {
                **image,
                "dpi_ratios": set(image["dpi_ratios"]),
                "x_object": None,
            }
        for name, group in recording.groups.items():
            stream._resources["XObject"][name] = _copied_group(group, stream)
        tags = iter(recording.tags)
        next_tag = next(tags, None)
        for (name, _, _, first_id, end_id), between in zip(
            recording.ranges, recording.between, strict=False
        ):
            if between:
                stream.stream.append(between)
            while next_tag is not None and next_tag[1]["mcid"] < first_id:
                stream._tags[next_tag[0]] = next_tag[1]
                next_tag = next(tags, None)
            before, after = recording.states[name]
            _set_stream_state(stream, before)
            self._paint_slot(stream, name)
            if len(stream._tags) != end_id:
                raise RuntimeError(f"slot {name} marked other content than its template's")
            _set_stream_state(stream, after)
        if recording.between[-1]:
            stream.stream.append(recording.between[-1])
        while next_tag is not None:
            stream._tags[next_tag[0]] = next_tag[1]
            next_tag = next(tags, None)

    def _paint_slot(self, stream, name: str):
        """Paint a slot's boxes as WeasyPrint paints a block's lines, or a block image."""
        box = self._slot_boxes[name]
        # Fonts the slots alone use are made here, and subset the bulk way too.
        stream.add_font = partial(_add_bulk_font, stream)
        try:
            if isinstance(box, boxes.ReplacedBox):
                with stream.marked(box, "Figure"):
                    draw_replacedbox(stream, box)
            else:
                for line in box.children:
                    draw_inline_level(stream, self._page_box, line)
        finally:
            del stream.add_font


def _add_bulk_font(stream, pango_font):
    """Stream.add_font, with a `_BulkFont` copied from one made once per font and thread.

    Making a font copies its whole file (a CJK collection is tens of MB), and the slots
    of each certificate need fonts (a name's script's) that the rest of the page does not.
    """
    key, description, font_size = get_pango_font_key(pango_font)
    font = stream._fonts.get(key)
    if font is None:
        prototypes = _bulk_caches().fonts
        if key not in prototypes:
            prototypes[key] = _BulkFont(pango_font, description, font_size)
        font = stream._fonts[key] = _BulkFont.copy_of(prototypes[key])
    # HarfBuzz objects of this document's Pango font, alive while it is written (as
    # WeasyPrint's own fonts' are), rather than those of the font it was copied from.
    font.hb_font = pango.pango_font_get_hb_font(pango_font)
    font.hb_face = get_pango_font_hb_face(pango_font)
    return font, font_size


def _bulk_caches():
    """This thread's caches for a bulk run: fonts, font subsets, compressed streams."""
    if not hasattr(_thread, "bulk_caches"):
        _thread.bulk_caches = SimpleNamespace(fonts={}, subsets=OrderedDict(), streams={})
    return _thread.bulk_caches


def _compress_once(document, pdf):
    """Serialise each object of the PDF once, and compress each stream once or not at all.

    pydyf makes an object's bytes (compressing streams) each time they are asked for, and asks
    twice for PDF/A, whose file identifier is a hash of them all; and the PDFs of a run share
    fonts, font maps and their colour profile, compressed here once for all. A WeasyPrint
    finisher: the PDF is complete, not yet written.
    """
    for index, pdf_object in enumerate(pdf.objects):
        if isinstance(pdf_object, pydyf.Stream):
            if pdf_object.compress:
                pdf.objects[index] = _Serialised(pdf_object, _compressed_stream(pdf_object))
        elif pdf_object.free != "f":
            pdf.objects[index] = _Serialised(pdf_object, pdf_object.data)


def _compressed_stream(stream: pydyf.Stream) -> bytes:
    """What pydyf writes for a compressed stream (dictionary and data), from the cache if seen."""
    raw = b"\n".join(map(pydyf._to_bytes, stream.stream))
    extra = pydyf.Dictionary(stream.extra.copy())
    key = (raw, extra.data)
    streams = _bulk_caches().streams
    data = streams.get(key)
    if data is None:
        # zlib's default level, not pydyf's 9: as small for these streams (page operations,
        # font programs), a third faster. The largest, CJK fonts, which keep an empty slot
        # for each glyph before their last, compress 2% less at level 1, twice as fast.
        compressor = zlib.compressobj(level=6 if len(raw) <= MAX_CACHED_STREAM else 1)
        compressed = compressor.compress(raw) + compressor.flush()
        extra["Filter"] = "/FlateDecode"
        extra["Length"] = len(compressed)
        data = b"\n".join((extra.data, b"stream", compressed, b"endstream"))
        if len(raw) <= MAX_CACHED_STREAM:
            streams[key] = data
            if len(streams) > MAX_CACHED_STREAMS:
                del streams[next(iter(streams))]
    return data


# Streams kept compressed: fonts, font maps and colour profiles of a run; not CJK fonts, which
# keep their glyph ids and so are large, and are never the same twice.
MAX_CACHED_STREAMS = 64
MAX_CACHED_STREAM = 256 * 1024


class _Serialised(pydyf.Object):
    """A PDF object in place of another (same number), its bytes already made."""

    def __init__(self, pdf_object: pydyf.Object, data: bytes):
        """The object `pdf_object`, whose bytes are `data`."""
        super().__init__()
        self.number, self.generation, self.free = (
            pdf_object.number,
            pdf_object.generation,
            pdf_object.free,
        )
        # pydyf puts objects but streams in object streams.
        self._compressible = pdf_object.compressible
        self._data = data

    @property
    def compressible(self) -> bool:
        """Whether pydyf may put the object in an object stream, as the original."""
        return self._compressible

    @property
    def data(self) -> bytes:
        """The object's bytes."""
        return self._data


class _BulkFont(Font):
    """A PDF font subset once per set of glyphs, in one HarfBuzz pass instead of WeasyPrint's two.

    WeasyPrint keeps the glyphs used with their ids (the PDF's text shows glyph ids), then, in a
    second pass over that subset, glyphs 0 to the last one used: the first pass also keeps
    glyphs the font's tables tie to those (alternates its layout tables could substitute,
    variants), some past the last used. Asked not to follow layout tables (the text is shaped:
    its glyphs are all it needs), HarfBuzz mostly ends the subset at the last glyph used, and one
    pass gives WeasyPrint's font (the tests compare them) at a third of the cost for a CJK font
    (65,535 glyphs: ~10 ms, not ~35); the second pass stays for the subsets that still end past
    it. A set of glyphs seen before gives the subset made then: the fonts the pages of a group
    share are subset once.
    """

    MAX_SUBSETS = 64

    @classmethod
    def copy_of(cls, font: Font) -> "_BulkFont":
        """A copy of a font with glyphs of its own to add."""
        copy = object.__new__(cls)
        copy.__dict__.update(font.__dict__)
        for name in ("widths", "to_unicode", "missing", "variations"):
            setattr(copy, name, dict(getattr(font, name)))
        return copy

    def clean(self, to_unicode, hinting):
        """Subset the font to the glyphs in `to_unicode`, from the cache if it has them."""
        key = (
            self.hash,
            self.index,
            len(self.file_content),
            tuple(sorted(to_unicode)),
            bool(self.missing),
            hinting,
            tuple(sorted(self.variations.items())) if "fvar" in self.tables else (),
        )
        subsets = _bulk_caches().subsets
        if key in subsets:
            subsets.move_to_end(key)
            self.file_content = subsets[key]
            return
        super().clean(to_unicode, hinting)
        subsets[key] = self.file_content
        if len(subsets) > self.MAX_SUBSETS:
            subsets.popitem(last=False)

    def _harfbuzz_subset(self, to_unicode, hinting):
        """Subset with HarfBuzz in one pass: the glyphs used, their ids kept."""
        glyphs = sorted(to_unicode)
        face = self._subset(glyphs, hinting, layout_closure=False)
        if face and harfbuzz.hb_face_get_glyph_count(face) > glyphs[-1] + 1:
            # HarfBuzz kept glyphs past the last one used (variants of a character that its
            # cmap has, say): WeasyPrint's second pass, glyphs up to the last used and then
            # those, without keeping ids (the first ones keep theirs, being all there).
            face = self._subset(range(glyphs[-1] + 1), hinting, keep_ids=False, face=face)
        content = get_hb_object_data(face) if face else None
        if content:
            self.file_content = content
        else:
            logger.warning("unable to subset font %r with HarfBuzz", self.family)

    def _subset(self, glyphs, hinting: bool, layout_closure=True, keep_ids=True, face=None):
        """The font (or `face`) subset by HarfBuzz to `glyphs`, or NULL."""
        subset_input = ffi.gc(
            harfbuzz_subset.hb_subset_input_create_or_fail(),
            harfbuzz_subset.hb_subset_input_destroy,
        )
        glyphs = list(glyphs)
        glyph_set = harfbuzz_subset.hb_subset_input_glyph_set(subset_input)
        # An array type of no fixed length: cffi parses "hb_codepoint_t[N]" anew for every N.
        harfbuzz.hb_set_add_sorted_array(
            glyph_set, ffi.new("hb_codepoint_t[]", glyphs), len(glyphs)
        )
        flags = (
            harfbuzz_subset.HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED
            | harfbuzz_subset.HB_SUBSET_FLAGS_DESUBROUTINIZE
        )
        if keep_ids:
            flags |= harfbuzz_subset.HB_SUBSET_FLAGS_RETAIN_GIDS
        if not layout_closure:
            # The text is shaped: the glyphs it shows are all it needs, not those that the
            # font's layout tables could substitute for them.
            flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE
        if not hinting:
            flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NO_HINTING
        if self.missing:
            flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NOTDEF_OUTLINE
        harfbuzz_subset.hb_subset_input_set_flags(subset_input, flags)
        drop_set = harfbuzz_subset.hb_subset_input_set(
            subset_input, harfbuzz_subset.HB_SUBSET_SETS_DROP_TABLE_TAG
        )
        drop = sorted(harfbuzz.hb_tag_from_string(tag, -1) for tag in DROPPED_FONT_TABLES)
        harfbuzz.hb_set_add_sorted_array(drop_set, ffi.new("hb_codepoint_t[]", drop), len(drop))
        return ffi.gc(
            harfbuzz_subset.hb_subset_or_fail(face or self.hb_face, subset_input),
            harfbuzz.hb_face_destroy,
        )


# As WeasyPrint drops them when it subsets: the PDF needs none of these.
DROPPED_FONT_TABLES = (
    b"BASE",
    b"DSIG",
    b"EBDT",
    b"EBLC",
    b"EBSC",
    b"GPOS",
    b"GSUB",
    b"JSTF",
    b"LTSH",
    b"PCLT",
    b"SVG ",
)


def _html(content: CertificateContent) -> str:
    """The certificate's HTML."""
    return _render_html(_view(content))


def _render_html(view: dict) -> str:
    """The HTML of a certificate's view."""
    return render_to_string(TEMPLATE, {"certificate": view})


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
    name_language = _cjk_language(name, language) or language
    name_families = tuple(
        family.format(cjk_serif=f"Noto Serif CJK {_cjk_region(name_language)}")
        for family in NAME_FONTS
    )
    region = _cjk_region(language)
    with override(language):
        qr_alt = gettext("QR code of the verification address %(url)s") % {
            "url": content.verify_url
        }
    return {
        **text,
        "language": language,
        "dir": "rtl" if language.split("-")[0].lower() in RTL_LANGUAGES else "ltr",
        "page": PAGE_SIZES[content.page_size],
        "section_style": (
            f"--primary: {content.primary_colour}; --accent: {content.accent_colour}; "
            f'--cjk-serif: "Noto Serif CJK {region}"; --cjk-sans: "Noto Sans CJK {region}"'
        ),
        "name_dir": _direction(name),
        "name_lang": name_language,
        "name_families": name_families,
        "name_fonts": ", ".join(
            family if family in GENERIC_FONTS else f'"{family}"' for family in name_families
        ),
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
        "qr": _QRCode(content.verify_url),
        "qr_alt": qr_alt,
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


def _cjk_region(language: str) -> str:
    """The Noto CJK region (SC, TC, HK, JP, KR) whose glyph variants suit a language."""
    tag = language.lower()
    for prefix, region in CJK_REGIONS.items():
        if tag == prefix or tag.startswith(prefix + "-"):
            return region
    return "SC"


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


class _QRCode:
    """A verification address's QR code, made when first needed.

    In the template it is an SVG image (its str(), a data: URI); the bulk renderer draws the
    same squares itself (`_QRDrawing`), sparing WeasyPrint's SVG parser (~8 ms a code).
    """

    def __init__(self, url: str):
        """The QR code of `url`."""
        self.url = url

    @cached_property
    def code(self) -> segno.QRCode:
        """The code: error correction M, fixed mask."""
        return segno.make(self.url, error=QR_ERROR, micro=False, mask=QR_MASK)

    def __str__(self) -> str:
        """The code as an SVG data: URI, with its quiet zone."""
        return self.code.svg_data_uri(border=QR_BORDER, omitsize=True, dark="#000")


class _QRDrawing:
    """A QR code as a replaced box's image, drawn as black squares on the box.

    What WeasyPrint draws for `_QRCode`'s SVG image, the same modules in the same place, as one
    path of a rectangle per run of dark modules in a row, made once.
    """

    def __init__(self, code: segno.QRCode):
        """The modules of `code`, with its quiet zone."""
        self.size = len(code.matrix) + 2 * QR_BORDER
        self.path = "\n".join(
            f"{run.start() + QR_BORDER} {y} {run.end() - run.start()} 1 re"
            for y, row in enumerate(code.matrix, start=QR_BORDER)
            for run in DARK_RUN.finditer(row)
        ).encode()

    def get_intrinsic_size(self, image_resolution, font_size):
        """No intrinsic size, a square: the box's CSS gives its size (as for the SVG)."""
        return None, None, 1

    def draw(self, stream, concrete_width, concrete_height, style):
        """Draw the dark modules, in module units scaled to the box, in one fill."""
        stream.transform(a=concrete_width / self.size, d=concrete_height / self.size)
        stream.stream.append(self.path)
        stream.set_color(QR_DARK)
        stream.fill()


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
