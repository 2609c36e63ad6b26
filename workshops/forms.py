from django import forms
from django.utils.translation import gettext_lazy as _

from lms.text import without_control_characters


class BookingForm(forms.Form):
    """Seats for a session; a guest also gives a name and an email address."""

    seats = forms.TypedChoiceField(label=_("Seats"), coerce=int, choices=[])
    guest_name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    guest_email = forms.EmailField(label=_("Your email address"), required=False)

    def __init__(self, *args, session, guest, **kwargs):
        super().__init__(*args, **kwargs)
        self.guest = guest
        self.fields["seats"].choices = [(n, n) for n in range(1, session.max_group_size + 1)]
        if guest:
            self.fields["guest_name"].required = True
            self.fields["guest_email"].required = True
        else:
            del self.fields["guest_name"]
            del self.fields["guest_email"]

    def clean_guest_name(self):
        return " ".join(without_control_characters(self.cleaned_data["guest_name"]).split())
