import re

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from lms.text import without_control_characters

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class BookingForm(forms.Form):
    """Seats for a session; a guest also gives a name and an email address.

    Prefixed with the session, so one page can hold a form per session with unique ids.
    """

    seats = forms.TypedChoiceField(label=_("Seats"), coerce=int, choices=[])
    guest_name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    guest_email = forms.EmailField(label=_("Your email address"), required=False)

    def __init__(self, *args, session, guest, consent_texts=(), **kwargs):
        super().__init__(*args, prefix=f"s{session.pk}", **kwargs)
        self.guest = guest
        self.fields["seats"].choices = [(n, n) for n in range(1, session.max_group_size + 1)]
        if guest:
            self.fields["guest_name"].required = True
            self.fields["guest_email"].required = True
        else:
            del self.fields["guest_name"]
            del self.fields["guest_email"]
        # Optional and unticked: booking never depends on them (asked once per page, not per form).
        self.consent_texts = list(consent_texts)
        for text in self.consent_texts:
            self.fields[f"consent_{text.slug}"] = forms.BooleanField(
                label=text.title, help_text=text.text, required=False
            )

    def chosen_consent_texts(self):
        """The consent texts the person ticked."""
        return [text for text in self.consent_texts if self.cleaned_data[f"consent_{text.slug}"]]

    def clean_guest_name(self):
        return " ".join(without_control_characters(self.cleaned_data["guest_name"]).split())


class IsoDateInput(forms.DateInput):
    """A native date picker that never echoes back a value the picker cannot hold."""

    input_type = "date"

    def format_value(self, value):
        formatted = super().format_value(value)
        return formatted if formatted and ISO_DATE.fullmatch(str(formatted)) else None


class SessionFilterForm(forms.Form):
    """Filters for the public list of upcoming sessions."""

    date_from = forms.DateField(label=_("From"), required=False, widget=IsoDateInput)
    date_to = forms.DateField(label=_("To"), required=False, widget=IsoDateInput)
    partner = forms.ChoiceField(label=_("Museum or gallery"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    access = forms.MultipleChoiceField(
        label=_("Access"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, sessions, **kwargs):
        from .models import Venue

        super().__init__(*args, **kwargs)
        anything = [("", _("Any"))]
        partners = sorted(
            {(s.venue.partner.slug, s.venue.partner.name) for s in sessions}, key=lambda p: p[1]
        )
        self.fields["partner"].choices = anything + partners
        self.fields["city"].choices = anything + [
            (c, c) for c in sorted({s.venue.city for s in sessions})
        ]
        self.fields["language"].choices = anything + [
            (lang, lang) for lang in sorted({s.language for s in sessions})
        ]
        self.fields["access"].choices = [
            (name, Venue._meta.get_field(name).verbose_name.capitalize())
            for name in Venue.ACCESS_FEATURES
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned

    def filter(self, sessions):
        """The sessions matching the valid filters."""
        data = self.cleaned_data
        if data.get("date_from"):
            sessions = sessions.filter(starts_at__date__gte=data["date_from"])
        if data.get("date_to"):
            sessions = sessions.filter(starts_at__date__lte=data["date_to"])
        if data.get("partner"):
            sessions = sessions.filter(venue__partner__slug=data["partner"])
        if data.get("city"):
            sessions = sessions.filter(venue__city=data["city"])
        if data.get("language"):
            sessions = sessions.filter(language=data["language"])
        for feature in data.get("access", []):
            sessions = sessions.filter(**{f"venue__{feature}": True})
        return sessions


class GroupRequestForm(forms.ModelForm):
    """A group's request for a private workshop."""

    MAX_GROUP = 200

    class Meta:
        from .models import GroupRequest

        model = GroupRequest
        fields = [
            "organisation",
            "contact_name",
            "contact_email",
            "group_size",
            "preferred_dates",
            "access_needs",
        ]
        widgets = {
            "preferred_dates": forms.Textarea(attrs={"rows": 3}),
            "access_needs": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "preferred_dates": _("A few dates or weeks that would suit your group."),
            "access_needs": _("Anything that helps us welcome everyone: access, language, ages."),
        }

    def clean_group_size(self):
        size = self.cleaned_data["group_size"]
        if size < 1 or size > self.MAX_GROUP:
            raise forms.ValidationError(
                _("Groups can be from 1 to %(max)s people."), params={"max": self.MAX_GROUP}
            )
        return size


class AttendeeNamesForm(forms.Form):
    """The people a booking brings, one name per line (easy to paste from a class list)."""

    names = forms.CharField(
        label=_("Names of the people coming"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off"}),
        help_text=_("One name per line, at most one per seat. Leave empty to remove the names."),
    )

    def __init__(self, *args, booking, **kwargs):
        from .services import ATTENDEE_NAME_MAX_LENGTH

        super().__init__(*args, **kwargs)
        self.booking = booking
        self.fields["names"].initial = "\n".join(booking.attendee_names or [])
        # Room for one full-length name per seat, and no more.
        limit = booking.seats * (ATTENDEE_NAME_MAX_LENGTH + 2)
        self.fields["names"].widget.attrs["maxlength"] = str(limit)
        self.fields["names"].validators.append(
            MaxLengthValidator(
                limit, message=_("That is more text than this booking's names can take.")
            )
        )

    def lines(self):
        """The names typed, one per non-empty line (the service tidies and checks them)."""
        return [line for line in self.cleaned_data["names"].splitlines() if line.strip()]
