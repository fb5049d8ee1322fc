"""Factories per app (`tests.factories.bookings`, ...), all importable from here too. They live in
each app's `factories` module so that seed_demo builds the demo with them as well."""

from tests.factories.bookings import BookingFactory, ChargeFactory, CourseFactory, SessionFactory
from tests.factories.certificates import AccreditationFactory, CertificateFactory
from tests.factories.courses import LessonPageFactory, ModulePageFactory
from tests.factories.lms import (
    TEST_PASSWORD,
    OrganisationFactory,
    ProfileFactory,
    UserFactory,
    practitioner,
    with_role,
)

__all__ = [
    "TEST_PASSWORD",
    "AccreditationFactory",
    "BookingFactory",
    "CertificateFactory",
    "ChargeFactory",
    "CourseFactory",
    "LessonPageFactory",
    "ModulePageFactory",
    "OrganisationFactory",
    "ProfileFactory",
    "SessionFactory",
    "UserFactory",
    "practitioner",
    "with_role",
]
