"""The site's image library: every image says who made it, under which licence, whether AI was
involved, whether the maker reserves AI training, and what its Content Credentials say."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage


class AIDisclosure(models.TextChoices):
    NOT_STATED = "", _("Not stated")
    NONE = "none", _("No AI used")
    EDITED = "edited", _("AI-edited")
    GENERATED = "generated", _("AI-generated")


class TrainingReservation(models.TextChoices):
    NOT_STATED = "", _("Not stated")
    RESERVED = "reserved", _("Reserved: the rights holder does not allow AI training")
    ALLOWED = "allowed", _("Allowed: the rights holder permits AI training")


class CredentialsStatus(models.TextChoices):
    """What reading the file's C2PA manifest found (lms.provenance.reading)."""

    PENDING = "pending", _("Not checked yet")
    NONE = "none", _("No Content Credentials")
    TRUSTED = "trusted", _("Valid, signed by a trusted signer")
    VALID = "valid", _("Valid, signer not on the trust list")
    MISMATCH = "mismatch", _("No longer match the image")
    INVALID = "invalid", _("Invalid")
    UNREADABLE = "unreadable", _("Could not be read")

    @classmethod
    def intact(cls):
        """Statuses whose signature and image hash both check out."""
        return (cls.TRUSTED, cls.VALID)


class LibraryImage(AbstractImage):
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who made the image, as they want to be named."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_("E.g. CC BY 4.0, or 'All rights reserved, used with permission'."),
    )
    ai_disclosure = models.CharField(
        _("AI-generated or AI-edited"),
        max_length=16,
        choices=AIDisclosure.choices,
        blank=True,
        default=AIDisclosure.NOT_STATED,
        help_text=_("Readers see a visible label when AI made or changed the image."),
    )
    training_reservation = models.CharField(
        _("training-data reservation"),
        max_length=16,
        choices=TrainingReservation.choices,
        blank=True,
        default=TrainingReservation.NOT_STATED,
        help_text=_(
            "Whether the rights holder reserves text-and-data-mining (AI training) rights, "
            "e.g. under Article 4(3) of the EU copyright directive."
        ),
    )
    training_reservation_note = models.CharField(
        _("how the reservation is expressed"),
        max_length=255,
        blank=True,
        help_text=_("E.g. 'TDMRep on the artist's site' or 'C2PA training-mining assertion'."),
    )
    credentials_status = models.CharField(
        _("Content Credentials"),
        max_length=16,
        choices=CredentialsStatus.choices,
        default=CredentialsStatus.PENDING,
        editable=False,
        db_index=True,
    )
    credentials = models.JSONField(
        _("Content Credentials summary"), default=dict, blank=True, editable=False
    )
    credentials_file_hash = models.CharField(max_length=40, blank=True, editable=False)
    credentials_checked_at = models.DateTimeField(null=True, blank=True, editable=False)

    admin_form_fields = (
        *WagtailImage.admin_form_fields,
        "credit",
        "licence",
        "ai_disclosure",
        "training_reservation",
        "training_reservation_note",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def credentials_intact(self):
        return self.credentials_status in CredentialsStatus.intact()

    @property
    def credentials_need_reading(self):
        """True when the stored reading is missing or was made from another file."""
        return (
            self.credentials_status == CredentialsStatus.PENDING
            or self.credentials_file_hash != self.file_hash
        )


class LibraryRendition(AbstractRendition):
    image = models.ForeignKey(LibraryImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
