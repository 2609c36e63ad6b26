"""Forms for deleting an account and changing a consent choice."""

from allauth.account.adapter import get_adapter
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PASSWORD_MAX_LENGTH = 4096


class AccountDeleteForm(forms.Form):
    """Confirm with the current password; failures count towards the login rate limit."""

    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        max_length=PASSWORD_MAX_LENGTH,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("So that nobody else can delete your account from a device you left open."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        # allauth's check raises "too_many_login_attempts" once the login limit is reached.
        if not get_adapter().reauthenticate(self.user, password):
            raise ValidationError(
                _("That is not your current password."), code="incorrect_password"
            )
        return password


class ConsentChoiceForm(forms.Form):
    """Agree to the version of a text the person was shown, or withdraw their agreement."""

    ACCEPT = "accept"
    REVOKE = "revoke"

    action = forms.ChoiceField(
        label=_("Choice"), choices=[(ACCEPT, _("Agree")), (REVOKE, _("Withdraw"))]
    )
    version = forms.IntegerField(
        label=_("Version"), required=False, min_value=1, max_value=2_147_483_647
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == self.ACCEPT and cleaned.get("version") is None:
            raise ValidationError(_("Say which version of the text you agree to."))
        return cleaned
