"""The GCP2 accreditation register's rules: granting, staff status changes with their reasons,
expiry reminders and lapsing. Every change goes through the transition table
(models.ACCREDITATION_MACHINE) or, where many rows change at once, writes events of its shape; each
is an AccreditationEvent with who, from which state to which, and why."""

import calendar
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from certificates import services
from certificates.models import (
    ACCREDITATION_MACHINE,
    Accreditation,
    AccreditationEvent,
    AccreditationScheme,
    AccreditationStatus,
)
from lms.emails import render_text
from lms.states import TransitionError
from lms.tasks import send_email

LAPSABLE = ACCREDITATION_MACHINE.table["lapsed"].sources
REMINDER_DAYS = (60, 14)  # before expiry; the nearer one wins when a run was missed
# What the register's keepers may do from its page; the other transitions are the system's.
STAFF_ACTIONS = ("suspend", "reinstate", "revoke")


class AccreditationError(TransitionError):
    pass


def today() -> date:
    return timezone.localdate()


def add_months(day: date, months: int) -> date:
    """The same day so many months on; the month's last day when it is shorter (31 Jan + 1 = 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def expiry_for(scheme: AccreditationScheme, granted_on: date) -> date | None:
    return add_months(granted_on, scheme.refresher_months) if scheme.refresher_months else None


def grant(
    *,
    scheme: AccreditationScheme,
    holder,
    granted_on: date,
    source_type: str,
    source_id: int | None,
    trainer_name: str = "",
    organisation=None,
    by_user=None,
) -> Accreditation:
    """Record that someone may lead under a scheme. Once per source, so re-marking a register
    never grants twice. A refresher replaces the holder's earlier active accreditation, which
    would otherwise keep sending "book a refresher" reminders and then lapse."""
    existing = Accreditation.objects.filter(source_type=source_type, source_id=source_id)
    if source_id is not None and (found := existing.first()):
        return found
    try:
        with transaction.atomic():
            accreditation = Accreditation.objects.create(
                scheme=scheme,
                holder=holder,
                holder_name=holder.full_name,
                holder_email=holder.email.lower(),
                organisation=organisation,
                granted_on=granted_on,
                expires_on=expiry_for(scheme, granted_on),
                source_type=source_type,
                source_id=source_id,
                trainer_name=trainer_name,
            )
            ACCREDITATION_MACHINE.record(accreditation, "granted", actor=by_user, from_state="")
            _replace_earlier(accreditation, by_user=by_user)
    except IntegrityError:  # granted by a simultaneous request for the same source
        return existing.get()
    return accreditation


def _replace_earlier(accreditation: Accreditation, *, by_user) -> None:
    earlier = (
        Accreditation.objects.select_for_update()
        .filter(
            Q(holder=accreditation.holder) | Q(holder__isnull=True, holder_email=accreditation.holder_email),
            scheme=accreditation.scheme,
            status=AccreditationStatus.ACTIVE,
            granted_on__lt=accreditation.granted_on,
        )
        .exclude(pk=accreditation.pk)
    )
    for old in earlier:
        ACCREDITATION_MACHINE.move(
            old,
            "renewed",
            actor=by_user,
            detail=f"Replaced by the accreditation granted on {accreditation.granted_on:%-d %B %Y}.",
            error=AccreditationError,
        )


@transaction.atomic
def change_status(accreditation: Accreditation, action: str, *, by_user, reason: str = "") -> Accreditation:
    """Suspend, reinstate or revoke, from the states that allow it, by a keeper of the register,
    with who and why."""
    if action not in STAFF_ACTIONS:
        raise AccreditationError("That is not something that can be done to an accreditation.")
    accreditation = Accreditation.objects.select_for_update().get(pk=accreditation.pk)
    ACCREDITATION_MACHINE.move(accreditation, action, actor=by_user, detail=reason, error=AccreditationError)
    return accreditation


def unsaved_event(
    accreditation_id: int, action: str, *, actor=None, was: str, now: str, detail: str = ""
) -> AccreditationEvent:
    """An event of the machine's shape for the paths that write many at once in one query
    (lapsing, imports, claiming), where `record` would write them one by one."""
    return AccreditationEvent(
        accreditation_id=accreditation_id,
        actor=actor,
        actor_email=getattr(actor, "email", "") or "",
        action=action,
        from_state=was,
        to_state=now,
        detail=detail,
    )


def lapse_expired(on: date | None = None) -> int:
    """Mark accreditations past their expiry as lapsed, suspended ones too (reinstating could not
    bring them back). Running it twice changes nothing."""
    on = on or today()
    with transaction.atomic():
        due = list(
            Accreditation.objects.select_for_update()
            .filter(status__in=LAPSABLE, expires_on__lte=on)
            .values_list("pk", "status")
        )
        Accreditation.objects.filter(pk__in=[pk for pk, _ in due]).update(status=AccreditationStatus.LAPSED)
        AccreditationEvent.objects.bulk_create(
            unsaved_event(
                pk, "lapsed", was=was, now=AccreditationStatus.LAPSED, detail="Its refresher period ended."
            )
            for pk, was in due
        )
    return len(due)


def send_expiry_reminders(on: date | None = None) -> int:
    """Tell the holder, and their line manager, 60 and then 14 days before expiry. Each reminder is
    claimed with a conditional update first, so two runs at once never send it twice."""
    on = on or today()
    sent = 0
    candidates = Accreditation.objects.select_related("scheme", "holder__profile").filter(
        status=AccreditationStatus.ACTIVE,
        expires_on__gt=on,
        expires_on__lte=on + timedelta(days=max(REMINDER_DAYS)),
    )
    for accreditation in candidates:
        days_left = (accreditation.expires_on - on).days
        due = min(days for days in REMINDER_DAYS if days_left <= days)
        previous = accreditation.last_reminder_days
        if previous is not None and previous <= due:
            continue
        with transaction.atomic():
            claimed = Accreditation.objects.filter(
                pk=accreditation.pk, last_reminder_days=previous, status=AccreditationStatus.ACTIVE
            ).update(last_reminder_days=due)
            if not claimed:
                continue
            ACCREDITATION_MACHINE.record(accreditation, "reminded", detail=f"{due} days before expiry")
            _email_expiry_reminder(accreditation, days_left)
        sent += 1
    return sent


def _email_expiry_reminder(accreditation: Accreditation, days_left: int) -> None:
    profile = getattr(accreditation.holder, "profile", None) if accreditation.holder else None
    manager = [profile.manager_email] if profile and profile.manager_email else []
    subject, body = render_text(
        "certificates/emails/expiry_reminder.txt",
        {"accreditation": accreditation, "days_left": days_left, "has_manager": bool(manager)},
    )
    transaction.on_commit(lambda: send_email.enqueue(subject, body, [accreditation.holder_email], manager))


def claim_held(user, email: str) -> int:
    """Imported accreditations waiting for this email now belong to the person who proved it is theirs."""
    held = Accreditation.objects.filter(holder__isnull=True, holder_email=email.lower())
    found = list(held.values_list("pk", "status"))
    if found:
        with transaction.atomic():
            Accreditation.objects.filter(pk__in=[pk for pk, _ in found], holder__isnull=True).update(
                holder=user
            )
            AccreditationEvent.objects.bulk_create(
                unsaved_event(pk, "claimed", actor=user, was=status, now=status) for pk, status in found
            )
    return len(found)


def for_holder(user) -> list[Accreditation]:
    """A practitioner's own accreditations, each with whether they can lead today and the
    certificate of the session that granted it (imports have none)."""
    accreditations = list(
        Accreditation.objects.filter(holder=user).select_related("scheme").order_by("-granted_on", "-pk")
    )
    sessions = [a.source_id for a in accreditations if a.source_type == "session_attendance"]
    certificates = (
        {c.source_id: c for c in services.for_sources("session_attendance", sessions)} if sessions else {}
    )
    on = today()
    for accreditation in accreditations:
        accreditation.can_lead_today = accreditation.can_lead_on(on)
        accreditation.certificate = (
            certificates.get(accreditation.source_id)
            if accreditation.source_type == "session_attendance"
            else None
        )
    return accreditations
