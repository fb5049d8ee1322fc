"""Dates and times the GOV.UK way, on the partnership's clock (settings.TIME_ZONE,
Europe/London): '9:30am', 'midday', '9:30am on 4 March 2027'. Pages, emails and exports all use
these, through the `govuk_dates` template filters or directly.

Always the partnership's clock, never the active time zone: Wagtail activates each admin user's
own time-zone preference, and a coordinator abroad must still see and type London times."""

from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone


@cache
def partnership_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def on_partnership_clock(moment: datetime) -> datetime:
    return timezone.localtime(moment, partnership_zone())


def at_partnership_time(day: date, time) -> datetime:
    """A date and a wall-clock time typed by someone, as an aware datetime on the partnership's clock."""
    return datetime.combine(day, time, tzinfo=partnership_zone())


def govuk_time(moment: datetime) -> str:
    """'9:30am', '6pm', 'midday'."""
    local = on_partnership_clock(moment)
    if (local.hour, local.minute) == (12, 0):
        return "midday"
    return local.strftime("%-I:%M%p").lower().replace(":00", "")


def govuk_date(day: date | datetime) -> str:
    """'4 March 2027'; a datetime is read on the local clock first."""
    if isinstance(day, datetime):
        day = on_partnership_clock(day)
    return f"{day:%-d %B %Y}"


def govuk_datetime(moment: datetime) -> str:
    """'9:30am on 4 March 2027'."""
    return f"{govuk_time(moment)} on {govuk_date(moment)}"


def govuk_day_and_time(moment: datetime) -> str:
    """'Thursday 4 March 2027 at 9:30am', for emails about a session someone must attend."""
    return f"{on_partnership_clock(moment):%A} {govuk_date(moment)} at {govuk_time(moment)}"


def govuk_span(starts_at: datetime, ends_at: datetime) -> str:
    """'9:30am to 11am on 4 March 2027'."""
    return f"{govuk_time(starts_at)} to {govuk_time(ends_at)} on {govuk_date(starts_at)}"
