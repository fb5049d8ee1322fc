from datetime import datetime

from django.utils import timezone

from bookings.models.courses import LONDON


def govuk_datetime(moment: datetime) -> str:
    """GOV.UK style, on the London clock: '9:30am on 4 March 2027' ('midday' at 12:00pm)."""
    local = timezone.localtime(moment, LONDON)
    time = (
        "midday"
        if (local.hour, local.minute) == (12, 0)
        else local.strftime("%-I:%M%p").lower().replace(":00", "")
    )
    return f"{time} on {local:%-d %B %Y}"
