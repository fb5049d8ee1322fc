from .bookings import Booking, BookingEvent, BookingQuerySet, BookingStatus
from .charges import Charge, ChargeEvent, ChargeReason, ChargeStatus, ExportBatch
from .courses import Course, Session, SessionEvent, SessionQuerySet, SessionStatus
from .pages import CourseCataloguePage

__all__ = [
    "Booking",
    "BookingEvent",
    "BookingQuerySet",
    "BookingStatus",
    "Charge",
    "ChargeEvent",
    "ChargeReason",
    "ChargeStatus",
    "Course",
    "CourseCataloguePage",
    "ExportBatch",
    "Session",
    "SessionEvent",
    "SessionQuerySet",
    "SessionStatus",
]
