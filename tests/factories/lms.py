"""The lms app's factories (defined in `lms/factories.py`, which seed_demo also uses)."""

from lms.factories import (
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
    "OrganisationFactory",
    "ProfileFactory",
    "UserFactory",
    "area",
    "practitioner",
    "with_role",
]
