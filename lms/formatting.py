"""Dates and times the GOV.UK way, on the partnership's clock (settings.TIME_ZONE,
Europe/London): '9:30am', 'midday', '9:30am on 4 March 2027'. Pages, emails and exports all use
these, through the `govuk_dates` template filters or directly."""

from datetime import date, datetime

from django.utils import timezone


def govuk_time(moment: datetime) -> str:
    """'9:30am', '6pm', 'midday'."""
    local = timezone.localtime(moment)
    if (local.hour, local.minute) == (12, 0):
        return "midday"
    return local.strftime("%-I:%M%p").lower().replace(":00", "")


def govuk_date(day: date | datetime) -> str:
    """'4 March 2027'; a datetime is read on the local clock first."""
    if isinstance(day, datetime):
        day = timezone.localtime(day)
    return f"{day:%-d %B %Y}"


def govuk_datetime(moment: datetime) -> str:
    """'9:30am on 4 March 2027'."""
    return f"{govuk_time(moment)} on {govuk_date(moment)}"


def govuk_day_and_time(moment: datetime) -> str:
    """'Thursday 4 March 2027 at 9:30am', for emails about a session someone must attend."""
    return f"{timezone.localtime(moment):%A} {govuk_date(moment)} at {govuk_time(moment)}"


def govuk_span(starts_at: datetime, ends_at: datetime) -> str:
    """'9:30am to 11am on 4 March 2027'."""
    return f"{govuk_time(starts_at)} to {govuk_time(ends_at)} on {govuk_date(starts_at)}"
