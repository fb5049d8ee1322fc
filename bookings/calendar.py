from icalendar import Calendar, Event

from bookings.models import Session


def session_ics(session: Session) -> bytes:
    """A calendar file for a confirmed place, so the session lands in the person's diary."""
    calendar = Calendar()
    calendar.add("prodid", "-//Safeguarding Learning Hub//Bookings//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"session-{session.pk}@safeguarding-learning-hub")
    event.add("summary", session.course.title)
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("location", "Online" if session.online else session.venue)
    event.add("description", session.course.summary)
    calendar.add_component(event)
    return calendar.to_ical()
