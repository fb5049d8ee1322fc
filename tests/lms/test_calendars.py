"""Every calendar file we send is one a calendar program accepts: DTSTAMP, a stable UID, and the
times of the session or workshop."""

from datetime import UTC, datetime

import pytest
import time_machine
from icalendar import Calendar

from bookings.calendar import session_ics
from tests.bookings.conftest import make_session
from tests.factories.workshops import WorkshopRequestFactory
from workshops.calendar import workshop_ics

pytestmark = pytest.mark.django_db


def only_event(ics: bytes):
    (event,) = Calendar.from_ical(ics).walk("VEVENT")
    return event


def test_a_sessions_calendar_file_has_its_stamp_uid_and_times():
    session = make_session(starts_at=datetime(2027, 3, 4, 9, 30, tzinfo=UTC))
    with time_machine.travel("2026-12-02 10:00:00Z", tick=False):
        event = only_event(session_ics(session))
    assert event.decoded("dtstamp") == datetime(2026, 12, 2, 10, tzinfo=UTC)
    assert str(event["uid"]) == f"session-{session.pk}@safeguarding-learning-hub"
    assert event.decoded("dtstart") == session.starts_at and event.decoded("dtend") == session.ends_at


def test_a_workshops_calendar_file_has_its_stamp_and_a_readable_phone_number():
    workshop = WorkshopRequestFactory(confirmed=True, contact_phone="+441632960100")
    event = only_event(workshop_ics(workshop))
    assert "dtstamp" in event
    assert str(event["uid"]) == f"workshop-{workshop.pk}@safeguarding-learning-hub"
    assert "01632 960100" in str(event["description"])
