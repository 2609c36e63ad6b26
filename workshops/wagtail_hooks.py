"""Workshops admin: partners, their staff, venues, sessions (with their bookings) and bookings.

A partner's coordinators and educators see and change only their own partner's data; what
each role may do is in workshops/permissions.py, and every view that names an object looks
it up among the user's partners' objects only (workshops/admin_views.py). Superusers see all.
"""

from django import forms
from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permissions import policy_registry, register_permission_policy

# The attendance modules register their own admin URLs and menu items through hooks.
from . import (  # noqa: F401
    admin_views,
    attendance_csv_admin,
    checkin_admin,
    group_request_admin,
    reports_admin,
)
from .models import Booking, GroupRequest, Partner, PartnerMembership, Session, Venue
from .permissions import POLICIES, can_use_workshop_admin

# Registered before any view asks, so Wagtail never falls back to model permissions.
for _model, _policy in POLICIES.items():
    register_permission_policy(_model, _policy)


class PartnerScopedViewSet(ModelViewSet):
    """A ModelViewSet whose every view is limited to the user's partners' objects."""

    index_view_class = admin_views.ScopedIndexView
    add_view_class = admin_views.ScopedCreateView
    edit_view_class = admin_views.ScopedEditView
    delete_view_class = admin_views.ScopedDeleteView
    inspect_view_class = admin_views.ScopedInspectView
    history_view_class = admin_views.ScopedHistoryView
    usage_view_class = admin_views.ScopedUsageView
    inspect_view_enabled = True
    copy_view_enabled = False
    related = ()

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(related=self.related, **kwargs)

    def get_permissions_to_register(self):
        # Roles come from partner memberships; a model permission given to a group would
        # mean nothing here, so the group editor does not offer one.
        return Permission.objects.none()

    @cached_property
    def menu_item_class(self):
        model = self.model

        def is_shown(_self, request):
            policy = policy_registry.get_by_type(model)
            return can_use_workshop_admin(request.user) and policy.user_has_any_permission(
                request.user, ["add", "change", "delete", "view"]
            )

        return type(f"{model.__name__}MenuItem", (MenuItem,), {"is_shown": is_shown})


class PartnerViewSet(PartnerScopedViewSet):
    model = Partner
    icon = "site"
    menu_label = _("Partners")
    list_display = ["name", "kind", "contact_email"]
    search_fields = ["name"]
    form_fields = [
        "name",
        "slug",
        "kind",
        "website",
        "contact_email",
        "contact_phone",
        "logo",
        "guest_data_retention_days",
    ]
    inspect_view_fields = form_fields
    delete_view_class = admin_views.PartnerDeleteView


class PartnerMembershipViewSet(PartnerScopedViewSet):
    """Who works for which partner, and as what: managed by superusers."""

    model = PartnerMembership
    icon = "group"
    menu_label = _("Partner staff")
    list_display = ["user", "partner", "role"]
    list_filter = ["partner", "role"]
    form_fields = ["user", "partner", "role"]
    inspect_view_fields = form_fields
    related = ("user", "partner")


class VenueViewSet(PartnerScopedViewSet):
    model = Venue
    icon = "home"
    menu_label = _("Venues")
    list_display = ["name", "partner", "city"]
    filterset_class = admin_views.VenueFilterSet
    search_fields = ["name", "city"]
    related = ("partner",)
    delete_view_class = admin_views.VenueDeleteView
    edit_handler = ObjectList(
        [
            FieldPanel("partner"),
            FieldPanel("name"),
            MultiFieldPanel(
                [
                    FieldPanel("address"),
                    FieldPanel("city"),
                    FieldPanel("postcode"),
                    FieldPanel("country"),
                    FieldPanel("timezone"),
                    FieldPanel("map_url"),
                    FieldPanel("nearest_transport"),
                ],
                heading=_("Where"),
            ),
            MultiFieldPanel(
                [FieldPanel(name) for name in Venue.ACCESS_FEATURES] + [FieldPanel("access_notes")],
                heading=_("Access"),
            ),
        ],
        base_form_class=admin_views.VenueForm,
    )


class SessionViewSet(PartnerScopedViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["__str__", "venue", "capacity", "status", *admin_views.SESSION_COLUMNS]
    filterset_class = admin_views.SessionFilterSet
    related = ("workshop", "venue")
    index_view_class = admin_views.SessionIndexView
    edit_view_class = admin_views.SessionEditView
    delete_view_class = admin_views.SessionDeleteView
    inspect_view_class = admin_views.SessionInspectView
    inspect_view_fields = [
        "workshop",
        "venue",
        "starts_at",
        "ends_at",
        "capacity",
        "max_group_size",
        "language",
        "booking_opens_at",
        "booking_closes_at",
        "cancellation_deadline",
        "status",
        "is_private",
    ]
    edit_handler = ObjectList(
        [
            # A plain list of the user's own workshops, not the page tree's chooser.
            FieldPanel("workshop", widget=forms.Select),
            FieldPanel("venue"),
            FieldPanel("starts_at"),
            FieldPanel("ends_at"),
            FieldPanel("capacity"),
            FieldPanel("max_group_size"),
            FieldPanel("language"),
            MultiFieldPanel(
                [
                    FieldPanel("booking_opens_at"),
                    FieldPanel("booking_closes_at"),
                    FieldPanel("cancellation_deadline"),
                ],
                heading=_("Booking"),
            ),
            FieldPanel("is_private"),
        ],
        base_form_class=admin_views.SessionForm,
    )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            cancel_url_name=self.get_url_name("cancel"),
            email_waiting_list_url_name=self.get_url_name("email_waiting_list"),
            booking_inspect_url_name="booking:inspect",
            **kwargs,
        )

    def get_urlpatterns(self):
        action_kwargs = {"inspect_url_name": self.get_url_name("inspect")}
        return [
            *super().get_urlpatterns(),
            path(
                "cancel/<int:pk>/",
                self.construct_view(admin_views.SessionCancelView, **action_kwargs),
                name="cancel",
            ),
            path(
                "email-waiting-list/<int:pk>/",
                self.construct_view(admin_views.WaitingListEmailView, **action_kwargs),
                name="email_waiting_list",
            ),
        ]


class BookingViewSet(PartnerScopedViewSet):
    """Bookings are read here, never edited as rows: the permission policy allows nobody to
    add, change or delete one, because seats and the waiting list must move together."""

    model = Booking
    icon = "tick"
    menu_label = _("Bookings")
    list_display = ["holder_name", "session", "seats", "status", "queue_number", "created_at"]
    filterset_class = admin_views.BookingFilterSet
    search_fields = ["guest_name", "guest_email", "user__email"]
    search_backend_name = None
    related = ("session__workshop", "session__venue", "user")
    inspect_view_class = admin_views.BookingInspectView
    inspect_view_fields = [
        "session",
        "user",
        "guest_email",
        "seats",
        "attendee_names",
        "consents",
        "status",
        "queue_number",
        "created_at",
        "confirmed_at",
        "cancelled_at",
    ]
    form_fields = ["seats"]  # required by ModelViewSet; the edit view refuses everyone

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(session_inspect_url_name="session:inspect", **kwargs)


class GroupRequestViewSet(PartnerScopedViewSet):
    """Requests from schools, colleges and community groups: read by the partner's staff,
    answered by its coordinators (never edited as rows)."""

    model = GroupRequest
    icon = "group"
    menu_label = _("Group requests")
    list_display = ["organisation", "workshop", "group_size", "status", "created_at"]
    filterset_class = group_request_admin.GroupRequestFilterSet
    search_fields = ["organisation", "contact_name", "contact_email"]
    search_backend_name = None
    related = ("workshop", "partner", "proposed_venue", "session__venue")
    inspect_view_class = group_request_admin.GroupRequestInspectView
    inspect_view_fields = [
        "organisation",
        "workshop",
        "partner",
        "contact_name",
        "contact_email",
        "group_size",
        "preferred_dates",
        "access_needs",
        "created_at",
        "status",
        "response",
        "proposed_start",
        "session",
        "responded_at",
    ]
    form_fields = ["response"]  # required by ModelViewSet; nobody may edit a request as a row
    answer_views = {
        "accept": group_request_admin.GroupRequestAcceptView,
        "propose": group_request_admin.GroupRequestProposeView,
        "decline": group_request_admin.GroupRequestDeclineView,
    }

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            answer_url_names={action: self.get_url_name(action) for action in self.answer_views},
            session_inspect_url_name="session:inspect",
            **kwargs,
        )

    def get_urlpatterns(self):
        action_kwargs = {"inspect_url_name": self.get_url_name("inspect")}
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"{action}/<int:pk>/",
                    self.construct_view(view_class, **action_kwargs),
                    name=action,
                )
                for action, view_class in self.answer_views.items()
            ),
        ]


class WorkshopsViewSetGroup(ViewSetGroup):
    menu_label = _("Workshops")
    menu_icon = "group"
    items = (
        PartnerViewSet,
        PartnerMembershipViewSet,
        VenueViewSet,
        SessionViewSet,
        BookingViewSet,
        GroupRequestViewSet,
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return WorkshopsViewSetGroup()


@hooks.register("register_log_actions")
def register_workshop_log_actions(actions):
    @actions.register_action("workshops.session_cancel")
    class SessionCancelled(LogFormatter):
        label = _("Cancel session")

        def format_message(self, log_entry):
            count = (log_entry.data or {}).get("bookings", 0)
            return ngettext(
                "Cancelled the session and %(count)d booking",
                "Cancelled the session and %(count)d bookings",
                count,
            ) % {"count": count}

    actions.register_action(
        "workshops.group_request_accepted", _("Accept group request"), _("Accepted the request")
    )
    actions.register_action(
        "workshops.group_request_proposed", _("Propose another date"), _("Proposed another date")
    )
    actions.register_action(
        "workshops.group_request_declined", _("Decline group request"), _("Declined the request")
    )

    @actions.register_action("workshops.waitlist_email")
    class WaitingListEmailed(LogFormatter):
        label = _("Email the waiting list")

        def format_message(self, log_entry):
            count = (log_entry.data or {}).get("recipients", 0)
            return ngettext(
                "Emailed %(count)d booking on the waiting list",
                "Emailed %(count)d bookings on the waiting list",
                count,
            ) % {"count": count}
