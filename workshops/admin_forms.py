"""Coordinators' forms in the Wagtail admin: propose, decline or cancel, record delivery, and
the report period. Dates and times are typed on the London clock."""

from datetime import UTC, date, datetime, timedelta

from django import forms
from django.core.exceptions import ValidationError

from lms import validators
from lms.formatting import at_partnership_time, on_partnership_clock
from workshops.clashes import facilitators
from workshops.models import Audience

# Dates typed or put in a URL are held to these years: far outside them, the arithmetic on the
# date (the next month, the day after, a time zone change) leaves what Python can represent.
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


def within_sane_years(value: date) -> None:
    if not EARLIEST <= value <= LATEST:
        raise ValidationError(f"Enter a date between {EARLIEST.year} and {LATEST.year}")


DURATIONS = [(60, "1 hour"), (90, "1 hour 30 minutes"), (120, "2 hours"), (180, "3 hours")]


class ProposeForm(forms.Form):
    date = forms.DateField(
        label="Date",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[within_sane_years],
    )
    start_time = forms.TimeField(
        label="Start time", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    duration = forms.TypedChoiceField(label="Length", choices=DURATIONS, coerce=int, initial=60)
    facilitator = forms.ModelChoiceField(
        queryset=None, label="Facilitator", help_text="People with the Trainers role."
    )
    message = forms.CharField(
        label="Message to the host (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Sent with the proposed date, for example joining details for an online workshop.",
        validators=validators.TEXT,
    )
    propose_despite_clash = forms.BooleanField(
        label="Propose anyway: I know about the clash",
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["facilitator"].queryset = facilitators()

    def clean(self):
        data = super().clean()
        day, start = data.get("date"), data.get("start_time")
        if day and start and not exists_in_london(at_partnership_time(day, start)):
            self.add_error(
                "start_time",
                f"There is no {start:%H:%M} on {day:%-d %B %Y} because the clocks go forward that night. "
                "Enter another start time.",
            )
        return data

    @property
    def starts_at(self) -> datetime:
        return at_partnership_time(self.cleaned_data["date"], self.cleaned_data["start_time"])

    @property
    def ends_at(self) -> datetime:
        """A length is real time: across a change of the clocks, 1 hour from 1:30am is 1:30am
        again (October) or 3:30am (March) on the wall, so the sum is done in UTC."""
        end = self.starts_at.astimezone(UTC) + timedelta(minutes=self.cleaned_data["duration"])
        return on_partnership_clock(end)


def exists_in_london(moment: datetime) -> bool:
    """False for a wall-clock time skipped when the clocks go forward (1:30am on the last Sunday
    of March): zoneinfo accepts it, but it comes back from UTC as another time."""
    return on_partnership_clock(moment.astimezone(UTC)).replace(tzinfo=None) == moment.replace(tzinfo=None)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The host sees this in their email and on their status page.",
        validators=validators.TEXT,
    )


class DeliveryForm(forms.Form):
    attendance = forms.IntegerField(label="How many people attended", min_value=0, max_value=5000)
    audience = forms.MultipleChoiceField(
        label="Who attended",
        choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="A line or two for the record: how it went, anything to follow up.",
        validators=validators.TEXT,
    )


class ReportPeriodForm(forms.Form):
    delivered_from = forms.DateField(
        label="Delivered from",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[within_sane_years],
    )
    delivered_to = forms.DateField(
        label="Delivered to",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[within_sane_years],
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("delivered_from"), data.get("delivered_to")
        if start and end and end < start:
            self.add_error("delivered_to", "The end of the period must be on or after its start.")
        return data


class MonthForm(forms.Form):
    """The calendar's ?month=2027-03; anything else shows the current month."""

    month = forms.DateField(input_formats=["%Y-%m"], required=False, validators=[within_sane_years])
