"""Clashes: a facilitator down for two things at once. Proposing over one needs the
coordinator's say-so (services.propose(despite_clash=True)), never more, because coordinators
know when a clash is only on paper (a session that will finish early, a colleague covering)."""

from dataclasses import dataclass
from datetime import datetime

from lms.models import Role, User
from workshops.models.requests import overlapping_sessions, overlapping_workshops


def facilitators():
    """Facilitators are people with the Trainers role."""
    return User.objects.filter(groups__name=Role.TRAINER, is_active=True).distinct().order_by("full_name")


@dataclass(frozen=True)
class Clash:
    what: str
    starts_at: datetime
    ends_at: datetime


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
