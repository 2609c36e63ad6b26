"""Services for private workshops requested by schools, colleges and community groups."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.errors import CodedError

from .models import Booking, GroupRequest, Session


class GroupRequestError(CodedError):
    """A group-request action that cannot happen; `code` is stable, `message` is for people."""

    MESSAGES = {
        "already_answered": _("This request has already been accepted or declined."),
        "invalid_time": _("The session must end after it starts, and start in the future."),
        "venue_of_other_partner": _("Choose one of your own venues."),
        "workshop_unavailable": _("This workshop is not taking requests."),
    }


def group_request_create(*, workshop, user=None, **details):
    """Record a group's request for a private session of a live workshop."""
    if not workshop.live:
        raise GroupRequestError("workshop_unavailable")
    request = GroupRequest(
        workshop=workshop, partner=workshop.partner, requested_by=user, **details
    )
    request.full_clean()
    request.save()
    return request


def _open(request):
    request = GroupRequest.objects.select_for_update().get(pk=request.pk)
    if request.status in (GroupRequest.Status.ACCEPTED, GroupRequest.Status.DECLINED):
        raise GroupRequestError("already_answered")
    return request


@transaction.atomic
def group_request_accept(*, request, venue, starts_at, ends_at, message="", now=None):
    """Create a private session with every seat reserved for the group, and answer the request."""
    now = now or timezone.now()
    request = _open(request)
    if venue.partner_id != request.partner_id:
        raise GroupRequestError("venue_of_other_partner")
    if starts_at <= now or ends_at <= starts_at:
        raise GroupRequestError("invalid_time")
    session = Session.objects.create(
        workshop=request.workshop,
        venue=venue,
        starts_at=starts_at,
        ends_at=ends_at,
        capacity=request.group_size,
        max_group_size=request.group_size,
        is_private=True,
    )
    Booking.objects.create(
        session=session,
        user=request.requested_by,
        guest_name=request.contact_name,
        guest_email=request.contact_email,
        seats=request.group_size,
        status=Booking.Status.CONFIRMED,
        queue_number=1,
        confirmed_at=now,
    )
    request.status = GroupRequest.Status.ACCEPTED
    request.session = session
    request.response = message
    request.responded_at = now
    request.save(update_fields=["status", "session", "response", "responded_at"])
    return request


@transaction.atomic
def group_request_propose(*, request, proposed_start, message, venue=None, now=None):
    """Offer the group another date (at one of the partner's venues); they reply through the
    partner's contact details, and staff accept with the date agreed."""
    now = now or timezone.now()
    request = _open(request)
    if venue is not None and venue.partner_id != request.partner_id:
        raise GroupRequestError("venue_of_other_partner")
    if proposed_start <= now:
        raise GroupRequestError("invalid_time")
    request.status = GroupRequest.Status.PROPOSED
    request.proposed_start = proposed_start
    request.proposed_venue = venue
    request.response = message
    request.responded_at = now
    request.save(
        update_fields=["status", "proposed_start", "proposed_venue", "response", "responded_at"]
    )
    return request


@transaction.atomic
def group_request_decline(*, request, message, now=None):
    """Say no, with a reason the group can read on its status page."""
    request = _open(request)
    request.status = GroupRequest.Status.DECLINED
    request.response = message
    request.responded_at = now or timezone.now()
    request.save(update_fields=["status", "response", "responded_at"])
    return request
