"""Factories per app (`tests.factories.bookings`, ...), all importable from here too. They live in
each app's `factories` module so that seed_demo builds the demo with them as well."""

from tests.factories.bookings import BookingFactory, ChargeFactory, CourseFactory, SessionFactory
from tests.factories.certificates import AccreditationFactory, CertificateFactory, gcp2_scheme
from tests.factories.courses import LessonPageFactory, ModulePageFactory, module_from_content
from tests.factories.lms import (
    TEST_PASSWORD,
    OrganisationFactory,
    ProfileFactory,
    UserFactory,
    area,
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
    "area",
    "gcp2_scheme",
    "module_from_content",
    "practitioner",
    "with_role",
]
