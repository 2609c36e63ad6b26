"""Lesson blocks: the base vocabulary plus comparisons, video, glossary and knowledge checks."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from lms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, ImageBlock

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def video_embed_url(url):
    """The privacy-friendly embed address for a YouTube or Vimeo link, or None."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = None
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [None])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parsed.path.split("/")[2]
        if video_id and YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        video_id = parsed.path.lstrip("/")
        if YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host in {"vimeo.com", "player.vimeo.com"}:
        digits = [part for part in parsed.path.split("/") if part.isdigit()]
        if digits:
            return f"https://player.vimeo.com/video/{digits[0]}?dnt=1"
    return None


class ComparisonImageBlock(ImageBlock):
    """One side of a comparison: an image block with a short label such as 'Original'."""

    label = blocks.CharBlock(label=_("Label"), max_length=100, help_text=_("E.g. 'Original'"))


class ImageComparisonBlock(blocks.StructBlock):
    """Two images side by side (stacked on narrow screens), e.g. original and altered."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    first = ComparisonImageBlock(label=_("First image"))
    second = ComparisonImageBlock(label=_("Second image"))
    caption = blocks.RichTextBlock(
        label=_("What to notice"), required=False, features=["bold", "italic", "link"]
    )

    class Meta:
        icon = "image"
        template = "courses/blocks/image_comparison.html"
        label = _("Side-by-side images")


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video, embedded without tracking cookies, always with a transcript."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("YouTube or Vimeo address"))
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), features=["bold", "italic", "link", "ol", "ul"]
    )
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=200)

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        label = _("Video with transcript")

    def clean(self, value):
        value = super().clean(value)
        if video_embed_url(value["url"]) is None:
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Use a YouTube or Vimeo video address."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        return context


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=100)
    definition = blocks.RichTextBlock(label=_("Definition"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        template = "courses/blocks/glossary_term.html"
        label = _("Glossary term")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer option"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=500,
        help_text=_("Shown after answering, to a learner who chose this option."),
    )


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(label=_("Question"), max_length=500)
    kind = blocks.ChoiceBlock(
        label=_("Answer type"),
        choices=[("single", _("One answer")), ("multiple", _("Several answers"))],
        default="single",
    )
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2, max_num=8)
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Shown after answering, whatever the answer."),
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["is_correct"])
        if correct == 0:
            message = _("Mark at least one option as correct.")
        elif value["kind"] == "single" and correct != 1:
            message = _("A one-answer question needs exactly one correct option.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"options": ValidationError(message)})


class KnowledgeCheckBlock(blocks.StructBlock):
    """Questions with options and per-option feedback, graded on the server."""

    title = blocks.CharBlock(label=_("Title"), default=_("Check your understanding"))
    instructions = blocks.CharBlock(label=_("Instructions"), required=False, max_length=300)
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"), min_value=0, max_value=100, default=80
    )
    max_attempts = blocks.IntegerBlock(
        label=_("Attempts allowed"),
        min_value=0,
        max_value=100,
        default=0,
        required=False,
        help_text=_("0 or empty: as many as the learner likes."),
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1, max_num=20)

    class Meta:
        icon = "tick-inverse"
        template = "courses/blocks/knowledge_check.html"
        label = _("Knowledge check")

    def get_context(self, value, parent_context=None):
        """Questions for the form; answers and feedback only once this check was submitted."""
        context = super().get_context(value, parent_context)
        state = (parent_context or {}).get("check_state") or {}
        submitted = state.get("block_id") and state.get("block_id") == context.get("block_id")
        result = state.get("result") if submitted else None
        chosen = state.get("chosen", {}) if submitted else {}
        questions = []
        for question in value["questions"].bound_blocks:
            outcome = result.questions.get(question.id) if result else None
            outcomes = {option.id: option for option in outcome.options} if outcome else {}
            questions.append(
                {
                    "id": question.id,
                    "prompt": question.value["prompt"],
                    "kind": question.value["kind"],
                    "explanation": question.value["explanation"],
                    "outcome": outcome,
                    "options": [
                        {
                            "id": option.id,
                            "text": option.value["text"],
                            "checked": option.id in chosen.get(question.id, ()),
                            "outcome": outcomes.get(option.id),
                        }
                        for option in question.value["options"].bound_blocks
                    ],
                }
            )
        made, best = (
            (parent_context or {}).get("attempts", {}).get(context.get("block_id"), (0, None))
        )
        limit = value.get("max_attempts") or 0
        context.update(
            questions=questions,
            result=result,
            saved=state.get("saved") if submitted else False,
            error=state.get("error") if submitted else None,
            attempts_made=made,
            best_attempt=best,
            attempts_allowed=limit,
            attempts_left=max(0, limit - made) if limit else None,
        )
        return context


class LessonStreamBlock(BaseStreamBlock):
    comparison = ImageComparisonBlock()
    video = VideoBlock()
    glossary_term = GlossaryTermBlock()
    knowledge_check = KnowledgeCheckBlock()


__all__ = ["RICH_TEXT_FEATURES", "LessonStreamBlock"]
