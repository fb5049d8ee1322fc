from datetime import date, datetime

from django.utils import timezone

from bookings.models.courses import LONDON


def govuk_time(moment: datetime) -> str:
    """GOV.UK style, on the London clock: '9:30am', '6pm', 'midday'."""
    local = timezone.localtime(moment, LONDON)
    if (local.hour, local.minute) == (12, 0):
        return "midday"
    return local.strftime("%-I:%M%p").lower().replace(":00", "")


def govuk_datetime(moment: datetime) -> str:
    """GOV.UK style, on the London clock: '9:30am on 4 March 2027' ('midday' at 12:00pm)."""
    return f"{govuk_time(moment)} on {timezone.localtime(moment, LONDON):%-d %B %Y}"


def govuk_span(starts_at: datetime, ends_at: datetime) -> str:
    """GOV.UK style, on the London clock: '9:30am to 11am on 4 March 2027'."""
    day = timezone.localtime(starts_at, LONDON)
    return f"{govuk_time(starts_at)} to {govuk_time(ends_at)} on {day:%-d %B %Y}"


def today_in_london() -> date:
    return timezone.localtime(timezone.now(), LONDON).date()
