"""Phone numbers as people read them, and as links a phone can dial."""

import phonenumbers
from django import template

from lms.fields import display_uk_phone

register = template.Library()


@register.filter
def uk_phone(value: str) -> str:
    """`+441632960100` reads as `01632 960100`."""
    return display_uk_phone(value)


@register.filter
def tel_href(value: str) -> str:
    """A `tel:` address for a number as an editor typed it: `01582 547653` is
    `tel:+441582547653`, `999` is `tel:999`."""
    text = str(value or "").strip()
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return "tel:" + "".join(char for char in text if char.isdigit() or char == "+")
    if phonenumbers.is_possible_number(number):
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return "tel:" + "".join(char for char in text if char.isdigit())
