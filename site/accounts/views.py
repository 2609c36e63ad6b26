"""The signed-in person's own profile."""

from allauth.account import views as allauth_views
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .forms import ProfileForm


@login_required
def profile(request):
    """Show and change display name, certificate name and preferred language."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("profile")
        return render(request, "accounts/profile.html", {"form": form}, status=400)
    return render(request, "accounts/profile.html", {"form": form})


class ConfirmEmailView(allauth_views.ConfirmEmailView):
    """allauth's confirmation page, answering 404 (with its explanation) for a bad or old link."""

    def get(self, *args, **kwargs):
        response = super().get(*args, **kwargs)
        if self.object is None:
            response.status_code = 404
        return response

    def post(self, *args, **kwargs):
        try:
            return super().post(*args, **kwargs)
        except Http404:
            self.object = None
            response = self.render_to_response(self.get_context_data())
            response.status_code = 404
            return response
