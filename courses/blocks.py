"""Lesson blocks: the base vocabulary plus comparisons, video, glossary, knowledge checks and
the provenance lab (Content Credentials, compare exercises)."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from lms.blocks import (
    RICH_TEXT_FEATURES,
    AltTextRequiredMixin,
    BaseStreamBlock,
    ImageBlock,
    alt_text_block,
)
from lms.provenance.presenting import credentials_view

from .grading import Gradable, GradableOption, GradableQuestion, gradable_knowledge_check

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


def pass_mark_block(*, default):
    return blocks.IntegerBlock(
        label=_("Pass mark (%)"), min_value=0, max_value=100, default=default
    )


def max_attempts_block():
    return blocks.IntegerBlock(
        label=_("Attempts allowed"),
        min_value=0,
        max_value=100,
        default=0,
        required=False,
        help_text=_("0 or empty: as many as the learner likes."),
    )


class GradedExerciseMixin:
    """What every graded block shares: the learner's last submission and attempts."""

    def graded_context(self, context, parent_context):
        """(result, chosen) for this block, after updating `context` with the attempt state."""
        state = (parent_context or {}).get("check_state") or {}
        submitted = state.get("block_id") and state.get("block_id") == context.get("block_id")
        result = state.get("result") if submitted else None
        made, best = (
            (parent_context or {}).get("attempts", {}).get(context.get("block_id"), (0, None))
        )
        limit = context["value"].get("max_attempts") or 0
        context.update(
            result=result,
            saved=state.get("saved") if submitted else False,
            error=state.get("error") if submitted else None,
            attempts_made=made,
            best_attempt=best,
            attempts_allowed=limit,
            attempts_left=max(0, limit - made) if limit else None,
        )
        return result, (state.get("chosen", {}) if submitted else {})


class KnowledgeCheckBlock(GradedExerciseMixin, blocks.StructBlock):
    """Questions with options and per-option feedback, graded on the server."""

    title = blocks.CharBlock(label=_("Title"), default=_("Check your understanding"))
    instructions = blocks.CharBlock(label=_("Instructions"), required=False, max_length=300)
    pass_mark = pass_mark_block(default=80)
    max_attempts = max_attempts_block()
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1, max_num=20)

    class Meta:
        icon = "tick-inverse"
        template = "courses/blocks/knowledge_check.html"
        label = _("Knowledge check")

    def gradable(self, value):
        return gradable_knowledge_check(value)

    def get_context(self, value, parent_context=None):
        """Questions for the form; answers and feedback only once this check was submitted."""
        context = super().get_context(value, parent_context)
        result, chosen = self.graded_context(context, parent_context)
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
        context["questions"] = questions
        return context


class ContentCredentialsBlock(AltTextRequiredMixin, blocks.StructBlock):
    """An image beside what its Content Credentials say, read when it was uploaded."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = alt_text_block()
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    notes = blocks.RichTextBlock(
        label=_("What to notice"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Optional: point learners to what matters in these credentials."),
    )

    class Meta:
        icon = "form"
        template = "courses/blocks/content_credentials.html"
        label = _("Content Credentials")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["credentials"] = credentials_view(value["image"])
        return context


class CompareItemBlock(AltTextRequiredMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("Describe what the image shows, without giving the answer away."),
    )
    answer = blocks.CharBlock(
        label=_("What it really is"),
        max_length=120,
        help_text=_(
            "E.g. 'Signed camera photo'. Every image's answer is offered as a choice for each image."
        ),
    )
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Shown after answering, with the image's Content Credentials."),
    )


class CompareExerciseBlock(GradedExerciseMixin, blocks.StructBlock):
    """Two to four images; the learner says which is which, then sees their credentials."""

    title = blocks.CharBlock(label=_("Title"), default=_("Which is which?"), max_length=200)
    instructions = blocks.CharBlock(label=_("Instructions"), required=False, max_length=300)
    items = blocks.ListBlock(CompareItemBlock(), label=_("Images"), min_num=2, max_num=4)
    pass_mark = pass_mark_block(default=75)
    max_attempts = max_attempts_block()

    class Meta:
        icon = "view"
        template = "courses/blocks/compare_exercise.html"
        label = _("Compare exercise")

    def clean(self, value):
        value = super().clean(value)
        answers = [item["answer"].strip().casefold() for item in value["items"]]
        if len(set(answers)) != len(answers):
            raise StructBlockValidationError(
                block_errors={"items": ValidationError(_("Give every image a different answer."))}
            )
        return value

    @staticmethod
    def choice_id(item_id):
        """The option value for an item's answer. Not the item id itself: each image's field is
        named after its item id, so equal values would give the answers away in the HTML."""
        return salted_hmac("courses.CompareExerciseBlock.choice", item_id).hexdigest()[:16]

    @classmethod
    def choices(cls, value):
        """(choice id, answer) for every image, alphabetically: the order gives nothing away."""
        return sorted(
            (
                (cls.choice_id(item.id), item.value["answer"])
                for item in value["items"].bound_blocks
            ),
            key=lambda choice: choice[1].casefold(),
        )

    def gradable(self, value):
        choices = self.choices(value)
        return Gradable(
            title=value["title"],
            pass_mark=int(value["pass_mark"]),
            max_attempts=int(value.get("max_attempts") or 0),
            questions=tuple(
                GradableQuestion(
                    id=item.id,
                    prompt=item.value["alt_text"],
                    kind="single",
                    options=tuple(
                        GradableOption(
                            id=choice_id, text=text, is_correct=choice_id == self.choice_id(item.id)
                        )
                        for choice_id, text in choices
                    ),
                )
                for item in value["items"].bound_blocks
            ),
        )

    def get_context(self, value, parent_context=None):
        """Images with a choice each; answers and credentials only once submitted."""
        context = super().get_context(value, parent_context)
        result, chosen = self.graded_context(context, parent_context)
        choices = self.choices(value)
        answers = dict(choices)
        items = []
        for item in value["items"].bound_blocks:
            picked = next(iter(chosen.get(item.id, ())), "")
            outcome = result.questions.get(item.id) if result else None
            items.append(
                {
                    "id": item.id,
                    "value": item.value,
                    "picked": picked,
                    "picked_answer": answers.get(picked, ""),
                    "outcome": outcome,
                    "credentials": credentials_view(item.value["image"]) if outcome else None,
                }
            )
        context.update(items=items, choices=choices)
        return context


class LessonStreamBlock(BaseStreamBlock):
    comparison = ImageComparisonBlock()
    video = VideoBlock()
    glossary_term = GlossaryTermBlock()
    knowledge_check = KnowledgeCheckBlock()
    content_credentials = ContentCredentialsBlock()
    compare_exercise = CompareExerciseBlock()


__all__ = ["RICH_TEXT_FEATURES", "LessonStreamBlock"]
