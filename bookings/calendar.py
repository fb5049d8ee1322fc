from bookings.models import Session
from lms.calendars import single_event_ics


def session_ics(session: Session) -> bytes:
    """A calendar file for a confirmed place, so the session lands in the person's diary."""
    return single_event_ics(
        product="Bookings",
        uid=f"session-{session.pk}",
        summary=session.course.title,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        location="Online" if session.online else session.venue,
        description=session.course.summary,
    )
