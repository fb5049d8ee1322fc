"""The bookings app's factories (defined in `bookings/factories.py`, which seed_demo also uses)."""

from bookings.factories import (
    BookingFactory,
    ChargeFactory,
    CourseFactory,
    SessionFactory,
)

__all__ = [
    "BookingFactory",
    "ChargeFactory",
    "CourseFactory",
    "SessionFactory",
]
