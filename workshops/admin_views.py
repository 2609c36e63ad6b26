"""Partner-scoped admin views for partners, venues, sessions and bookings.

Every view that names an object looks it up among the user's partners' objects only, so
another partner's venue, session or booking is a 404 wherever its id is typed. People the
permission policy (workshops/permissions.py) refuses are refused before anything is looked
up, so a refusal never tells whether an id exists. Choice fields and list filters offer the
user's own partners' venues, workshops and partners only.

A session page lists its bookings and offers the two actions partner staff need on the day:
cancel the whole session (everyone booked or waiting is emailed) and email the waiting list.
"""

import django_filters
from django import forms
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.log_actions import log

from lms.text import without_control_characters

from .emails import send_promotion_notices, send_waitlist_message
from .models import Booking, Session, Venue
from .permissions import (
    ADD,
    CHANGE,
    DELETE,
    partners_for,
    scope,
    session_policy,
    venue_policy,
    workshops_for,
)
from .services import BookingError, confirmed_seats, session_cancel, session_capacity_change
from .venue_time import VenueLocalTimesMixin

SUBJECT_MAX_LENGTH = 150
MESSAGE_MAX_LENGTH = 5000

# ---------------------------------------------------------------------------------------------
# Scoping: the same rule for every generic view


class PartnerScopedMixin:
    """Objects of the user's partners only; refuse before looking anything up."""

    related = ()  # select_related for the views' querysets

    def setup(self, request, *args, **kwargs):
        # Object views load their object in setup(), before dispatch() checks permissions:
        # check first, so that someone refused gets the same answer for every id.
        self.request = request
        if not self.user_may_use_view():
            raise PermissionDenied
        super().setup(request, *args, **kwargs)

    def view_actions(self):
        if self.permission_required:
            return [self.permission_required]
        return list(self.any_permission_required or [])

    def user_may_use_view(self):
        actions = self.view_actions()
        return not actions or self.user_has_any_permission(actions)

    def user_may(self, action, instance):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, action, instance
        )

    def scoped_queryset(self):
        queryset = self.model._default_manager.all()
        if self.related:
            queryset = queryset.select_related(*self.related)
        return scope(queryset, self.request.user)

    def checked(self, instance):
        """The object, if the user's role at its partner allows this view's action."""
        actions = self.view_actions()
        if actions and not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, actions, instance
        ):
            raise PermissionDenied
        return instance


class PartnerScopedObjectMixin(PartnerScopedMixin):
    """For views built on Wagtail's BaseObjectMixin (history, usage, session actions): find
    the object among the user's partners' objects or answer 404."""

    def get_base_object_queryset(self):
        return self.scoped_queryset()

    def get_object(self, *args, **kwargs):
        return self.checked(super().get_object(*args, **kwargs))


class PartnerScopedSingleObjectMixin(PartnerScopedObjectMixin):
    """For views built on Django's SingleObjectMixin (edit, delete), whose get_queryset()
    is where the object is looked up (in listing views it is the listing instead)."""

    def get_queryset(self):
        return self.scoped_queryset()


class ScopedIndexView(PartnerScopedMixin, generic.IndexView):
    def get_base_queryset(self):
        return self.scoped_queryset()

    def get_edit_url(self, instance):
        if self.user_may(CHANGE, instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.user_may(DELETE, instance):
            return super().get_delete_url(instance)
        return None


class ScopedCreateView(PartnerScopedMixin, generic.CreateView):
    pass


class ScopedEditView(PartnerScopedSingleObjectMixin, generic.EditView):
    pass


class ScopedDeleteView(PartnerScopedSingleObjectMixin, generic.DeleteView):
    """Deletes nothing that other records still need: `delete_refusal` says why not."""

    template_name = "workshops/admin/confirm_delete.html"

    def delete_refusal(self):
        """A message saying why this object cannot be deleted, or None."""
        return None

    @property
    def confirmation_message(self):
        return self.delete_refusal() or super().confirmation_message

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["delete_refusal"] = self.delete_refusal()
        return context

    def form_valid(self, form):
        if refusal := self.delete_refusal():
            messages.error(self.request, refusal)
            return redirect(self.get_success_url())
        return super().form_valid(form)


class ScopedInspectView(PartnerScopedMixin, generic.InspectView):
    def get_object(self, queryset=None):
        return self.checked(get_object_or_404(self.scoped_queryset(), pk=unquote(str(self.pk))))

    def get_edit_url(self):
        if self.edit_url_name and self.user_may(CHANGE, self.object):
            return reverse(self.edit_url_name, args=(quote(self.object.pk),))
        return None

    def get_delete_url(self):
        if self.delete_url_name and self.user_may(DELETE, self.object):
            return reverse(self.delete_url_name, args=(quote(self.object.pk),))
        return None


class ScopedHistoryView(PartnerScopedObjectMixin, HistoryView):
    pass


class ScopedUsageView(PartnerScopedObjectMixin, UsageView):
    pass


# ---------------------------------------------------------------------------------------------
# Forms and filters: choices from the user's own partners


class PartnerScopedForm(WagtailAdminModelForm):
    """Choice fields offer only what the user may use: `scoped_choices` maps a field name to
    a function of the user that returns the allowed queryset."""

    scoped_choices = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, allowed in self.scoped_choices.items():
            if name in self.fields:
                self.fields[name].queryset = allowed(self.for_user)


def _venue_partners(user):
    return venue_policy.partners_allowing(user, {ADD, CHANGE})


def _session_venues(user):
    return scope(Venue.objects.all(), user).filter(
        partner__in=session_policy.partners_allowing(user, {ADD, CHANGE})
    )


def _session_workshops(user):
    return workshops_for(user).filter(
        partner__in=session_policy.partners_allowing(user, {ADD, CHANGE})
    )


class VenueForm(PartnerScopedForm):
    scoped_choices = {"partner": _venue_partners}


class SessionForm(VenueLocalTimesMixin, PartnerScopedForm):
    """Status is not edited here: a session is cancelled with its own action, which tells
    everyone booked. A capacity change goes through the booking service (never below the
    confirmed seats; a rise promotes the waiting list in order). Times are typed and shown
    on the venue's clocks."""

    scoped_choices = {"venue": _session_venues, "workshop": _session_workshops}
    venue_local_fields = (
        "starts_at",
        "ends_at",
        "booking_opens_at",
        "booking_closes_at",
        "cancellation_deadline",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.use_venue_local_times(self.instance.venue if self.instance.venue_id else None)

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if self.instance.pk and capacity is not None:
            confirmed = confirmed_seats(self.instance)
            if capacity < confirmed:
                raise forms.ValidationError(
                    BookingError("capacity_below_confirmed", confirmed=confirmed).message
                )
        return capacity

    def clean(self):
        cleaned = super().clean()
        venue, workshop = cleaned.get("venue"), cleaned.get("workshop")
        if venue and workshop and venue.partner_id != workshop.partner_id:
            self.add_error("venue", _("Choose a venue of the partner that runs the workshop."))
        self.clean_venue_local_times(venue)
        return cleaned


def _partner_choices(request):
    return partners_for(request.user if request else None)


class VenueFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Partner"), queryset=_partner_choices
    )

    class Meta:
        model = Venue
        fields = ["partner", "step_free_access", "hearing_loop", "sign_language"]


class SessionFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Partner"), field_name="venue__partner", queryset=_partner_choices
    )

    class Meta:
        model = Session
        fields = ["status", "partner", "is_private"]


class BookingFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Partner"),
        field_name="session__venue__partner",
        queryset=_partner_choices,
    )

    class Meta:
        model = Booking
        fields = ["status", "partner"]


# ---------------------------------------------------------------------------------------------
# Deleting: never what other records still need


class PartnerDeleteView(ScopedDeleteView):
    def delete_refusal(self):
        if self.object.workshops.exists() or self.object.venues.exists():
            return _(
                "This partner still has workshops or venues. Move or delete them first, "
                "so that no session loses its place."
            )
        return None


class VenueDeleteView(ScopedDeleteView):
    def delete_refusal(self):
        if self.object.sessions.exists():
            return _("Sessions take place at this venue, so it cannot be deleted.")
        return None


class SessionDeleteView(ScopedDeleteView):
    def delete_refusal(self):
        active = self.object.bookings.exclude(status=Booking.Status.CANCELLED)
        if active.exists():
            return _(
                "People are booked or waiting for this session. Cancel the session instead, "
                "so that each of them is told."
            )
        return None


# ---------------------------------------------------------------------------------------------
# Sessions: listing, editing, the page with its bookings, and the two actions


class SessionIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(
                booked_seats=Coalesce(
                    Sum("bookings__seats", filter=Q(bookings__status=Booking.Status.CONFIRMED)),
                    Value(0),
                ),
                waiting=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITLISTED)),
            )
        )


SESSION_COLUMNS = [
    Column("booked_seats", label=gettext_lazy("Seats booked"), sort_key="booked_seats"),
    Column("waiting", label=gettext_lazy("Waiting"), sort_key="waiting"),
]


class SessionEditView(ScopedEditView):
    def save_instance(self):
        # Inside the view's transaction: lock the session, change the capacity (never below the
        # confirmed seats; a rise moves the waiting list up in order), then save the rest.
        locked, self.promoted = session_capacity_change(
            session=self.object, capacity=self.form.cleaned_data["capacity"]
        )
        # Keep a cancellation made while the form was open: status is not on the form.
        self.form.instance.status = locked.status
        instance = super().save_instance()
        send_promotion_notices(self.promoted, self._ticket_url)
        return instance

    def _ticket_url(self, booking):
        return self.request.build_absolute_uri(
            reverse("workshops:ticket", args=[booking.ticket_secret])
        )

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except BookingError as error:  # seats confirmed since the form was checked
            form.add_error("capacity", error.message)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


def _local(session, value):
    if value is None:
        return "—"
    local = timezone.localtime(value, session.tzinfo)
    return f"{date_format(local, 'DATETIME_FORMAT')} ({session.venue.timezone})"


class SessionBookings:
    """A session's bookings by status, in queue order, with their seat totals."""

    def __init__(self, session):
        bookings = list(
            session.bookings.select_related("user").order_by("queue_number", "created_at", "pk")
        )
        by_status = {status: [] for status in Booking.Status.values}
        for booking in bookings:
            by_status[booking.status].append(booking)
        self.confirmed = by_status[Booking.Status.CONFIRMED]
        self.waiting = by_status[Booking.Status.WAITLISTED]
        self.pending = by_status[Booking.Status.PENDING]
        self.cancelled = by_status[Booking.Status.CANCELLED]
        self.confirmed_seats = sum(booking.seats for booking in self.confirmed)
        self.waiting_seats = sum(booking.seats for booking in self.waiting)
        self.pending_seats = sum(booking.seats for booking in self.pending)
        self.seats_left = max(0, session.capacity - self.confirmed_seats)


def cancel_refusal(session, now=None):
    """Why the session cannot be cancelled (the service's own message), or None."""
    now = now or timezone.now()
    if session.status == Session.Status.CANCELLED:
        return BookingError("session_cancelled").message
    if session.status == Session.Status.COMPLETED or session.starts_at <= now:
        return BookingError("session_past").message
    return None


class SessionInspectView(ScopedInspectView):
    template_name = "workshops/admin/session_inspect.html"
    page_title = gettext_lazy("Session")
    cancel_url_name = None
    email_waiting_list_url_name = None
    booking_inspect_url_name = None

    def get_starts_at_display_value(self):
        return _local(self.object, self.object.starts_at)

    def get_ends_at_display_value(self):
        return _local(self.object, self.object.ends_at)

    def get_booking_opens_at_display_value(self):
        return _local(self.object, self.object.booking_opens_at)

    def get_booking_closes_at_display_value(self):
        return _local(self.object, self.object.booking_closes_at)

    def get_cancellation_deadline_display_value(self):
        return _local(self.object, self.object.cancellation_deadline)

    def get_is_private_display_value(self):
        return _("Yes") if self.object.is_private else _("No")

    @cached_property
    def bookings(self):
        return SessionBookings(self.object)

    @cached_property
    def can_act(self):
        return self.user_may(CHANGE, self.object)

    def get_cancel_url(self):
        if self.can_act and cancel_refusal(self.object) is None:
            return reverse(self.cancel_url_name, args=[self.object.pk])
        return None

    def get_email_waiting_list_url(self):
        if self.can_act and self.bookings.waiting:
            return reverse(self.email_waiting_list_url_name, args=[self.object.pk])
        return None

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if url := self.get_email_waiting_list_url():
            buttons.append(
                Button(_("Email the waiting list"), url=url, icon_name="mail", priority=30)
            )
        if url := self.get_cancel_url():
            buttons.append(
                Button(_("Cancel this session"), url=url, icon_name="cross", priority=40)
            )
        roster_url = reverse("attendance_csv:roster", args=[self.object.pk])
        buttons.append(
            Button(
                _("Download the roster (CSV)"), url=roster_url, icon_name="download", priority=45
            )
        )
        if self.can_act:
            import_url = reverse("attendance_csv:import", args=[self.object.pk])
            buttons.append(
                Button(
                    _("Import attendance (CSV)"), url=import_url, icon_name="upload", priority=46
                )
            )
        from .checkin_admin import checkin_buttons  # checkin_admin imports this module

        buttons += checkin_buttons(self.request.user, self.object)
        if self.can_act and self.object.status == Session.Status.COMPLETED:
            url = reverse("certificate:session", args=[self.object.pk])
            buttons.append(Button(_("Certificates"), url=url, icon_name="doc-full", priority=50))
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for booking in [
            *self.bookings.confirmed,
            *self.bookings.waiting,
            *self.bookings.pending,
            *self.bookings.cancelled,
        ]:
            booking.admin_url = reverse(self.booking_inspect_url_name, args=[booking.pk])
        context.update(
            bookings=self.bookings,
            session=self.object,
            cancel_url=self.get_cancel_url(),
            email_waiting_list_url=self.get_email_waiting_list_url(),
        )
        return context


class BookingInspectView(ScopedInspectView):
    session_inspect_url_name = None

    def get_session_display_value(self):
        return self.object.session

    def get_created_at_display_value(self):
        return _local(self.object.session, self.object.created_at)

    def get_confirmed_at_display_value(self):
        return _local(self.object.session, self.object.confirmed_at)

    def get_cancelled_at_display_value(self):
        return _local(self.object.session, self.object.cancelled_at)

    def get_user_display_value(self):
        return self.object.holder_name

    def get_queue_number_display_value(self):
        return self.object.queue_number or "—"

    def get_attendee_names_display_value(self):
        return ", ".join(self.object.attendee_names) or "—"

    def get_consents_display_value(self):
        """What the holder agrees to now (withdrawn agreements are not shown as agreed)."""
        standing = self.object.consents.filter(revoked_at=None).select_related("consent_text")
        titles = [f"{c.consent_text.title} (v{c.consent_text.version})" for c in standing]
        return "; ".join(titles) or _("Nothing agreed")

    def get_guest_email_display_value(self):
        user = self.object.user
        return (user.email if user else self.object.guest_email) or "—"

    @cached_property
    def header_more_buttons(self):
        url = reverse(self.session_inspect_url_name, args=[self.object.session_id])
        return [Button(_("Session and its bookings"), url=url, icon_name="date", priority=10)]


class PartnerObjectActionView(
    PartnerScopedObjectMixin,
    PermissionCheckedMixin,
    BaseObjectMixin,
    WagtailAdminTemplateMixin,
    View,
):
    """A page that does one thing to one of the user's partners' objects (cancel a session,
    answer a group request), reached from the object's inspect page."""

    permission_required = CHANGE
    index_url_name = None
    inspect_url_name = None
    back_label = gettext_lazy("Back")
    http_method_names = ["get", "post"]

    def get_page_subtitle(self):
        return str(self.object)

    @cached_property
    def inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_header_buttons(self):
        return [HeaderButton(self.back_label, url=self.inspect_url, icon_name="arrow-left")]

    def get_context_data(self, **kwargs):
        return super().get_context_data(inspect_url=self.inspect_url, **kwargs)


class SessionActionView(PartnerObjectActionView):
    """A page about one session that the user may change (educators and coordinators)."""

    model = Session
    related = ("workshop", "venue")
    header_icon = "date"
    back_label = gettext_lazy("Back to the session")

    def get_context_data(self, **kwargs):
        return super().get_context_data(session=self.object, **kwargs)


class SessionCancelView(SessionActionView):
    """GET asks, with what will happen; POST cancels and emails everyone booked or waiting."""

    template_name = "workshops/admin/session_cancel.html"
    page_title = gettext_lazy("Cancel session")

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(
                refusal=cancel_refusal(self.object), bookings=SessionBookings(self.object)
            )
        )

    def post(self, request, *args, **kwargs):
        try:
            _session, bookings = session_cancel(session=self.object, by=request.user)
        except BookingError as error:
            messages.error(request, error.message)
            return redirect(self.inspect_url)
        messages.success(
            request,
            ngettext(
                "Session cancelled. %(count)d booking was cancelled and its holder emailed.",
                "Session cancelled. %(count)d bookings were cancelled and their holders emailed.",
                len(bookings),
            )
            % {"count": len(bookings)},
        )
        return redirect(self.inspect_url)


class WaitingListEmailForm(forms.Form):
    subject = forms.CharField(
        label=gettext_lazy("Subject"),
        max_length=SUBJECT_MAX_LENGTH,
        error_messages={
            "max_length": gettext_lazy("Write a subject of at most %(limit_value)d characters.")
        },
    )
    message = forms.CharField(
        label=gettext_lazy("Message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=gettext_lazy(
            "Sent as plain text to each person on the waiting list, after a line that names "
            "the session."
        ),
        error_messages={
            "max_length": gettext_lazy("Write a message of at most %(limit_value)d characters.")
        },
    )

    def clean_subject(self):
        # One line: an email header may not break.
        subject = " ".join(without_control_characters(self.cleaned_data["subject"]).split())
        if not subject:
            raise forms.ValidationError(_("Write a subject."))
        return subject

    def clean_message(self):
        message = without_control_characters(self.cleaned_data["message"]).strip()
        if not message:
            raise forms.ValidationError(_("Write a message."))
        return message


class WaitingListEmailView(SessionActionView):
    """A message from the partner's staff to everyone on the session's waiting list."""

    template_name = "workshops/admin/session_email_waiting_list.html"
    page_title = gettext_lazy("Email the waiting list")

    def waiting(self):
        return list(
            self.object.bookings.filter(status=Booking.Status.WAITLISTED)
            .select_related("user")
            .order_by("queue_number")
        )

    def render_form(self, form, waiting):
        return self.render_to_response(self.get_context_data(form=form, waiting=waiting))

    def get(self, request, *args, **kwargs):
        return self.render_form(WaitingListEmailForm(), self.waiting())

    def post(self, request, *args, **kwargs):
        form = WaitingListEmailForm(request.POST)
        waiting = self.waiting()
        if not waiting:
            messages.warning(request, _("Nobody is on the waiting list, so nothing was sent."))
            return redirect(self.inspect_url)
        if not form.is_valid():
            messages.validation_error(
                request, _("The message could not be sent because of errors."), form
            )
            return self.render_form(form, waiting)
        subject, text = form.cleaned_data["subject"], form.cleaned_data["message"]
        with transaction.atomic():
            send_waitlist_message(waiting, subject=subject, text=text)
            log(
                instance=self.object,
                action="workshops.waitlist_email",
                user=request.user,
                data={"recipients": len(waiting), "subject": subject},
            )
        messages.success(
            request,
            ngettext(
                "Your message is being sent to %(count)d booking on the waiting list.",
                "Your message is being sent to %(count)d bookings on the waiting list.",
                len(waiting),
            )
            % {"count": len(waiting)},
        )
        return redirect(self.inspect_url)
