from .bookings import Booking, BookingEvent, BookingQuerySet, BookingStatus
from .charges import Charge, ChargeEvent, ChargeReason, ChargeStatus, ExportBatch
from .courses import Course, Session, SessionQuerySet, SessionStatus
from .pages import CourseCataloguePage
from .workshop_pages import WorkshopIndexPage, WorkshopPage
from .workshops import (
    Audience,
    HostType,
    PreferredDate,
    TimeOfDay,
    Workshop,
    WorkshopEvent,
    WorkshopFormat,
    WorkshopReferenceCounter,
    WorkshopRequest,
    WorkshopRequestQuerySet,
    WorkshopStatus,
)

__all__ = [
    "Audience",
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
    "HostType",
    "PreferredDate",
    "Session",
    "SessionQuerySet",
    "SessionStatus",
    "TimeOfDay",
    "Workshop",
    "WorkshopEvent",
    "WorkshopFormat",
    "WorkshopIndexPage",
    "WorkshopPage",
    "WorkshopReferenceCounter",
    "WorkshopRequest",
    "WorkshopRequestQuerySet",
    "WorkshopStatus",
]
