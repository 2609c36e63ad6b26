"""Course pages: index → course → module → lesson."""

import math

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from .blocks import LessonStreamBlock

WORDS_PER_MINUTE = 200


class CourseLevel(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseIndexPage(Page):
    """Lists the published courses."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    subpage_types = ["courses.CoursePage"]
    parent_page_types = ["lms.HomePage"]

    class Meta:
        verbose_name = _("course index")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards(parent=self)
        return context


class CoursePage(RoutablePageMixin, Page):
    """A self-paced course: what it teaches, for whom, and its outline of modules and lessons."""

    summary = models.TextField(_("summary"), max_length=500)
    audience = models.CharField(_("who it is for"), max_length=300, blank=True)
    level = models.CharField(
        _("level"), max_length=20, choices=CourseLevel.choices, default=CourseLevel.INTRODUCTORY
    )
    duration_minutes = models.PositiveIntegerField(
        _("duration (minutes)"), help_text=_("About how long the whole course takes.")
    )
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("card image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(_("card image alternative text"), max_length=300, blank=True)
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
        help_text=_("What a learner can do after the course. Start each with a verb."),
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for the default template."),
    )
    certificate_valid_for_months = models.PositiveSmallIntegerField(
        _("certificates valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Leave empty for certificates that never expire. Learners are reminded a month "
            "before theirs expires."
        ),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
        help_text=_("Courses a learner should complete first."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("level"),
                FieldPanel("duration_minutes"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About the course"),
        ),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt_text")], heading=_("Card image")
        ),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [FieldPanel("certificate_template"), FieldPanel("certificate_valid_for_months")],
            heading=_("Certificate"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("learning_outcomes"),
        index.FilterField("level"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt_text.strip():
            raise ValidationError(
                {"image_alt_text": _("Describe the card image for screen readers.")}
            )

    @path("enrol/", name="enrol")
    def enrol_view(self, request):
        from .views import enrol

        return enrol(request, self)

    @path("withdraw/", name="withdraw")
    def withdraw_view(self, request):
        from .views import withdraw

        return withdraw(request, self)

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline, course_progress, live_prerequisites

        context = super().get_context(request, *args, **kwargs)
        outline = course_outline(self)
        lessons = [lesson for module in outline for lesson in module.lessons]
        context["outline"] = outline
        context["prerequisite_courses"] = live_prerequisites(self)
        context["progress"] = course_progress(request.user, self, lessons)
        return context


class ModulePage(Page):
    """A group of lessons inside a course."""

    summary = models.TextField(_("summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_progress, module_lessons

        context = super().get_context(request, *args, **kwargs)
        lessons = list(module_lessons(self))
        context["lessons"] = lessons
        if request.user.is_authenticated:
            course = CoursePage.objects.ancestor_of(self).get()
            context["progress"] = course_progress(request.user, course, lessons)
        return context


class LessonPage(RoutablePageMixin, Page):
    """One lesson: a stream of teaching blocks, read in order."""

    summary = models.TextField(_("summary"), blank=True, max_length=500)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))
    reading_minutes = models.PositiveIntegerField(
        _("estimated reading time (minutes)"), default=1, editable=False
    )
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Learners must mark this lesson complete to complete the course."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("required"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def save(self, *args, **kwargs):
        self.reading_minutes = estimate_reading_minutes(self.body)
        return super().save(*args, **kwargs)

    @cached_property
    def knowledge_checks(self):
        """The graded exercises of this lesson (knowledge checks, compare exercises) by block
        id, as courses.grading.Gradable."""
        return {
            block.id: block.block.gradable(block.value)
            for block in self.body
            if hasattr(block.block, "gradable")
        }

    @path("")
    def index_route(self, request, *args, **kwargs):
        """Show the lesson; for an enrolled learner, remember it as the place to resume."""
        from django.template.response import TemplateResponse

        from .services import lesson_visit_record

        request.is_preview = getattr(request, "is_preview", False)
        context = self.get_context(request, *args, **kwargs)
        if request.method == "GET" and not request.is_preview and "progress" in context:
            lesson_visit_record(lesson=self, enrolment=context["progress"].enrolment)
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)

    @path("check/<str:block_id>/", name="check")
    def submit_knowledge_check(self, request, block_id):
        from .views import knowledge_check_submit

        return knowledge_check_submit(request, self, block_id)

    @path("complete/", name="complete")
    def complete_view(self, request):
        from .views import complete

        return complete(request, self)

    def get_context(self, request, *args, **kwargs):
        from .selectors import check_attempts, course_progress, lesson_navigation
        from .views import new_attempt_token

        context = super().get_context(request, *args, **kwargs)
        navigation = lesson_navigation(self)
        context.update(navigation)
        course = navigation["course"]
        if course is not None:
            context["progress"] = course_progress(request.user, course, navigation["lessons"])
        context["attempts"] = check_attempts(request.user, self) if self.knowledge_checks else {}
        context["attempt_token"] = new_attempt_token()
        return context


NON_TEXT_KEYS = {"image", "document", "kind", "level", "url", "is_correct", "pass_mark"}


def _texts(raw):
    """Every piece of prose in raw StreamField data, skipping ids and settings."""
    if isinstance(raw, str):
        yield raw
    elif isinstance(raw, list):
        for item in raw:
            yield from _texts(item)
    elif isinstance(raw, dict):
        for key, value in raw.items():
            if key not in NON_TEXT_KEYS and key not in {"id", "type"}:
                yield from _texts(value)


def estimate_reading_minutes(body):
    """Minutes to read a lesson's text at an unhurried pace; at least one."""
    words = sum(len(strip_tags(text).split()) for text in _texts(list(body.raw_data)))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def learner_field(*, related_name):
    """The link from learner data to a person. Erasing the person keeps the row without the
    link (SET_NULL), so counts and question statistics stay true."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )


class Enrolment(models.Model):
    """A person taking a self-paced course. Withdrawing keeps the row and its history."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = learner_field(related_name="enrolments")
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        LessonPage,
        verbose_name=_("last lesson visited"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_visited_at = models.DateTimeField(_("last visited at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]
        indexes = [models.Index(fields=["course", "status"])]

    def __str__(self):
        return f"{self.user or _('(erased)')} · {self.course}"

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE


class LessonProgress(models.Model):
    """When a learner first and last opened a lesson, and when they marked it complete."""

    user = learner_field(related_name="lesson_progress")
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="progress"
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )
    first_visited_at = models.DateTimeField(_("first visited at"), default=timezone.now)
    last_visited_at = models.DateTimeField(_("last visited at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_per_lesson")
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user or _('(erased)')} · {self.lesson}"


class QuizAttempt(models.Model):
    """One graded submission of a knowledge check, with the answers as submitted."""

    user = learner_field(related_name="quiz_attempts")
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="attempts"
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )
    check_id = models.CharField(_("knowledge check"), max_length=64)
    number = models.PositiveIntegerField(_("attempt number"))
    answers = models.JSONField(_("answers"), default=dict)
    wrong_questions = models.JSONField(_("questions answered wrongly"), default=list)
    score_percent = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    # The form's one-time token: a replayed submission finds its attempt instead of adding one.
    token = models.CharField(_("submission token"), max_length=64)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="one_attempt_per_token"),
            models.UniqueConstraint(
                fields=["user", "lesson", "check_id", "number"], name="attempts_numbered_once"
            ),
        ]
        indexes = [models.Index(fields=["course", "lesson", "check_id"])]

    def __str__(self):
        return f"{self.user or _('(erased)')} · {self.lesson} · #{self.number}"
