"""A person's own data: what we keep, download it, delete the account, change consents."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.consents import ConsentError, consent_accept, consent_revoke, offered_consent_texts
from lms.models import ConsentText

from .forms import AccountDeleteForm, ConsentChoiceForm
from .registry import registered
from .services import PrivacyError, account_erase, personal_data_export


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_GET
@login_required
def overview(request):
    """What we hold, what deleting the account keeps, and the ways to download or delete."""
    return _private(render(request, "privacy/overview.html", {"entries": registered()}))


@require_POST
@login_required
def export(request):
    """The person's data as a ZIP download."""
    filename = f"my-data-ai-literacy-workshops-{timezone.localdate():%Y-%m-%d}.zip"
    response = HttpResponse(personal_data_export(user=request.user), content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return _private(response)


@require_http_methods(["GET", "POST"])
@login_required
def delete(request):
    """Confirm with the password, erase the person, log them out and say so."""
    bound = request.method == "POST"
    form = AccountDeleteForm(request.POST if bound else None, user=request.user)
    status, problem = 200, None
    if bound:
        if form.is_valid():
            try:
                account_erase(user=request.user)
            except PrivacyError as error:
                status, problem = 409, error.message
            else:
                logout(request)
                messages.success(
                    request, _("Your account has been deleted, and your personal data with it.")
                )
                return redirect("/")
        else:
            status = 429 if form.has_error("password", "too_many_login_attempts") else 400
    context = {"form": form, "entries": registered(), "problem": problem}
    return _private(render(request, "privacy/delete.html", context, status=status))


@require_POST
@login_required
def consent_choice(request, slug):
    """Agree to the offered version of a consent text, or withdraw agreement to it."""
    offered = get_object_or_404(offered_consent_texts(), slug=slug)
    form = ConsentChoiceForm(request.POST)
    if not form.is_valid():
        return _problem(request, _("Choose to agree or to withdraw, then try again."), 400)
    try:
        if form.cleaned_data["action"] == ConsentChoiceForm.ACCEPT:
            version = form.cleaned_data["version"]
            consent_text = get_object_or_404(ConsentText, slug=slug, version=version)
            consent_accept(user=request.user, consent_text=consent_text)
            message = _("You agreed to “%(title)s”.")
        else:
            consent_revoke(user=request.user, consent_text=offered)
            message = _("You withdrew your agreement to “%(title)s”.")
    except ConsentError as error:
        return _problem(request, error.message, 409)
    messages.success(request, message % {"title": offered.title})
    return redirect(reverse("profile") + "#your-choices")


def _problem(request, message, status):
    return render(request, "privacy/problem.html", {"message": message}, status=status)
