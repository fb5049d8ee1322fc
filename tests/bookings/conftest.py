from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from bookings import services
from bookings.models import Course, Session
from lms.models import LocalAuthority
from tests.factories import ProfileFactory

LONDON = ZoneInfo("Europe/London")


def make_session(course=None, *, starts_at=None, capacity=10, **extra):
    course = course or Course.objects.create(
        title="GCP2 Practitioner Training",
        slug=f"gcp2-{Course.objects.count()}",
        summary="Graded Care Profile 2.",
        accredited=True,
        accreditation="GCP2 assessment lead",
    )
    starts_at = starts_at or timezone.now() + timedelta(days=30)
    return Session.objects.create(
        course=course,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=7),
        local_authority=LocalAuthority.objects.get(slug="luton"),
        venue="Town Hall, Luton",
        capacity=capacity,
        booking_opens_at=timezone.now() - timedelta(days=60),
        booking_closes_at=starts_at,
        **extra,
    )


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
