from django import forms
from django.utils.translation import gettext_lazy as _

from .text import without_control_characters

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search courses and lessons"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        error_messages={
            "max_length": _("Search terms can be at most %(limit_value)d characters long."),
            "null_characters_not_allowed": _("Search terms cannot contain control characters."),
        },
    )

    def clean_q(self):
        return " ".join(without_control_characters(self.cleaned_data["q"]).split())
