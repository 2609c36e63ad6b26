"""Partners, venues, workshop pages, sessions and bookings."""

import secrets
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from lms.blocks import BaseStreamBlock

TICKET_SECRET_BYTES = 24  # 192 bits, URL-safe


def new_ticket_secret():
    return secrets.token_urlsafe(TICKET_SECRET_BYTES)


def validate_timezone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value})


class Partner(models.Model):
    """A museum, gallery or cultural organisation that hosts workshops."""

    class Kind(models.TextChoices):
        MUSEUM = "museum", _("Museum")
        GALLERY = "gallery", _("Gallery")
        ORGANISATION = "organisation", _("Cultural organisation")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MUSEUM)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    guest_data_retention_days = models.PositiveIntegerField(
        _("keep guests' details for (days)"),
        default=365,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_(
            "After a session ends, guests' names and email addresses (and the contact details "
            "of group requests) are erased once this many days have passed. Seat counts and "
            "attendance figures are kept."
        ),
    )

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PartnerMembership(models.Model):
    """A person who works for a partner, as coordinator or educator."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        EDUCATOR = "educator", _("Educator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="partner_memberships",
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.EDUCATOR)

    class Meta:
        verbose_name = _("partner membership")
        verbose_name_plural = _("partner memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "partner"], name="one_membership_per_partner")
        ]

    def __str__(self):
        return f"{self.user} · {self.partner} ({self.get_role_display()})"


class Venue(models.Model):
    """Where sessions happen, with the access information visitors need to plan a visit."""

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="venues"
    )
    name = models.CharField(_("name"), max_length=200)
    address = models.TextField(_("address"))
    city = models.CharField(_("city"), max_length=100)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    country = models.CharField(_("country"), max_length=100, default="United Kingdom")
    timezone = models.CharField(
        _("time zone"), max_length=64, default="Europe/London", validators=[validate_timezone]
    )
    map_url = models.URLField(_("map link"), blank=True)
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    sign_language = models.BooleanField(
        _("BSL / sign-language interpretation available"), default=False
    )
    captioning = models.BooleanField(_("live captioning"), default=False)
    quiet_room = models.BooleanField(_("quiet room"), default=False)
    seating = models.BooleanField(_("seating available throughout"), default=False)
    nearest_transport = models.CharField(_("nearest public transport"), max_length=300, blank=True)
    access_notes = models.TextField(_("access notes"), blank=True)

    ACCESS_FEATURES = (
        "step_free_access",
        "accessible_toilet",
        "hearing_loop",
        "sign_language",
        "captioning",
        "quiet_room",
        "seating",
    )

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["partner__name", "name"]

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def access_features(self):
        """Verbose names of the access features this venue offers."""
        return [
            self._meta.get_field(name).verbose_name
            for name in self.ACCESS_FEATURES
            if getattr(self, name)
        ]


class WorkshopIndexPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    subpage_types = ["workshops.WorkshopPage"]
    parent_page_types = ["lms.HomePage"]

    class Meta:
        verbose_name = _("workshop index")

    def get_context(self, request, *args, **kwargs):
        from .forms import SessionFilterForm
        from .selectors import upcoming_listed_sessions

        context = super().get_context(request, *args, **kwargs)
        listed = upcoming_listed_sessions()
        form = SessionFilterForm(request.GET or None, sessions=list(listed))
        if form.is_bound and not form.is_valid():
            context.update(filter_form=form, sessions=[], filter_invalid=True)
            return context
        sessions = list(form.filter(listed) if form.is_bound else listed)
        context.update(filter_form=form, sessions=sessions)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data.get("filter_invalid"):
            response.status_code = 400
        return response


class WorkshopPageForm(WagtailAdminPageForm):
    """Editors choose among the partners they work for; superusers among all partners. A page
    keeps the partner it already has, so editing someone else's workshop never breaks it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .permissions import partners_for

        allowed = partners_for(self.for_user)
        if self.instance.partner_id:
            allowed = allowed | Partner.objects.filter(pk=self.instance.partner_id)
        field = self.fields["partner"]
        field.queryset = allowed.distinct()
        if not field.queryset.exists():
            field.help_text = _(
                "You do not work for any partner yet: ask an administrator to add you to a "
                "partner's staff before creating a workshop."
            )


class WorkshopPage(Page):
    """A workshop that partners run as one or more sessions."""

    base_form_class = WorkshopPageForm

    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="workshops",
    )
    summary = models.TextField(_("summary"), max_length=500)
    description = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    audience = models.CharField(_("who it is for"), max_length=300, blank=True)
    age_range = models.CharField(_("age range"), max_length=50, blank=True)
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    related_course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("related course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshops",
    )

    class CertificateRule(models.TextChoices):
        NONE = "none", _("No certificate")
        MINUTES = "minutes", _("Present for enough of a session")
        ALL_SESSIONS = "all_sessions", _("Present at every session of the series")

    certificate_rule = models.CharField(
        _("certificate rule"),
        max_length=20,
        choices=CertificateRule.choices,
        default=CertificateRule.MINUTES,
    )
    certificate_min_percent = models.PositiveSmallIntegerField(
        _("minimum share of the session (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("For “present for enough of a session”: minutes attended ÷ session length."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("partner"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("age_range"),
                FieldPanel("what_to_bring"),
                FieldPanel("related_course"),
            ],
            heading=_("Practical details"),
        ),
        MultiFieldPanel(
            [FieldPanel("certificate_rule"), FieldPanel("certificate_min_percent")],
            heading=_("Certificate"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["workshops.WorkshopIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("workshop")

    def get_context(self, request, *args, **kwargs):
        from .consents import booking_consent_texts
        from .forms import BookingForm
        from .selectors import upcoming_public_sessions

        context = super().get_context(request, *args, **kwargs)
        guest = not request.user.is_authenticated
        sessions = list(upcoming_public_sessions(self))
        consent_texts = list(booking_consent_texts()) if sessions else []
        for session in sessions:
            session.form = BookingForm(session=session, guest=guest, consent_texts=consent_texts)
        context["sessions"] = sessions
        return context


class Session(models.Model):
    """One occurrence of a workshop at a venue, with a fixed number of seats."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        COMPLETED = "completed", _("Completed")

    workshop = models.ForeignKey(
        WorkshopPage, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="sessions"
    )
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="sessions"
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    capacity = models.PositiveIntegerField(_("seats"))
    max_group_size = models.PositiveIntegerField(_("most seats in one booking"), default=4)
    language = models.CharField(_("language"), max_length=50, default="English")
    booking_opens_at = models.DateTimeField(_("booking opens"), null=True, blank=True)
    booking_closes_at = models.DateTimeField(_("booking closes"), null=True, blank=True)
    cancellation_deadline = models.DateTimeField(_("cancellation deadline"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED
    )
    is_private = models.BooleanField(
        _("private"), default=False, help_text=_("Reserved for one group; not listed publicly.")
    )

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(max_group_size__gte=1), name="group_size_positive"),
        ]

    def __str__(self):
        return f"{self.workshop.title} · {timezone.localtime(self.starts_at, self.tzinfo):%d %b %Y %H:%M}"

    @property
    def tzinfo(self):
        return self.venue.tzinfo

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})


class Booking(models.Model):
    """Seats on a session for a learner or a guest: confirmed, waiting, or cancelled."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for email confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="bookings"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    guest_name = models.CharField(_("name"), max_length=200, blank=True)
    guest_email = models.EmailField(_("email"), blank=True)
    seats = models.PositiveIntegerField(_("seats"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    # Arrival order: taken under the session lock, so the waiting list is strictly first come.
    queue_number = models.PositiveIntegerField(_("place in the queue"), null=True, blank=True)
    ticket_secret = models.CharField(
        _("ticket secret"), max_length=64, unique=True, default=new_ticket_secret, editable=False
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    # Filled in later by whoever booked for a group; at most one name per seat.
    attendee_names = models.JSONField(_("attendee names"), default=list, blank=True)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["session", "queue_number"]
        constraints = [
            models.CheckConstraint(condition=Q(seats__gte=1), name="booking_has_seats"),
            models.UniqueConstraint(
                fields=["session", "queue_number"], name="one_booking_per_queue_place"
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "queue_number"])]

    def __str__(self):
        return f"{self.holder_name} · {self.seats} · {self.get_status_display()}"

    @property
    def contact_email(self):
        """Where this booking's emails go: the learner's address, else the guest's."""
        return (self.user.email if self.user_id else self.guest_email) or ""

    @property
    def holder_name(self):
        if self.user_id:
            return self.user.get_full_name() or self.user.email
        return self.guest_name or _("(erased)")


class GroupRequest(models.Model):
    """A school, college or community group asking a partner for a private workshop."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Waiting for the museum or gallery")
        PROPOSED = "proposed", _("Another date proposed")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    partner = models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="group_requests"
    )
    workshop = models.ForeignKey(
        WorkshopPage,
        verbose_name=_("workshop"),
        on_delete=models.CASCADE,
        related_name="group_requests",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="group_requests",
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    contact_name = models.CharField(_("contact name"), max_length=200)
    contact_email = models.EmailField(_("contact email"))
    group_size = models.PositiveIntegerField(_("group size"))
    preferred_dates = models.TextField(_("preferred dates"), max_length=1000)
    access_needs = models.TextField(_("access needs"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED
    )
    response = models.TextField(_("message from the partner"), blank=True)
    proposed_start = models.DateTimeField(_("proposed start"), null=True, blank=True)
    proposed_venue = models.ForeignKey(
        Venue,
        verbose_name=_("proposed venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    session = models.OneToOneField(
        Session,
        verbose_name=_("private session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="group_request",
    )
    status_secret = models.CharField(
        _("status link secret"),
        max_length=64,
        unique=True,
        default=new_ticket_secret,
        editable=False,
    )
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    responded_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("group request")
        verbose_name_plural = _("group requests")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(group_size__gte=1), name="group_request_has_people")
        ]

    def __str__(self):
        return f"{self.organisation} · {self.workshop.title}"


class BookingConsent(models.Model):
    """A booking holder's agreement to one version of a workshop consent text (photography,
    use of their artwork), and when they withdrew it. Guests have no account, so the agreement
    belongs to the booking; the texts and their versions are lms.ConsentText, as for learners."""

    booking = models.ForeignKey(
        Booking, verbose_name=_("booking"), on_delete=models.CASCADE, related_name="consents"
    )
    consent_text = models.ForeignKey(
        "lms.ConsentText",
        verbose_name=_("consent text"),
        on_delete=models.PROTECT,
        related_name="booking_consents",
    )
    accepted_at = models.DateTimeField(_("agreed at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("booking consent")
        verbose_name_plural = _("booking consents")
        ordering = ["accepted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "consent_text"],
                condition=Q(revoked_at__isnull=True),
                name="one_current_booking_consent_per_text",
            )
        ]

    def __str__(self):
        return f"{self.booking_id} · {self.consent_text}"


class Attendance(models.Model):
    """Whether a booking's people came to its session: one row per booking, recorded once.

    A scan carries the client's nonce, so a scan sent twice (a retry, an offline queue syncing)
    finds the row it already made. `checked_in_at` is when it happened at the door, which for
    a scan queued offline is earlier than `recorded_at`.
    """

    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        LEFT_EARLY = "left_early", _("Left early")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    class Method(models.TextChoices):
        SCAN = "scan", _("Ticket scanned")
        CODE = "code", _("Ticket code typed")
        SEARCH = "search", _("Found by name")
        SELF = "self", _("Self check-in")
        WALK_IN = "walk_in", _("Walk-in")
        STAFF = "staff", _("Set by staff")
        IMPORT = "import", _("Imported")
        CLOSE = "close", _("Session closed")

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendances"
    )
    booking = models.ForeignKey(
        Booking, verbose_name=_("booking"), on_delete=models.CASCADE, related_name="attendances"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PRESENT
    )
    method = models.CharField(_("how"), max_length=20, choices=Method.choices)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    minutes_attended = models.PositiveIntegerField(_("minutes attended"), null=True, blank=True)
    # NULL, not "", for rows made without a scan: the uniqueness applies to real scans only.
    client_nonce = models.CharField(  # noqa: DJ001
        _("scan id"), max_length=64, null=True, blank=True
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.TextField(_("notes"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["session", "checked_in_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "session"], name="one_attendance_per_booking"
            ),
            models.UniqueConstraint(fields=["client_nonce"], name="one_attendance_per_scan"),
        ]

    def __str__(self):
        return f"{self.booking_id} · {self.get_status_display()}"

    @property
    def attended(self):
        return self.status in (self.Status.PRESENT, self.Status.LATE, self.Status.LEFT_EARLY)
