"""The GCP2 accreditation register's rules: granting, staff status changes with their reasons,
expiry reminders and lapsing. Every change is recorded as an AccreditationEvent."""

import calendar
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from certificates import services
from certificates.models import (
    Accreditation,
    AccreditationEvent,
    AccreditationScheme,
    AccreditationStatus,
)
from lms.emails import render_text
from lms.tasks import send_email

LAPSABLE = (AccreditationStatus.ACTIVE, AccreditationStatus.SUSPENDED)
REMINDER_DAYS = (60, 14)  # before expiry; the nearer one wins when a run was missed

# action: (the statuses it may start from, the status it leads to, whether a reason is required)
TRANSITIONS = {
    "suspend": ({AccreditationStatus.ACTIVE}, AccreditationStatus.SUSPENDED, True),
    "reinstate": ({AccreditationStatus.SUSPENDED}, AccreditationStatus.ACTIVE, False),
    "revoke": (
        {AccreditationStatus.ACTIVE, AccreditationStatus.SUSPENDED, AccreditationStatus.LAPSED},
        AccreditationStatus.REVOKED,
        True,
    ),
}


class AccreditationError(Exception):
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
            AccreditationEvent.objects.create(accreditation=accreditation, by=by_user, action="granted")
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
        old.status = AccreditationStatus.LAPSED
        old.save(update_fields=["status"])
        AccreditationEvent.objects.create(
            accreditation=old,
            by=by_user,
            action="renewed",
            reason=f"Replaced by the accreditation granted on {accreditation.granted_on:%-d %B %Y}.",
        )


@transaction.atomic
def change_status(accreditation: Accreditation, action: str, *, by_user, reason: str = "") -> Accreditation:
    """Suspend, reinstate or revoke, from the states that allow it, with who and why."""
    if action not in TRANSITIONS:
        raise AccreditationError("That is not something that can be done to an accreditation.")
    allowed_from, to_status, reason_required = TRANSITIONS[action]
    accreditation = Accreditation.objects.select_for_update().get(pk=accreditation.pk)
    reason = reason.strip()
    if reason_required and not reason:
        raise AccreditationError(f"Give a reason to {action} the accreditation.")
    if accreditation.status not in allowed_from:
        raise AccreditationError(
            f"An accreditation that is {accreditation.get_status_display().lower()} "
            f"cannot be {AccreditationEvent.LABELS[action].lower()}."
        )
    if action == "reinstate" and accreditation.expires_on and accreditation.expires_on <= today():
        raise AccreditationError(
            f"It expired on {accreditation.expires_on:%-d %B %Y}, so it cannot be reinstated: "
            "the holder needs to attend a refresher."
        )
    accreditation.status = to_status
    accreditation.save(update_fields=["status"])
    AccreditationEvent.objects.create(accreditation=accreditation, by=by_user, action=action, reason=reason)
    return accreditation


def allowed_actions(accreditation: Accreditation) -> list[str]:
    """What staff may do to it now, in the order the buttons appear."""
    return [
        action for action, (allowed_from, *_) in TRANSITIONS.items() if accreditation.status in allowed_from
    ]


def lapse_expired(on: date | None = None) -> int:
    """Mark accreditations past their expiry as lapsed, suspended ones too (reinstating could not
    bring them back). Running it twice changes nothing."""
    on = on or today()
    with transaction.atomic():
        due = list(
            Accreditation.objects.select_for_update()
            .filter(status__in=LAPSABLE, expires_on__lte=on)
            .values_list("pk", flat=True)
        )
        Accreditation.objects.filter(pk__in=due).update(status=AccreditationStatus.LAPSED)
        AccreditationEvent.objects.bulk_create(
            AccreditationEvent(accreditation_id=pk, action="lapsed", reason="Its refresher period ended.")
            for pk in due
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
            AccreditationEvent.objects.create(
                accreditation=accreditation, action="reminded", reason=f"{due} days before expiry"
            )
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
    pks = list(held.values_list("pk", flat=True))
    if pks:
        with transaction.atomic():
            Accreditation.objects.filter(pk__in=pks, holder__isnull=True).update(holder=user)
            AccreditationEvent.objects.bulk_create(
                AccreditationEvent(accreditation_id=pk, by=user, action="claimed") for pk in pks
            )
    return len(pks)


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
