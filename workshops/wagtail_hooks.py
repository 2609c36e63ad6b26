"""Admin for partners, venues, sessions and bookings.

These viewsets use Wagtail's model permissions, so only superusers (or groups explicitly given
the workshops permissions) see them. Per-partner scoping for partner staff is part of the
workshops issue and not built yet: do not give partner staff these permissions until it is.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Booking, Partner, Session, Venue


class PartnerViewSet(ModelViewSet):
    model = Partner
    icon = "site"
    menu_label = _("Partners")
    list_display = ["name", "kind", "contact_email"]
    search_fields = ["name"]
    form_fields = ["name", "slug", "kind", "website", "contact_email", "contact_phone", "logo"]


class VenueViewSet(ModelViewSet):
    model = Venue
    icon = "home"
    menu_label = _("Venues")
    list_display = ["name", "partner", "city"]
    list_filter = ["partner", "step_free_access", "hearing_loop", "sign_language"]
    search_fields = ["name", "city"]
    exclude_form_fields = []


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["__str__", "venue", "capacity", "status"]
    list_filter = ["status", "venue__partner", "is_private"]
    exclude_form_fields = []


class BookingViewSet(ModelViewSet):
    model = Booking
    icon = "tick"
    menu_label = _("Bookings")
    list_display = ["holder_name", "session", "seats", "status", "queue_number"]
    list_filter = ["status", "session__venue__partner"]
    inspect_view_enabled = True
    form_fields = ["seats"]


class WorkshopsViewSetGroup(ViewSetGroup):
    menu_label = _("Workshops")
    menu_icon = "group"
    items = (PartnerViewSet, VenueViewSet, SessionViewSet, BookingViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return WorkshopsViewSetGroup()
