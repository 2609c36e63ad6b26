"""Public verification: anyone can check a certificate by its code, as a page or as JSON.

Lookups are rate-limited per address, so codes cannot be guessed by brute force (80 random
bits would take forever anyway; the limit also keeps scripts from loading the site).
"""

import json

from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from lms.ratelimit import allow

from . import credentials
from .models import normalise_code
from .rendering import credential_bytes
from .selectors import certificate_by_code, certificate_record, revoked_status_indexes

LOOKUPS_PER_MINUTE = 30
JSON_LD = "application/ld+json"


def _limited(request):
    return not allow(request, scope="certificate-lookup", limit=LOOKUPS_PER_MINUTE, period=60)


def _too_many(request):
    return render(request, "429.html", status=429)


def _certificate_or_404(request, code):
    certificate = certificate_by_code(code)
    if certificate is None:
        raise Http404(_("No certificate has this code."))
    return certificate


@require_GET
def lookup(request):
    """The form where someone types a code; a valid-looking code goes to its page."""
    typed = request.GET.get("code")
    if typed is None:
        return render(request, "certificates/lookup.html")
    if _limited(request):
        return _too_many(request)
    code = normalise_code(typed)
    if code is None:
        error = _("A certificate code has 16 letters and digits, like 7KQ2-M9XD-4HTP-W3RA.")
        return render(
            request, "certificates/lookup.html", {"error": error, "typed": typed[:64]}, status=400
        )
    if certificate_by_code(code) is None:
        error = _("No certificate has this code. Check it and try again.")
        return render(
            request, "certificates/lookup.html", {"error": error, "typed": code}, status=404
        )
    return redirect("certificates:verify", code=code)


@require_GET
def verify(request, code):
    """The certificate's public record and its status now."""
    if _limited(request):
        return _too_many(request)
    certificate = _certificate_or_404(request, code)
    if certificate.code != code:
        return redirect("certificates:verify", code=certificate.code)
    record = certificate_record(certificate, credentials.verify_url(certificate))
    return render(
        request, "certificates/verify.html", {"certificate": certificate, "record": record}
    )


@require_GET
def record_json(request, code):
    """The same record as JSON, for programs."""
    if _limited(request):
        return JsonResponse({"error": "too_many_requests"}, status=429)
    certificate = certificate_by_code(code)
    if certificate is None:
        return JsonResponse({"error": "not_found"}, status=404)
    return JsonResponse(certificate_record(certificate, credentials.verify_url(certificate)))


@require_GET
def credential_json(request, code):
    """The signed Open Badges credential, byte for byte what the PDF embeds."""
    if _limited(request):
        return JsonResponse({"error": "too_many_requests"}, status=429)
    certificate = _certificate_or_404(request, code)
    response = HttpResponse(credential_bytes(certificate), content_type=JSON_LD)
    response["Content-Disposition"] = f'attachment; filename="{certificate.code}.json"'
    return response


@require_GET
def certificate_pdf(request, code):
    """The PDF, while the certificate has one (not after the recipient erased their data)."""
    if _limited(request):
        return _too_many(request)
    certificate = _certificate_or_404(request, code)
    if not certificate.pdf:
        raise Http404(_("This certificate has no PDF."))
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )


@require_GET
@cache_control(max_age=3600, public=True)
def issuer(request):
    """The issuer profile with its public keys, where verification methods point."""
    return HttpResponse(json.dumps(credentials.issuer_profile(), indent=2), content_type=JSON_LD)


@require_GET
@cache_control(max_age=60, public=True)
def status_list(request):
    """The signed revocation list: bit n set means the certificate with index n is revoked."""
    document = credentials.status_list_credential(revoked_status_indexes())
    return HttpResponse(json.dumps(document), content_type=JSON_LD)
