from django import template

from bookings.formatting import govuk_datetime, govuk_time

register = template.Library()
register.filter("when", govuk_datetime)
register.filter("clock", govuk_time)
