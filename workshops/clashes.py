"""Clashes: a facilitator down for two things at once. Proposing over one needs the
coordinator's say-so (services.propose(despite_clash=True)), never more, because coordinators
know when a clash is only on paper (a session that will finish early, a colleague covering)."""

from dataclasses import dataclass
from datetime import datetime

from bookings.models import Session, SessionStatus
from lms.models import Role, User
from workshops.models import WorkshopRequest
from workshops.models.requests import SCHEDULED


def facilitators():
    """Facilitators are people with the Trainers role."""
    return User.objects.filter(groups__name=Role.TRAINER, is_active=True).distinct().order_by("full_name")


@dataclass(frozen=True)
class Clash:
    what: str
    starts_at: datetime
    ends_at: datetime


def overlapping_workshops(facilitator, starts_at, ends_at):
    """The facilitator's proposed or confirmed workshops overlapping the time (touching is not
    overlapping). The arguments are values, or OuterRefs when WorkshopRequest.objects
    .with_clash_flag() asks the same of every row at once: the rule is written only here."""
    return WorkshopRequest.objects.filter(
        facilitator=facilitator, status__in=SCHEDULED, starts_at__lt=ends_at, ends_at__gt=starts_at
    )


def overlapping_sessions(facilitator, starts_at, ends_at):
    """The scheduled classroom sessions the facilitator trains overlapping the time."""
    return Session.objects.filter(
        trainers=facilitator, status=SessionStatus.SCHEDULED, starts_at__lt=ends_at, ends_at__gt=starts_at
    )


def clashes(facilitator, starts_at: datetime, ends_at: datetime, *, ignore=None) -> list[Clash]:
    """Everything else the facilitator is down for that overlaps, described for a person."""
    if facilitator is None or starts_at is None or ends_at is None:
        return []
    workshops = (
        overlapping_workshops(facilitator, starts_at, ends_at)
        .exclude(pk=getattr(ignore, "pk", None))
        .order_by("starts_at")
    )
    sessions = (
        overlapping_sessions(facilitator, starts_at, ends_at).select_related("course").order_by("starts_at")
    )
    found = [
        Clash(f"{w.get_workshop_display()} for {w.organisation_name} ({w.reference})", w.starts_at, w.ends_at)
        for w in workshops
    ]
    found += [Clash(f"{s.course.title} (classroom session)", s.starts_at, s.ends_at) for s in sessions]
    return sorted(found, key=lambda clash: clash.starts_at)
