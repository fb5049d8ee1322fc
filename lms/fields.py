"""Form fields every app shares: the GOV.UK date input and UK phone numbers.

Both are cleaned once here, at the edge, so a view never sees a half-parsed date or a phone number
in one of the dozen ways people write them."""

from datetime import date

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError

DATE_PARTS = ("day", "month", "year")
# Leading digits of a UK national number (after the 0): geographic 1 and 2, non-geographic 3, 5,
# 8 and 9, mobiles 7. Ofcom's ranges reserved for drama (01632 960xxx, 07700 900xxx) are written
# the same way and are "possible" without being "valid" to libphonenumber; people use them in
# training material, so the shape decides, not the allocation.
UK_LEADING_DIGITS = frozenset("1235789")


class GovUKDateInput(forms.MultiWidget):
    """GOV.UK's date input: three boxes posted as `<name>_day`, `<name>_month` and `<name>_year`.

    The day box carries the field's own id so an error summary link and a `<label for>` land on
    it; the others are `<id>_month` and `<id>_year`."""

    template_name = "govuk/forms/widgets/date_input.html"
    widths = {"day": 2, "month": 2, "year": 4}

    def __init__(self, attrs=None):
        boxes = {part: forms.TextInput(attrs={"inputmode": "numeric"}) for part in DATE_PARTS}
        super().__init__(boxes, attrs)

    def decompress(self, value):
        if isinstance(value, date):
            return [value.day, value.month, value.year]
        return ["", "", ""]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        extra_class = (attrs or {}).get("class", "")
        base_id = (attrs or {}).get("id") or self.attrs.get("id")
        for part, subwidget in zip(DATE_PARTS, context["widget"]["subwidgets"], strict=True):
            sub_attrs = subwidget["attrs"]
            if base_id:
                sub_attrs["id"] = base_id if part == "day" else f"{base_id}_{part}"
            width = f"govuk-input--width-{self.widths[part]}"
            sub_attrs["class"] = " ".join(
                filter(None, ["govuk-input govuk-date-input__input", width, extra_class])
            )
            sub_attrs.pop("aria-describedby", None)
            sub_attrs.pop("required", None)
            subwidget["label"] = part.capitalize()
        return context

    def id_for_label(self, id_):
        return id_


class GovUKDateField(forms.Field):
    """A date typed into GOV.UK's three boxes, with GOV.UK's message for each way it can be wrong.

    `name_in_errors` is how the messages name the date ("the date of birth"); by default the
    label in lower case. Anything that is not a real calendar date, including overflow such as
    a year of twenty nines, is a validation error, never an exception."""

    widget = GovUKDateInput
    default_error_messages = {
        "required": "Enter {name}",
        "incomplete": "{Name} must include a {missing}",
        "invalid": "{Name} must be a real date",
        "min_value": "{Name} must be on or after {limit}",
        "max_value": "{Name} must be on or before {limit}",
    }

    def __init__(
        self,
        *,
        name_in_errors: str = "",
        min_value: date | None = None,
        max_value: date | None = None,
        **kwargs,
    ):
        self.name_in_errors = name_in_errors
        self.min_value, self.max_value = min_value, max_value
        super().__init__(**kwargs)

    def _message(self, code: str, **params) -> str:
        name = self.name_in_errors or f"the {(self.label or 'date').lower()}"
        return self.error_messages[code].format(name=name, Name=name[:1].upper() + name[1:], **params)

    def to_python(self, value):
        if isinstance(value, date):
            return value
        parts = [str(part or "").strip() for part in (value or ["", "", ""])][:3]
        parts += [""] * (3 - len(parts))
        day, month, year = parts
        if not (day or month or year):
            return None
        missing = [label for label, part in zip(DATE_PARTS, parts, strict=True) if not part]
        if missing:
            raise ValidationError(
                self._message("incomplete", missing=" and a ".join(missing)), code="incomplete"
            )
        digits = all(part.isascii() and part.isdigit() for part in parts)
        if not digits or len(day) > 2 or len(month) > 2 or len(year) != 4:
            raise ValidationError(self._message("invalid"), code="invalid")
        try:
            return date(int(year), int(month), int(day))
        except (ValueError, OverflowError) as error:
            raise ValidationError(self._message("invalid"), code="invalid") from error

    def validate(self, value):
        if value in self.empty_values and self.required:
            raise ValidationError(self._message("required"), code="required")
        if value and self.min_value and value < self.min_value:
            raise ValidationError(
                self._message("min_value", limit=f"{self.min_value:%-d %B %Y}"), code="min_value"
            )
        if value and self.max_value and value > self.max_value:
            raise ValidationError(
                self._message("max_value", limit=f"{self.max_value:%-d %B %Y}"), code="max_value"
            )


def normalise_uk_phone(value: str) -> str:
    """The one stored form of a UK phone number, E.164 (`+441632960100`), or ValidationError.

    Accepts what people write: `+44 (0)1632 960100`, `01632 960100`, `07700 900123`,
    `0044 1632 960100`."""
    message = "Enter a UK phone number, like 01632 960 001 or 07700 900 982"
    text = str(value or "").strip()
    if not text or len(text) > 30 or any(ord(char) < 32 for char in text):
        raise ValidationError(message, code="invalid")
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException as error:
        raise ValidationError(message, code="invalid") from error
    national = str(number.national_number)
    uk_shaped = (
        number.country_code == 44
        and phonenumbers.is_possible_number_with_reason(number) == phonenumbers.ValidationResult.IS_POSSIBLE
        and national[:1] in UK_LEADING_DIGITS
    )
    if not (uk_shaped or (number.country_code == 44 and phonenumbers.is_valid_number(number))):
        raise ValidationError(message, code="invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_uk_phone(value: str) -> str:
    """How a stored number reads to a person in the UK: `01632 960100`."""
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def validate_uk_phone(value: str) -> None:
    """For model fields: refuses what `normalise_uk_phone` would refuse."""
    normalise_uk_phone(value)


class UKPhoneNumberField(forms.CharField):
    """A UK phone number, stored in E.164 and shown back the way people write it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("widget", forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, str) and value.startswith("+44"):
            return display_uk_phone(value)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        return normalise_uk_phone(value)
