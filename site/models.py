"""People and the site's general pages."""

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock
from .images import LibraryImage, LibraryRendition  # noqa: F401 (models of this app)
from .routing import DirectRoutingMixin


class UserManager(BaseUserManager):
    """Users log in with their email address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person: learner, educator, reviewer or partner staff. Email is the login."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=150,
        blank=True,
        help_text=_("How we greet you on the site."),
    )
    certificate_name = models.CharField(
        _("name on certificates"),
        max_length=200,
        blank=True,
        help_text=_("Your name exactly as it should appear on certificates, in any script."),
    )

    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = type(self).objects.normalize_email(self.email).strip()

    def get_full_name(self):
        return self.display_name or super().get_full_name().strip()

    def get_short_name(self):
        return self.display_name or self.first_name or self.email.split("@")[0]

    @property
    def name_for_certificates(self):
        """The recipient name to print: the chosen certificate name, else the full name."""
        return self.certificate_name or super().get_full_name().strip() or self.display_name


class HomePage(DirectRoutingMixin, Page):
    """The site's front page: what the workshops are and where to start."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    subpage_types = ["lms.StandardPage", "courses.CourseIndexPage", "workshops.WorkshopIndexPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards()
        return context


class StandardPage(Page):
    """A plain page: about, accessibility statement, privacy notice."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    subpage_types = ["lms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class ConsentText(models.Model):
    """One version of a question people may agree to; a version's wording never changes once
    someone has agreed to it, so a new wording is a new version."""

    class Scope(models.TextChoices):
        ACCOUNT = "account", _("A person's account (asked at sign-up and on their profile)")
        BOOKING = "booking", _("Each workshop booking (asked when booking, changed on the ticket)")

    slug = models.SlugField(
        _("identifier"),
        max_length=80,
        help_text=_("The same for every version of one question, e.g. “future-workshops”."),
    )
    scope = models.CharField(
        _("asked for"), max_length=20, choices=Scope.choices, default=Scope.ACCOUNT
    )
    version = models.PositiveIntegerField(_("version"), validators=[MinValueValidator(1)])
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("What people tick, e.g. “Tell me about future workshops”."),
    )
    text = models.TextField(_("text"), max_length=2000, help_text=_("What exactly they agree to."))
    active = models.BooleanField(
        _("offered"),
        default=True,
        help_text=_("People are asked the newest offered version of each question."),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        ordering = ["slug", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "version"], name="consent_text_version_once")
        ]

    def __str__(self):
        return f"{self.title} (v{self.version})"

    def has_agreements(self):
        """Whether anyone has agreed to this version, on their account or on a booking."""
        return self.consents.exists() or self.booking_consents.exists()

    def clean(self):
        super().clean()
        if self.pk is None:
            return
        stored = type(self).objects.filter(pk=self.pk).first()
        wording = ("slug", "version", "title", "text", "scope")
        if (
            stored is not None
            and any(getattr(stored, name) != getattr(self, name) for name in wording)
            and stored.has_agreements()
        ):
            raise ValidationError(
                _("People have agreed to this wording. Publish a new version instead.")
            )


class ConsentManager(models.Manager):
    def current(self):
        """`user.consents.current`: the person's answer to each question on offer now."""
        from .consents import current_consents

        user = getattr(self, "instance", None)
        if user is None:
            raise TypeError("current() is for a person's consents: user.consents.current()")
        return current_consents(user)


class Consent(models.Model):
    """A person's agreement to one version of a consent text, and when they withdrew it.

    Erasing the person keeps the row without them (see lms/privacy/entries.py), so the number of
    people who agreed to each version stays true; `user` is therefore nullable.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="consents",
    )
    consent_text = models.ForeignKey(
        ConsentText,
        verbose_name=_("consent text"),
        on_delete=models.PROTECT,
        related_name="consents",
    )
    accepted_at = models.DateTimeField(_("agreed at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    objects = ConsentManager()

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["accepted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "consent_text"],
                condition=models.Q(revoked_at__isnull=True),
                name="one_current_consent_per_text",
            )
        ]

    def __str__(self):
        return f"{self.user or _('(erased)')} · {self.consent_text}"
