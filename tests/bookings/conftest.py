from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bookings import services
from tests.factories import ProfileFactory, SessionFactory

LONDON = ZoneInfo("Europe/London")


def make_session(course=None, *, starts_at=None, capacity=10, **extra):
    """A GCP2 session in Luton (30 days ahead unless `starts_at` says), taking bookings until it starts."""
    fields = {"capacity": capacity, **extra}
    if course is not None:
        fields["course"] = course
    if starts_at is not None:
        fields["starts_at"] = starts_at
    return SessionFactory(**fields)


@pytest.fixture
def session(db):
    return make_session()


@pytest.fixture
def practitioner(db):
    return ProfileFactory(manager_email="boss@example.org").user


def request(session, user, **overrides):
    data = {
        "manager_name": "Bo Boss",
        "manager_email": user.profile.manager_email,
        "acknowledged_policy": True,
    }
    data.update(overrides)
    return services.request_place(session, user, **data)


def confirmed(session, user=None):
    user = user or ProfileFactory().user
    booking = request(session, user)
    return services.approve(booking, by_email=booking.manager_email)


def london(*args):
    return datetime(*args, tzinfo=LONDON)
