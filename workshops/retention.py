"""Guests' personal data is kept for the period each partner sets, then erased.

What goes: guests' names and email addresses on bookings, the names of the people a booking
brought, and group requests' contact details and access needs. What stays: seats, statuses
and dates, so that attendance figures and reports stay true. Learners' own accounts are not
touched here: they export or erase their data themselves (lms.privacy).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import Booking, GroupRequest, Partner


@dataclass
class RetentionReport:
    bookings: int = 0
    group_requests: int = 0


@transaction.atomic
def guest_data_erase_expired(*, now=None):
    """Erase guest details older than each partner's retention period; returns the counts."""
    now = now or timezone.now()
    report = RetentionReport()
    for partner_id, days in Partner.objects.values_list("pk", "guest_data_retention_days"):
        cutoff = now - timedelta(days=days)
        report.bookings += (
            Booking.objects.filter(session__venue__partner=partner_id, session__ends_at__lt=cutoff)
            .filter(Q(guest_name__gt="") | Q(guest_email__gt="") | ~Q(attendee_names=[]))
            .update(guest_name="", guest_email="", attendee_names=[])
        )
        finished = Q(session__ends_at__lt=cutoff) | Q(
            session__isnull=True, created_at__lt=cutoff, status__in=_UNSCHEDULED
        )
        report.group_requests += (
            GroupRequest.objects.filter(finished, partner=partner_id)
            .filter(Q(contact_name__gt="") | Q(contact_email__gt="") | Q(access_needs__gt=""))
            .update(contact_name="", contact_email="", access_needs="")
        )
    return report


# A request that never became a session is over once its retention period has run from the
# day it was made (a proposal that nobody took up, a refusal, or no answer at all).
_UNSCHEDULED = [
    GroupRequest.Status.REQUESTED,
    GroupRequest.Status.PROPOSED,
    GroupRequest.Status.DECLINED,
]
