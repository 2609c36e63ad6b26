"""Booking, guest confirmation and tickets. Thin: the rules live in workshops/services.py."""

import io

import segno
from django.contrib import messages
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.consents import ConsentError
from lms.ratelimit import allow

from .attendance.services import CheckInError, self_checkin, self_checkin_window_open
from .consents import (
    booking_consent_accept,
    booking_consent_revoke,
    booking_consent_states,
    booking_consent_texts,
)
from .emails import (
    send_booking_cancelled,
    send_booking_placed,
    send_group_request_received,
    send_guest_confirmation,
    send_promotion_notices,
)
from .forms import AttendeeNamesForm, BookingForm, GroupRequestForm
from .group_requests import GroupRequestError, group_request_create
from .models import Booking, GroupRequest, Session, WorkshopPage
from .selectors import ticket, waiting_position
from .services import (
    BookingError,
    attendee_names_refusal,
    booking_attendees_set,
    booking_cancel,
    booking_confirm_guest,
    booking_create,
)

CONFIRMATION_SALT = "workshops.guest-booking"
CONFIRMATION_MAX_AGE = 60 * 60 * 48


def guest_confirmation_token(booking):
    return signing.dumps(booking.pk, salt=CONFIRMATION_SALT)


def _bookable_session(session_id):
    return get_object_or_404(
        Session.objects.select_related("venue", "workshop"),
        pk=session_id,
        is_private=False,
        workshop__live=True,
    )


@require_POST
def book(request, session_id):
    """Book seats: at once for a learner; a guest confirms by the emailed link first."""
    session = _bookable_session(session_id)
    guest = not request.user.is_authenticated
    form = BookingForm(
        request.POST, session=session, guest=guest, consent_texts=booking_consent_texts()
    )
    if not form.is_valid():
        return render(
            request, "workshops/book_failed.html", {"session": session, "form": form}, status=400
        )
    try:
        booking = booking_create(
            session=session,
            seats=form.cleaned_data["seats"],
            user=None if guest else request.user,
            guest_name=form.cleaned_data.get("guest_name", ""),
            guest_email=form.cleaned_data.get("guest_email", ""),
            consent_texts=form.chosen_consent_texts(),
        )
    except (BookingError, ConsentError) as error:
        return render(
            request, "workshops/book_failed.html", {"session": session, "error": error}, status=400
        )
    if guest:
        send_guest_confirmation(
            booking,
            request.build_absolute_uri(
                reverse("workshops:confirm", args=[guest_confirmation_token(booking)])
            ),
        )
        return render(request, "workshops/check_email.html", {"booking": booking})
    send_booking_placed(booking, _ticket_url(request, booking))
    return redirect("workshops:ticket", secret=booking.ticket_secret)


def _ticket_url(request, booking):
    return request.build_absolute_uri(reverse("workshops:ticket", args=[booking.ticket_secret]))


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """A guest's emailed link: GET asks (so link scanners change nothing), POST confirms."""
    try:
        booking_id = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.BadSignature:
        return render(request, "workshops/link_invalid.html", status=404)
    booking = get_object_or_404(Booking.objects.select_related("session__workshop"), pk=booking_id)
    if request.method == "GET":
        return render(request, "workshops/guest_confirm.html", {"booking": booking})
    try:
        booking = booking_confirm_guest(booking=booking)
    except BookingError as error:
        messages.error(request, error.message)
    else:
        send_booking_placed(booking, _ticket_url(request, booking))
    return redirect("workshops:ticket", secret=booking.ticket_secret)


def _qr_svg(url):
    buffer = io.BytesIO()
    segno.make(url, error="m").save(
        buffer,
        kind="svg",
        xmldecl=False,
        svgns=True,
        scale=5,
        dark="#1d1b20",
        title=_("QR code of this ticket, to show at the door"),
    )
    return buffer.getvalue().decode()


def _self_checkin_open(booking):
    """Whether the ticket page offers "enter the code on the screen" right now."""
    session = booking.session
    return (
        booking.status == Booking.Status.CONFIRMED
        and session.status == Session.Status.SCHEDULED
        and self_checkin_window_open(session, now=timezone.now())
        and not booking.attendances.exists()
    )


def _ticket_or_404(secret):
    booking = ticket(secret)
    if booking is None:
        raise Http404(_("No ticket has that address."))
    return booking


def _render_ticket(request, booking, *, error=None, attendees_form=None, status=200):
    confirmed = booking.status == booking.Status.CONFIRMED
    if attendees_form is None and booking.seats > 1 and attendee_names_refusal(booking) is None:
        attendees_form = AttendeeNamesForm(booking=booking)
    url = _ticket_url(request, booking)
    context = {
        "booking": booking,
        "session": booking.session,
        "qr_svg": _qr_svg(url) if confirmed and error is None else "",
        "position": waiting_position(booking),
        "error": error,
        "attendees_form": attendees_form,
        "consent_states": booking_consent_states(booking),
        "self_checkin_open": _self_checkin_open(booking),
    }
    return render(request, "workshops/ticket.html", context, status=status)


@require_http_methods(["GET"])
def ticket_page(request, secret):
    """The ticket: who, when, where, how many seats, status, a QR code for the door."""
    return _render_ticket(request, _ticket_or_404(secret))


@require_POST
def ticket_cancel(request, secret):
    """Cancel through the ticket link (before the deadline); the waiting list moves up."""
    booking = _ticket_or_404(secret)
    try:
        cancelled, promoted = booking_cancel(booking=booking)
    except BookingError as error:
        return _render_ticket(request, booking, error=error, status=400)
    send_booking_cancelled(cancelled)
    send_promotion_notices(promoted, lambda other: _ticket_url(request, other))
    messages.success(request, _("Your booking is cancelled. Thank you for freeing the place."))
    return redirect("workshops:ticket", secret=secret)


@require_POST
def ticket_attendees(request, secret):
    """Whoever booked several seats names the people coming (at most one name per seat)."""
    booking = _ticket_or_404(secret)
    form = AttendeeNamesForm(request.POST, booking=booking)
    if not form.is_valid():
        return _render_ticket(request, booking, attendees_form=form, status=400)
    try:
        booking = booking_attendees_set(booking=booking, names=form.lines())
    except BookingError as error:
        return _render_ticket(request, booking, error=error, attendees_form=form, status=400)
    messages.success(request, _("The names are saved."))
    return redirect("workshops:ticket", secret=secret)


SELF_CHECKIN_TRIES_PER_MINUTE = 10


def _self_checkin(request, booking, code):
    """Check the holder in with the code on the screen and say how it went (a message).

    Raises CheckInError; returns a 429 response when the holder tried too often, else None.
    """
    if not allow(
        request, scope=f"self-checkin:{booking.pk}", limit=SELF_CHECKIN_TRIES_PER_MINUTE, period=60
    ):
        return render(request, "429.html", status=429)
    outcome = self_checkin(booking=booking, code=code)
    at = timezone.localtime(outcome.attendance.checked_in_at, booking.session.tzinfo)
    if outcome.created:
        messages.success(request, _("You are checked in. Enjoy the workshop!"))
    else:
        messages.info(
            request, _("You were already checked in at %(time)s.") % {"time": f"{at:%H:%M}"}
        )
    return None


@require_POST
def ticket_checkin(request, secret):
    """A guest (or anyone with the ticket link) checks in with the code on the screen."""
    booking = _ticket_or_404(secret)
    try:
        too_many = _self_checkin(request, booking, request.POST.get("code", ""))
    except CheckInError as error:
        return _render_ticket(request, booking, error=error, status=400)
    return too_many or redirect("workshops:ticket", secret=secret)


@require_http_methods(["GET", "POST"])
def session_checkin(request, session_id):
    """Where the QR on the educator's screen leads: a learner checks in their own booking."""
    session = get_object_or_404(Session.objects.select_related("workshop", "venue"), pk=session_id)
    code = (request.POST.get("code") or request.GET.get("code") or "")[:12]
    booking = None
    if request.user.is_authenticated:
        booking = session.bookings.filter(
            user=request.user, status=Booking.Status.CONFIRMED
        ).first()
    context = {"session": session, "code": code, "booking": booking}
    if request.method == "GET" or booking is None:
        status = 200 if request.method == "GET" else 400
        return render(request, "workshops/self_checkin.html", context, status=status)
    try:
        too_many = _self_checkin(request, booking, code)
    except CheckInError as error:
        return render(
            request, "workshops/self_checkin.html", {**context, "error": error}, status=400
        )
    return too_many or redirect("workshops:ticket", secret=booking.ticket_secret)


@require_POST
def ticket_consent(request, secret):
    """Agree to, or withdraw, one of the questions asked at booking, through the ticket link."""
    booking = _ticket_or_404(secret)
    action = request.POST.get("action")
    consent_text = booking_consent_texts().filter(pk=_int_or_none(request.POST.get("consent")))
    consent_text = consent_text.first()
    if consent_text is None or action not in ("agree", "withdraw"):
        error = ConsentError("not_offered")
        return _render_ticket(request, booking, error=error, status=400)
    change = booking_consent_accept if action == "agree" else booking_consent_revoke
    try:
        change(booking=booking, consent_text=consent_text)
    except ConsentError as error:
        return _render_ticket(request, booking, error=error, status=400)
    if action == "agree":
        messages.success(request, _("Thank you: your answer is saved."))
    else:
        messages.success(request, _("Withdrawn. The venue will see this before the workshop."))
    return redirect("workshops:ticket", secret=secret)


def _int_or_none(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


@require_http_methods(["GET", "POST"])
def group_request(request, workshop_id):
    """A school, college or community group asks for a private session of a workshop."""
    workshop = get_object_or_404(WorkshopPage.objects.live().public(), pk=workshop_id)
    form = GroupRequestForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            user = request.user if request.user.is_authenticated else None
            try:
                made = group_request_create(workshop=workshop, user=user, **form.cleaned_data)
            except GroupRequestError as error:
                form.add_error(None, error.message)
            else:
                send_group_request_received(
                    made,
                    status_url=request.build_absolute_uri(
                        reverse("workshops:group_request_status", args=[made.status_secret])
                    ),
                    admin_url=request.build_absolute_uri(
                        reverse("grouprequest:inspect", args=[made.pk])
                    ),
                )
                return redirect("workshops:group_request_status", secret=made.status_secret)
        return render(
            request,
            "workshops/group_request.html",
            {"workshop": workshop, "form": form},
            status=400,
        )
    return render(request, "workshops/group_request.html", {"workshop": workshop, "form": form})


@require_http_methods(["GET"])
def group_request_status(request, secret):
    """Where the requester follows the answer; the link is the only key."""
    found = get_object_or_404(
        GroupRequest.objects.select_related(
            "workshop", "partner", "session__venue", "proposed_venue"
        ),
        status_secret=secret,
    )
    group_ticket = found.session.bookings.first() if found.session_id else None
    return render(
        request,
        "workshops/group_request_status.html",
        {"group_request": found, "group_ticket": group_ticket},
    )
