from django import template

from bookings.formatting import govuk_datetime

register = template.Library()
register.filter("when", govuk_datetime)
