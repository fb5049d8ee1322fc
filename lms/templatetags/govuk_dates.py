"""GOV.UK dates and times for templates (pages and emails alike): `{{ session.starts_at|when }}`
gives '9:30am on 4 March 2027', `|clock` '9:30am', `|govuk_date` '4 March 2027', `|day_and_time`
'Thursday 4 March 2027 at 9:30am'. Empty values render as nothing."""

from django import template

from lms import formatting

register = template.Library()


def _empty_safe(function):
    return lambda value: function(value) if value else ""


register.filter("when", _empty_safe(formatting.govuk_datetime))
register.filter("clock", _empty_safe(formatting.govuk_time))
register.filter("govuk_date", _empty_safe(formatting.govuk_date))
register.filter("day_and_time", _empty_safe(formatting.govuk_day_and_time))
