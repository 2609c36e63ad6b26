"""Answering group requests in the admin: accept (a private session), propose, or decline.

A partner's coordinators answer their own partner's requests; its educators can read them.
Each answer goes through workshops/group_requests.py and emails the group once it commits.
Times are typed on the chosen venue's clocks.
"""

import django_filters
from django import forms
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

from lms.text import without_control_characters

from .admin_views import PartnerObjectActionView, ScopedInspectView, _partner_choices
from .emails import send_group_request_answer
from .group_requests import (
    GroupRequestError,
    group_request_accept,
    group_request_decline,
    group_request_propose,
)
from .models import GroupRequest
from .permissions import ANSWER
from .venue_time import VenueLocalDateTimeField, VenueLocalTimesMixin

MESSAGE_MAX_LENGTH = 3000
OPEN = (GroupRequest.Status.REQUESTED, GroupRequest.Status.PROPOSED)


class GroupRequestFilterSet(WagtailFilterSet):
    partner = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Partner"), queryset=_partner_choices
    )

    class Meta:
        model = GroupRequest
        fields = ["status", "partner"]


class GroupRequestInspectView(ScopedInspectView):
    """The request as the group wrote it, its answer, and the buttons to answer it."""

    answer_url_names = {}
    session_inspect_url_name = None

    def get_proposed_start_display_value(self):
        request = self.object
        if request.proposed_start is None:
            return "—"
        venue = request.proposed_venue
        if venue is None:
            return timezone.localtime(request.proposed_start).strftime("%Y-%m-%d %H:%M")
        return f"{_local_at(venue, request.proposed_start)}, {venue}"

    def get_session_display_value(self):
        return self.object.session or "—"

    def get_created_at_display_value(self):
        return timezone.localtime(self.object.created_at).strftime("%Y-%m-%d %H:%M")

    def get_responded_at_display_value(self):
        value = self.object.responded_at
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else "—"

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.session_id:
            url = reverse(self.session_inspect_url_name, args=[self.object.session_id])
            buttons.append(Button(_("The private session"), url=url, icon_name="date"))
        if self.object.status in OPEN and self.user_may(ANSWER, self.object):
            labels = {
                "accept": (_("Accept and schedule"), "tick", 10),
                "propose": (_("Propose another date"), "date", 20),
                "decline": (_("Decline"), "cross", 30),
            }
            for action, url_name in self.answer_url_names.items():
                label, icon, priority = labels[action]
                url = reverse(url_name, args=[self.object.pk])
                buttons.append(Button(label, url=url, icon_name=icon, priority=priority))
        return buttons


def _local_at(venue, value):
    return timezone.localtime(value, venue.tzinfo).strftime("%Y-%m-%d %H:%M")


def _clean_message(text):
    return without_control_characters(text).strip()


class AnswerMessageField(forms.CharField):
    def __init__(self, *, required, help_text):
        super().__init__(
            label=gettext_lazy("Message to the group"),
            required=required,
            max_length=MESSAGE_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 6}),
            help_text=help_text,
            error_messages={
                "max_length": gettext_lazy("Write at most %(limit_value)d characters."),
                "required": gettext_lazy("Write a message to the group."),
            },
        )

    def clean(self, value):
        return super().clean(_clean_message(value or ""))


class VenueChoiceForm(VenueLocalTimesMixin, forms.Form):
    """A venue of the request's partner, and times on that venue's clocks."""

    venue = forms.ModelChoiceField(label=gettext_lazy("Venue"), queryset=None)

    def __init__(self, *args, group_request, **kwargs):
        super().__init__(*args, **kwargs)
        self.group_request = group_request
        self.fields["venue"].queryset = group_request.partner.venues.all()

    def clean(self):
        cleaned = super().clean()
        self.clean_venue_local_times(cleaned.get("venue"))
        return cleaned


def _time_field(label):
    return VenueLocalDateTimeField(
        label=label, widget=AdminDateTimeInput, help_text=gettext_lazy("On the venue's clocks.")
    )


class AcceptForm(VenueChoiceForm):
    starts_at = _time_field(gettext_lazy("Starts"))
    ends_at = _time_field(gettext_lazy("Ends"))
    message = AnswerMessageField(
        required=False, help_text=gettext_lazy("Shown on the group's status page and emailed.")
    )
    venue_local_fields = ("starts_at", "ends_at")


class ProposeForm(VenueChoiceForm):
    proposed_start = _time_field(gettext_lazy("Proposed start"))
    message = AnswerMessageField(
        required=True,
        help_text=gettext_lazy("Say why, and how the group can agree to the new date."),
    )
    venue_local_fields = ("proposed_start",)


class DeclineForm(forms.Form):
    message = AnswerMessageField(
        required=True, help_text=gettext_lazy("Shown on the group's status page and emailed.")
    )

    def __init__(self, *args, group_request, **kwargs):
        super().__init__(*args, **kwargs)
        self.group_request = group_request


class GroupRequestAnswerView(PartnerObjectActionView):
    """GET shows the request and the form; POST answers through the service and emails the
    group after commit. A request already accepted or declined cannot be answered again."""

    model = GroupRequest
    related = ("workshop", "partner", "proposed_venue")
    permission_required = ANSWER
    header_icon = "group"
    template_name = "workshops/admin/group_request_answer.html"
    back_label = gettext_lazy("Back to the request")
    form_class = None
    success_message = ""

    def get_form(self, data=None):
        return self.form_class(data, group_request=self.object, initial=self.get_initial())

    def get_initial(self):
        return {}

    def render_form(self, form, status=200):
        refusal = None
        if self.object.status not in OPEN:
            refusal = GroupRequestError("already_answered").message
        context = self.get_context_data(form=form, group_request=self.object, refusal=refusal)
        return self.render_to_response(context, status=status)

    def get(self, request, *args, **kwargs):
        return self.render_form(self.get_form())

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            messages.validation_error(request, _("The answer was not sent: see below."), form)
            return self.render_form(form, status=400)
        try:
            answered = self.answer(form.cleaned_data)
        except GroupRequestError as error:
            messages.error(request, error.message)
            return self.render_form(form, status=400)
        log(
            instance=answered,
            action=f"workshops.group_request_{answered.status}",
            user=request.user,
        )
        send_group_request_answer(
            answered,
            status_url=request.build_absolute_uri(
                reverse("workshops:group_request_status", args=[answered.status_secret])
            ),
            ticket_url=self._group_ticket_url(answered),
        )
        messages.success(request, self.success_message)
        return redirect(self.inspect_url)

    def _group_ticket_url(self, answered):
        booking = answered.session.bookings.first() if answered.session_id else None
        if booking is None:
            return ""
        return self.request.build_absolute_uri(
            reverse("workshops:ticket", args=[booking.ticket_secret])
        )

    def answer(self, data):
        raise NotImplementedError


class GroupRequestAcceptView(GroupRequestAnswerView):
    page_title = gettext_lazy("Accept and schedule")
    form_class = AcceptForm
    success_message = gettext_lazy(
        "Accepted: the private session is scheduled and the group has been emailed its ticket."
    )

    def get_initial(self):
        venue = self.object.proposed_venue
        if venue is None or self.object.proposed_start is None:
            return {}
        start = timezone.make_naive(self.object.proposed_start, venue.tzinfo)
        return {"venue": venue, "starts_at": start}

    def answer(self, data):
        return group_request_accept(
            request=self.object,
            venue=data["venue"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            message=data["message"],
        )


class GroupRequestProposeView(GroupRequestAnswerView):
    page_title = gettext_lazy("Propose another date")
    form_class = ProposeForm
    success_message = gettext_lazy("Your proposal has been sent to the group.")

    def answer(self, data):
        return group_request_propose(
            request=self.object,
            venue=data["venue"],
            proposed_start=data["proposed_start"],
            message=data["message"],
        )


class GroupRequestDeclineView(GroupRequestAnswerView):
    page_title = gettext_lazy("Decline the request")
    form_class = DeclineForm
    success_message = gettext_lazy("The request is declined and the group has been emailed.")

    def answer(self, data):
        return group_request_decline(request=self.object, message=data["message"])
