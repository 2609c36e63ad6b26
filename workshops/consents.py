"""Consents asked at booking: photography at the workshop, showing the person's artwork.

The questions and their versions are lms.ConsentText with scope "booking"; the answers belong
to the booking (guests have no account). Agreeing counts for the version on offer only;
withdrawing closes every version of that question; rows are never edited otherwise.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from lms.consents import ConsentError, offered_consent_texts
from lms.models import ConsentText

from .models import Booking, BookingConsent

ACTIVE = (Booking.Status.PENDING, Booking.Status.CONFIRMED, Booking.Status.WAITLISTED)


def booking_consent_texts():
    """The newest offered version of each question asked at booking."""
    return offered_consent_texts(ConsentText.Scope.BOOKING)


def booking_consents_record(*, booking, consent_texts, now=None):
    """Record agreement to each of `consent_texts` (all must be on offer) for a new booking."""
    offered = set(booking_consent_texts().values_list("pk", flat=True))
    if any(text.pk not in offered for text in consent_texts):
        raise ConsentError("not_offered")
    now = now or timezone.now()
    BookingConsent.objects.bulk_create(
        BookingConsent(booking=booking, consent_text=text, accepted_at=now)
        for text in consent_texts
    )


@transaction.atomic
def booking_consent_accept(*, booking, consent_text, now=None):
    """Agree on an active booking to the version of the question on offer now."""
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status not in ACTIVE:
        raise ConsentError("not_offered")
    if not booking_consent_texts().filter(pk=consent_text.pk).exists():
        raise ConsentError("not_offered")
    standing = BookingConsent.objects.filter(
        booking=booking, consent_text=consent_text, revoked_at=None
    )
    if standing.exists():
        raise ConsentError("already_accepted")
    try:
        with transaction.atomic():
            return BookingConsent.objects.create(
                booking=booking, consent_text=consent_text, accepted_at=now or timezone.now()
            )
    except IntegrityError:  # a parallel request agreed first
        raise ConsentError("already_accepted") from None


def booking_consent_revoke(*, booking, consent_text, now=None):
    """Withdraw the booking's agreement to this question, whichever versions (always allowed)."""
    revoked = BookingConsent.objects.filter(
        booking=booking, consent_text__slug=consent_text.slug, revoked_at=None
    ).update(revoked_at=now or timezone.now())
    if not revoked:
        raise ConsentError("not_accepted")
    return revoked


def booking_consent_states(booking):
    """[(text on offer, agreed version or None)] for the ticket page, in two queries."""
    texts = list(booking_consent_texts())
    agreed = dict(
        BookingConsent.objects.filter(booking=booking, revoked_at=None)
        .order_by("consent_text__version")
        .values_list("consent_text__slug", "consent_text__version")
    )
    return [(text, agreed.get(text.slug)) for text in texts]
