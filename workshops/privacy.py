"""Personal data held by workshops: partner memberships and bookings."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.privacy.registry import ANONYMISE, DELETE, register

from .models import Attendance, Booking, GroupRequest, PartnerMembership


def membership_rows(user):
    return [
        {"partner": membership.partner.name, "role": membership.role}
        for membership in PartnerMembership.objects.filter(user=user).select_related("partner")
    ]


def booking_rows(user):
    bookings = (
        Booking.objects.filter(user=user)
        .select_related("session__workshop", "session__venue")
        .prefetch_related("consents__consent_text")
    )
    return [
        {
            "workshop": booking.session.workshop.title,
            "venue": str(booking.session.venue),
            "starts_at": booking.session.starts_at,
            "seats": booking.seats,
            "attendee_names": booking.attendee_names,
            "consents": [
                {
                    "question": consent.consent_text.title,
                    "version": consent.consent_text.version,
                    "agreed_at": consent.accepted_at,
                    "withdrawn_at": consent.revoked_at,
                }
                for consent in booking.consents.all()
            ],
            "status": booking.status,
            "created_at": booking.created_at,
            "confirmed_at": booking.confirmed_at,
            "cancelled_at": booking.cancelled_at,
        }
        for booking in bookings.order_by("created_at")
    ]


def erase_bookings(user):
    """Free the person's seats at future sessions (promoting who waits), then unlink every
    booking so attendance counts stay true."""
    from .services import booking_cancel

    upcoming = Booking.objects.filter(
        Q(status=Booking.Status.CONFIRMED) | Q(status=Booking.Status.WAITLISTED),
        user=user,
        session__starts_at__gt=timezone.now(),
    )
    for booking in upcoming:
        booking_cancel(booking=booking, by_staff=True)
    Booking.objects.filter(user=user).update(user=None)


register(
    PartnerMembership,
    export=membership_rows,
    erase=DELETE,
    description=_("The partner organisations you work for, and your role."),
)
register(
    Booking,
    export=booking_rows,
    erase=erase_bookings,
    outcome=_(
        "Places at future sessions are cancelled and offered to the waiting list; past bookings "
        "are kept without your name so that attendance counts stay true."
    ),
    description=_("The workshop places you booked, and what happened to them."),
)


def group_request_rows(user):
    return [
        {
            "workshop": request.workshop.title,
            "organisation": request.organisation,
            "contact_name": request.contact_name,
            "contact_email": request.contact_email,
            "group_size": request.group_size,
            "preferred_dates": request.preferred_dates,
            "access_needs": request.access_needs,
            "status": request.status,
            "created_at": request.created_at,
        }
        for request in GroupRequest.objects.filter(requested_by=user).select_related("workshop")
    ]


def erase_group_requests(user):
    """Keep the partner's record of the group, without the person who asked."""
    GroupRequest.objects.filter(requested_by=user).update(
        requested_by=None, contact_name="", contact_email=""
    )


register(
    GroupRequest,
    user_field="requested_by",
    export=group_request_rows,
    erase=erase_group_requests,
    outcome=_("Kept for the museum or gallery's records, without your name or email address."),
    description=_("Private workshops you requested for a group."),
)


def recorded_attendance_rows(user):
    """Attendance this person recorded as partner staff (not their own attendance)."""
    return [
        {
            "session": str(attendance.session),
            "status": attendance.status,
            "recorded_at": attendance.recorded_at,
        }
        for attendance in Attendance.objects.filter(recorded_by=user).select_related(
            "session__workshop", "session__venue"
        )
    ]


register(
    Attendance,
    user_field="recorded_by",
    export=recorded_attendance_rows,
    erase=ANONYMISE,
    description=_("Check-ins and attendance you recorded for a partner, as its staff."),
)
