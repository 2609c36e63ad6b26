"""Admin screens for this app: consent texts, so staff can publish a new version of a question."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import DeleteView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ConsentText

AGREED_MESSAGE = _(
    "People have agreed to this text, so it is kept as their record. To stop asking, untick "
    "“offered” instead."
)


class ConsentTextDeleteView(DeleteView):
    """Only texts nobody has agreed to can be deleted (agreements PROTECT their text)."""

    def confirmation_message(self):
        if self.object.has_agreements():
            return AGREED_MESSAGE
        return super().confirmation_message()

    def form_valid(self, form):
        if self.object.has_agreements():
            messages.error(self.request, AGREED_MESSAGE)
            return redirect(self.get_success_url())
        return super().form_valid(form)


class ConsentTextViewSet(ModelViewSet):
    """To change a question's wording, copy its newest version, raise the version number and
    edit the copy: the wording people agreed to stays as it was (ConsentText.clean)."""

    model = ConsentText
    icon = "tick-inverse"
    menu_label = _("Consent texts")
    add_to_settings_menu = True
    form_fields = ["slug", "scope", "version", "title", "text", "active"]
    list_display = ["title", "slug", "scope", "version", "active", "created_at"]
    list_filter = ["scope", "slug", "active"]
    search_fields = ["title", "slug", "text"]
    search_backend_name = None
    inspect_view_enabled = True
    delete_view_class = ConsentTextDeleteView


@hooks.register("register_admin_viewset")
def register_consent_text_viewset():
    return ConsentTextViewSet("consent_texts")
