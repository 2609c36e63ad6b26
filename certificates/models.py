"""Certificate templates and issued certificates.

A certificate is a snapshot: the recipient's name, the achievement and the evidence as they
were when it was issued, plus the signed Open Badges credential that anyone can check. What
changes later is only its status (revoked, superseded by a corrected certificate) and, after
the recipient erases their account, the removal of their name.
"""

import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import PreviewableMixin

# Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_GROUPS = 4
CODE_GROUP_LENGTH = 4  # 16 characters x 5 bits = 80 random bits
_TYPED_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Give a colour as #RRGGBB."))


def new_certificate_code():
    """A fresh public code like 7KQ2-M9XD-4HTP-W3RA (80 random bits)."""
    characters = [secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LENGTH)]
    groups = [
        "".join(characters[i : i + CODE_GROUP_LENGTH])
        for i in range(0, len(characters), CODE_GROUP_LENGTH)
    ]
    return "-".join(groups)


def normalise_code(typed):
    """The canonical form of a code as a person typed it, or None if it cannot be one."""
    if not isinstance(typed, str) or len(typed) > 64:
        return None
    compact = "".join(typed.upper().split()).replace("-", "").translate(_TYPED_LOOKALIKES)
    length = CODE_GROUPS * CODE_GROUP_LENGTH
    if len(compact) != length or any(char not in CODE_ALPHABET for char in compact):
        return None
    return "-".join(compact[i : i + CODE_GROUP_LENGTH] for i in range(0, length, CODE_GROUP_LENGTH))


class CertificateTemplate(PreviewableMixin, models.Model):
    """How certificates look and what they say: a snippet with a live PDF preview."""

    class PageSize(models.TextChoices):
        A4 = "A4", _("A4 landscape")
        LETTER = "Letter", _("US Letter landscape")

    name = models.CharField(_("name"), max_length=100, unique=True)
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used for courses and workshops that do not choose a template."),
    )
    language = models.CharField(
        _("language"),
        max_length=20,
        default="en",
        validators=[RegexValidator(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")],
        help_text=_("The certificate's language as a BCP 47 tag, e.g. en, fr, ar."),
    )
    page_size = models.CharField(
        _("page size"), max_length=10, choices=PageSize.choices, default=PageSize.A4
    )
    primary_colour = models.CharField(
        _("main colour"), max_length=7, default="#1f3a5f", validators=[hex_colour]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#9c7a3c", validators=[hex_colour]
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("issuer logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner = models.ForeignKey(
        "workshops.Partner",
        verbose_name=_("co-branding partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificate_templates",
        help_text=_("Shows the partner's name and logo beside the issuer's."),
    )
    wording = models.CharField(
        _("wording"),
        max_length=120,
        blank=True,
        help_text=_("The line before the achievement, e.g. “has successfully completed”."),
    )
    signatory_name = models.CharField(_("signatory name"), max_length=80, blank=True)
    signatory_title = models.CharField(_("signatory title"), max_length=100, blank=True)
    signature_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("is_default"),
        MultiFieldPanel(
            [
                FieldPanel("language"),
                FieldPanel("page_size"),
                FieldPanel("primary_colour"),
                FieldPanel("accent_colour"),
                FieldPanel("logo"),
                FieldPanel("partner"),
            ],
            heading=_("Look"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wording"),
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature_image"),
            ],
            heading=_("Wording and signature"),
        ),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="one_default_template",
                violation_error_message=_(
                    "Another template is already the default. Untick “default template” "
                    "there first."
                ),
            )
        ]

    def __str__(self):
        return self.name

    def serve_preview(self, request, mode_name):
        """The admin's live preview: a sample certificate rendered with this template."""
        from django.http import HttpResponse

        from .rendering import template_preview_pdf

        response = HttpResponse(template_preview_pdf(self), content_type="application/pdf")
        response["Content-Disposition"] = 'inline; filename="preview.pdf"'
        return response


class Certificate(models.Model):
    """One person's certificate for one achievement (a course or a workshop)."""

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded by a corrected certificate")

    code = models.CharField(
        _("public code"), max_length=19, unique=True, default=new_certificate_code, editable=False
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    # Who it is for, as a stable key ("user:12", "booking:34"): one valid certificate per
    # subject and achievement, even after the account is gone.
    subject_key = models.CharField(_("subject"), max_length=64)
    recipient_name = models.CharField(_("recipient name"), max_length=300, blank=True)
    recipient_identity_hash = models.CharField(_("recipient identity hash"), max_length=100)
    recipient_salt = models.CharField(_("salt"), max_length=64)
    recipient_erased_at = models.DateTimeField(_("recipient details removed at"), null=True)

    achievement_key = models.CharField(_("achievement"), max_length=64)
    achievement_name = models.CharField(_("achievement name"), max_length=300)
    achievement_description = models.TextField(_("achievement description"), blank=True)
    achievement_criteria = models.TextField(_("criteria"), blank=True)
    achievement_url = models.URLField(_("achievement page"), max_length=500, blank=True)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    workshop = models.ForeignKey(
        "workshops.WorkshopPage",
        verbose_name=_("workshop"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    partner = models.ForeignKey(
        "workshops.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    evidence = models.JSONField(_("evidence"), default=list, blank=True)

    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    expiry_reminder_sent_at = models.DateTimeField(_("expiry reminder sent"), null=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.VALID
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason"), max_length=1000, blank=True)
    superseded_by = models.OneToOneField(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    credential = models.JSONField(_("signed credential"), default=dict, blank=True)
    pdf = models.FileField(_("PDF"), upload_to="certificates/", blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["subject_key", "achievement_key"],
                condition=Q(status="valid"),
                name="one_valid_certificate_per_achievement",
            )
        ]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.code} · {self.achievement_name}"

    @property
    def is_expired(self):
        return self.valid_until is not None and self.valid_until <= timezone.now()

    @property
    def display_status(self):
        """valid, expired, revoked or superseded: what a verifier should be told."""
        if self.status == self.Status.VALID and self.is_expired:
            return "expired"
        return self.status

    @property
    def status_index(self):
        """This certificate's bit in the revocation status list."""
        return self.pk
