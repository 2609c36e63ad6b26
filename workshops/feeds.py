"""Calendar feeds: upcoming public sessions of one workshop or one partner."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from .calendar import calendar_bytes
from .models import Partner, WorkshopPage
from .selectors import upcoming_listed_sessions


def _ics_response(sessions, request, *, name):
    body = calendar_bytes(
        sessions,
        name=name,
        url_for=lambda s: request.build_absolute_uri(f"{s.workshop.url}#session-{s.pk}"),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slugify(name) or "sessions"}.ics"'
    return response


@require_GET
def workshop_feed(request, workshop_id):
    workshop = get_object_or_404(WorkshopPage.objects.live().public(), pk=workshop_id)
    sessions = upcoming_listed_sessions().filter(workshop=workshop)
    return _ics_response(sessions, request, name=workshop.title)


@require_GET
def partner_feed(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    sessions = upcoming_listed_sessions().filter(venue__partner=partner)
    return _ics_response(sessions, request, name=partner.name)
