"""Session times are typed as the venue's wall-clock time, whatever the editor's own zone.

A coordinator in London scheduling a session at a venue in Lisbon or New York types the time
on the venue's clocks, and sees it that way again when editing. Times that a clock change
skips or repeats at the venue are refused rather than guessed.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.forms.fields import BaseTemporalField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class VenueLocalDateTimeField(forms.DateTimeField):
    """A date and time exactly as typed, with no zone: the form reads it in the venue's zone."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return timezone.make_naive(value) if timezone.is_aware(value) else value
        # The temporal base parses the text; DateTimeField's own to_python would read it
        # in the editor's zone, which is the mistake this field exists to avoid.
        return BaseTemporalField.to_python(self, value)

    def prepare_value(self, value):
        return value


def venue_aware(value, venue):
    """The naive wall-clock `value` at the venue, as an aware datetime."""
    zone = venue.tzinfo
    aware = value.replace(tzinfo=zone)
    if zone.utcoffset(aware) != zone.utcoffset(aware.replace(fold=1)):
        raise ValidationError(
            _(
                "%(time)s does not exist or happens twice at this venue because the clocks "
                "change (%(zone)s). Choose another time."
            ),
            params={"time": value.strftime("%Y-%m-%d %H:%M"), "zone": venue.timezone},
            code="ambiguous_or_imaginary",
        )
    return aware


class VenueLocalTimesMixin:
    """For forms with datetime fields (`venue_local_fields`) that belong to a venue."""

    venue_local_fields = ()

    def use_venue_local_times(self, venue):
        """Swap the fields for venue-local ones and show their initial values at `venue`."""
        for name in self.venue_local_fields:
            if name not in self.fields:
                continue
            old = self.fields[name]
            self.fields[name] = VenueLocalDateTimeField(
                required=old.required,
                label=old.label,
                widget=old.widget,
                help_text=old.help_text or _("On the venue's clocks."),
            )
            value = self.initial.get(name)
            aware = isinstance(value, datetime.datetime) and timezone.is_aware(value)
            if venue is not None and aware:
                self.initial[name] = timezone.make_naive(value, venue.tzinfo)

    def clean_venue_local_times(self, venue):
        """Make the typed times aware in the venue's zone (or drop them if no venue is known)."""
        for name in self.venue_local_fields:
            value = self.cleaned_data.get(name)
            if value is None:
                continue
            if venue is None:
                del self.cleaned_data[name]
                continue
            try:
                self.cleaned_data[name] = venue_aware(value, venue)
            except ValidationError as error:
                self.add_error(name, error)
