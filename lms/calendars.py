"""Calendar (.ics) files, built one way for sessions and workshops alike."""

from datetime import datetime

from django.utils import timezone
from icalendar import Calendar, Event


def single_event_ics(
    *,
    product: str,
    uid: str,
    summary: str,
    starts_at: datetime,
    ends_at: datetime,
    location: str,
    description: str,
    sequence: int | None = None,
) -> bytes:
    """One event in its own calendar file. DTSTAMP (when the file was made) is required by
    RFC 5545; without it some calendar programs refuse the file or keep a stale copy. A stable
    UID with a rising SEQUENCE lets a changed event replace the old entry."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Safeguarding Learning Hub//{product}//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"{uid}@safeguarding-learning-hub")
    event.add("dtstamp", timezone.now())
    if sequence is not None:
        event.add("sequence", sequence)
    event.add("summary", summary)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("location", location)
    event.add("description", description)
    calendar.add_component(event)
    return calendar.to_ical()
