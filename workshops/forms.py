"""The host's request form and the forms on their status page. Every error message follows the
GOV.UK pattern: say what is wrong and how to put it right, in the words the label uses."""

import re
from dataclasses import dataclass
from datetime import timedelta

from django import forms
from django.utils import timezone

from lms import validators
from lms.fields import GovUKDateField, UKPhoneNumberField
from workshops.models import Audience, HostType, TimeOfDay, WorkshopFormat
from workshops.services import HOST_FIELDS, MAX_PREFERRED_DATES

OUTSIDE = "outside"
ORDINALS = ["first", "second", "third"]
# Royal Mail's shape of a UK postcode (outward code, then inward code: digit and two letters).
POSTCODE = re.compile(
    r"^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPSTUW])[0-9][ABD-HJLNP-UW-Z]{2})$"
)
MAX_DAYS_AHEAD = 2 * 365


def normalise_postcode(value: str) -> str:
    """'lu1 2bq' and 'LU12BQ' are both 'LU1 2BQ'."""
    compact = re.sub(r"\s+", "", value).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


@dataclass
class PreferredDateFields:
    """One 'choice' on the form: its date boxes and its time of day, drawn together."""

    number: int
    ordinal: str
    date: forms.BoundField
    time_of_day: forms.BoundField


class WorkshopRequestForm(forms.Form):
    organisation_name = forms.CharField(
        label="Name of your organisation",
        max_length=200,
        error_messages={"required": "Enter the name of your organisation"},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        validators=validators.PERSON_TEXT,
    )
    organisation_type = forms.ChoiceField(
        label="What kind of organisation is it?",
        choices=HostType.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select what kind of organisation it is"},
    )
    area = forms.ChoiceField(
        label="Which area is your organisation in?",
        help_text="The partnership covers Bedford Borough, Central Bedfordshire and Luton.",
        widget=forms.RadioSelect,
        error_messages={"required": "Select the area your organisation is in"},
    )
    format = forms.ChoiceField(
        label="Would you like the workshop face-to-face or online?",
        choices=WorkshopFormat.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select face-to-face or online"},
    )
    address = forms.CharField(
        label="Address where the workshop would be held",
        help_text="Leave this empty if you want the workshop online.",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
        validators=validators.TEXT,
    )
    postcode = forms.CharField(
        label="Postcode",
        required=False,
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "spellcheck": "false"}),
        validators=validators.SINGLE_LINE,
    )
    audience = forms.MultipleChoiceField(
        label="Who will the workshop be for?",
        help_text="Select all that apply.",
        choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select who the workshop will be for"},
    )
    audience_size = forms.IntegerField(
        label="About how many people will come?",
        min_value=1,
        max_value=1000,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}),
        error_messages={
            "required": "Enter about how many people will come",
            "invalid": "Enter the number of people as a number, like 20",
            "min_value": "Enter a number of people of 1 or more",
            "max_value": "Enter a number of people of 1,000 or fewer",
        },
    )
    contact_name = forms.CharField(
        label="Your full name",
        max_length=150,
        error_messages={"required": "Enter your full name"},
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        validators=validators.PERSON_TEXT,
    )
    contact_email = forms.EmailField(
        label="Your email address",
        help_text="We will send your reference and a private link to follow your request.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    contact_phone = UKPhoneNumberField(
        label="Your telephone number",
        help_text="A UK number, so the facilitator can reach you on the day.",
        error_messages={"required": "Enter your telephone number"},
    )
    accessibility_needs = forms.CharField(
        label="Accessibility needs (optional)",
        help_text="Anything the facilitator should know so everyone can take part.",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=validators.TEXT,
    )
    consent_to_contact = forms.BooleanField(
        label="The partnership's workshop coordinators can contact me about this request by email or phone",
        error_messages={"required": "Confirm that we can contact you about this request"},
    )
    # The honeypot: hidden from people (and from assistive technology); bots fill every box.
    website = forms.CharField(required=False, label="Leave this empty")

    field_order = [
        "organisation_name",
        "organisation_type",
        "area",
        "format",
        "address",
        "postcode",
        *[f"{part}_{n}" for n in range(1, MAX_PREFERRED_DATES + 1) for part in ("date", "time")],
        "audience",
        "audience_size",
        "contact_name",
        "contact_email",
        "contact_phone",
        "accessibility_needs",
        "consent_to_contact",
    ]

    def __init__(self, *args, **kwargs):
        from lms.models import LocalAuthority

        super().__init__(*args, **kwargs)
        self.areas = {area.slug: area for area in LocalAuthority.objects.order_by("name")}
        self.fields["area"].choices = [
            *((slug, area.name) for slug, area in self.areas.items()),
            (OUTSIDE, "Somewhere else"),
        ]
        example = f"For example, 27 3 {timezone.localdate().year + 1}"
        for n, ordinal in enumerate(ORDINALS[:MAX_PREFERRED_DATES], start=1):
            self.fields[f"date_{n}"] = GovUKDateField(
                label=f"{ordinal.capitalize()} choice of date" + ("" if n == 1 else " (optional)"),
                name_in_errors=f"the {ordinal} choice of date",
                help_text=example,
                required=n == 1,
            )
            self.fields[f"time_{n}"] = forms.ChoiceField(
                label=f"Time of day for your {ordinal} choice",
                choices=TimeOfDay.choices,
                widget=forms.RadioSelect(attrs={"class": "govuk-radios--small govuk-radios--inline"}),
                required=False,
            )
        self.order_fields(self.field_order)

    @property
    def preferred_date_fields(self) -> list[PreferredDateFields]:
        return [
            PreferredDateFields(n, ordinal, self[f"date_{n}"], self[f"time_{n}"])
            for n, ordinal in enumerate(ORDINALS[:MAX_PREFERRED_DATES], start=1)
        ]

    def is_spam(self) -> bool:
        return bool(self.data.get("website", "").strip())

    def clean_organisation_name(self):
        return self.cleaned_data["organisation_name"].strip()

    def clean(self):
        data = super().clean()
        self._clean_location(data)
        self._clean_preferred_dates(data)
        return data

    def _clean_location(self, data):
        if "area" in data:
            data["local_authority"] = self.areas.get(data["area"])
        if data.get("format") != WorkshopFormat.FACE_TO_FACE:
            return
        if not data.get("address", "").strip():
            self.add_error("address", "Enter the address where the workshop would be held, or choose online")
        postcode = data.get("postcode", "")
        if not postcode.strip():
            self.add_error("postcode", "Enter the postcode where the workshop would be held")
        elif not POSTCODE.match(re.sub(r"\s+", "", postcode).upper()):
            self.add_error("postcode", "Enter a real postcode, with letters and numbers")
        else:
            data["postcode"] = normalise_postcode(postcode)

    def _clean_preferred_dates(self, data):
        today, chosen = timezone.localdate(), []
        for choice in self.preferred_date_fields:
            day, time_of_day = data.get(f"date_{choice.number}"), data.get(f"time_{choice.number}")
            if day is None:
                continue
            name = f"The {choice.ordinal} choice of date"
            if day <= today:
                self.add_error(f"date_{choice.number}", f"{name} must be in the future")
            elif day > today + timedelta(days=MAX_DAYS_AHEAD):
                self.add_error(f"date_{choice.number}", f"{name} must be within the next 2 years")
            if not time_of_day:
                self.add_error(
                    f"time_{choice.number}", f"Select a time of day for your {choice.ordinal} choice"
                )
            chosen.append((day, time_of_day))
        data["preferred_dates"] = chosen

    def service_arguments(self) -> dict:
        """What workshops.services.submit takes, from the cleaned form."""
        keep = (*HOST_FIELDS, "consent_to_contact", "preferred_dates")
        return {key: self.cleaned_data[key] for key in keep}


class AnotherDateForm(forms.Form):
    message = forms.CharField(
        label="Which dates or times would suit you better?",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Tell us which dates or times would suit you better"},
        validators=validators.TEXT,
    )


class HostCancelForm(forms.Form):
    reason = forms.CharField(
        label="Why are you cancelling? (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=validators.TEXT,
    )
    confirm = forms.BooleanField(
        label="Yes, cancel our workshop request",
        error_messages={"required": "Confirm that you want to cancel"},
    )


class FindRequestForm(forms.Form):
    reference = forms.CharField(
        label="Your reference",
        help_text="It starts WS-, for example WS-2026-0042.",
        max_length=20,
        error_messages={"required": "Enter your reference"},
        widget=forms.TextInput(attrs={"spellcheck": "false", "autocapitalize": "characters"}),
        validators=validators.SINGLE_LINE,
    )
    email = forms.EmailField(
        label="The email address you gave",
        error_messages={
            "required": "Enter the email address you gave",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
