"""StreamField blocks every page type offers: the familiar editing vocabulary of the site."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = [
    "h3",
    "h4",
    "bold",
    "italic",
    "link",
    "document-link",
    "ol",
    "ul",
    "blockquote",
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)")), ("h4", _("Minor (h4)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")


class AltTextRequiredMixin:
    """A struct block whose `alt_text` may not be blank (spaces do not describe anything)."""

    def clean(self, value):
        value = super().clean(value)
        if not value["alt_text"].strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Alternative text is required."))}
            )
        return value


def alt_text_block():
    return blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )


class ImageBlock(AltTextRequiredMixin, blocks.StructBlock):
    """An image that always says what it shows, who made it and whether AI was involved.

    Credit, licence and the AI flag default to what the image library says about the image.
    """

    image = ImageChooserBlock(label=_("Image"))
    alt_text = alt_text_block()
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=200)
    licence = blocks.CharBlock(
        label=_("Licence"), required=False, max_length=200, help_text=_("E.g. CC BY 4.0")
    )
    ai_generated = blocks.BooleanBlock(
        label=_("AI-generated or AI-edited"),
        required=False,
        help_text=_("Readers see a visible label when this is ticked."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("key_idea", _("Key idea")),
            ("legal_note", _("Legal note")),
            ("try_it", _("Try it")),
        ],
        default="key_idea",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        template = "blocks/callout.html"
        label = _("Callout")


class CitationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    publisher = blocks.CharBlock(label=_("Author or publisher"), required=False, max_length=300)
    date = blocks.CharBlock(
        label=_("Date"), required=False, max_length=50, help_text=_("E.g. 2024-06-13")
    )
    url = blocks.URLBlock(label=_("Link"), required=False)
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=300)


class SourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), default=_("Sources"), max_length=100)
    citations = blocks.ListBlock(CitationBlock(), label=_("Citations"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/sources.html"
        label = _("Sources")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document title.")
    )
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Downloadable document")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/rich_text.html",
    )
    image = ImageBlock()
    callout = CalloutBlock()
    sources = SourcesBlock()
    document = DocumentBlock()
