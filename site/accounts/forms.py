"""Sign-up and profile forms."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from lms.text import without_control_characters

PROFILE_FIELDS = ["display_name", "certificate_name", "preferred_language"]


class CleanNamesMixin:
    """Names are stored without control characters or surrounding spaces."""

    def clean_display_name(self):
        return without_control_characters(self.cleaned_data["display_name"]).strip()

    def clean_certificate_name(self):
        return without_control_characters(self.cleaned_data["certificate_name"]).strip()


class SignupForm(CleanNamesMixin, forms.Form):
    """Extra sign-up fields (allauth adds email and password)."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("How we greet you on the site."),
    )
    certificate_name = forms.CharField(
        label=_("Name on certificates"),
        max_length=200,
        required=False,
        help_text=_(
            "Exactly as it should appear on certificates, in any script. You can change it later."
        ),
    )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"]
        user.certificate_name = self.cleaned_data["certificate_name"]
        user.save(update_fields=["display_name", "certificate_name"])


class ProfileForm(CleanNamesMixin, forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = PROFILE_FIELDS
