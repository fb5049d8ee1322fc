from .pages import WorkshopIndexPage, WorkshopPage
from .requests import (
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
from .transitions import MACHINE

__all__ = [
    "MACHINE",
    "Audience",
    "HostType",
    "PreferredDate",
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
