"""Sign-up and profile forms."""

import contextlib

from django import forms
from django.contrib.auth import get_user_model
from django.template.defaultfilters import linebreaksbr
from django.utils.translation import gettext_lazy as _

from lms.consents import ConsentError, consent_accept, offered_consent_texts
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # allauth orders the fields by this once it has added the passwords: consents go last.
        self.field_order = ["email", "display_name", "certificate_name", "password1", "password2"]
        # One optional box per consent on offer. The version is in the field name, so a box
        # ticked under wording that changed before the form came back records nothing.
        self.consent_texts = {}
        for consent_text in offered_consent_texts():
            name = f"consent_{consent_text.slug}_v{consent_text.version}"
            self.fields[name] = forms.BooleanField(
                label=consent_text.title,
                help_text=linebreaksbr(consent_text.text, autoescape=True),
                required=False,
            )
            self.consent_texts[name] = consent_text

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"]
        user.certificate_name = self.cleaned_data["certificate_name"]
        user.save(update_fields=["display_name", "certificate_name"])
        for name, consent_text in self.consent_texts.items():
            if self.cleaned_data.get(name):
                # Withdrawn from offer during this request: record nothing; they can agree later.
                with contextlib.suppress(ConsentError):
                    consent_accept(user=user, consent_text=consent_text)


class ProfileForm(CleanNamesMixin, forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = PROFILE_FIELDS
