from django import template

from lms.adapters import confirmation_kind as kind_of_confirmation

register = template.Library()


@register.simple_tag
def confirmation_kind(email_address) -> str:
    """The confirmation page's wording follows the rule the confirmation itself applies."""
    return kind_of_confirmation(email_address)
