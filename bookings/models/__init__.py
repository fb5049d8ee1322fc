from .bookings import Booking, BookingEvent, BookingQuerySet, BookingStatus
from .charges import Charge, ChargeReason, ChargeStatus, ExportBatch
from .courses import Course, Session, SessionQuerySet, SessionStatus

__all__ = [
    "Booking",
    "BookingEvent",
    "BookingQuerySet",
    "BookingStatus",
    "Charge",
    "ChargeReason",
    "ChargeStatus",
    "Course",
    "ExportBatch",
    "Session",
    "SessionQuerySet",
    "SessionStatus",
]
