"""Workshop request rules: submitting with a reference, proposing and confirming a date with a
facilitator, declining, cancelling and recording delivery. Every change locks the request row
and moves it through the transition table (workshops.models.transitions.MACHINE), which checks
who may do it and when, saves and writes the WorkshopEvent; emails go after commit."""

import secrets
from datetime import UTC, date, datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from lms.formatting import govuk_span
from lms.models import Role
from lms.states import TransitionError
from workshops.clashes import clashes
from workshops.models import (
    MACHINE,
    PreferredDate,
    WorkshopFormat,
    WorkshopReferenceCounter,
    WorkshopRequest,
    WorkshopStatus,
)
from workshops.tasks import send_workshop_email

MAX_PREFERRED_DATES = 3


class WorkshopError(TransitionError):
    """A change the rules refuse; the message is shown to the person who asked for it."""


class ClashError(WorkshopError):
    """The facilitator is already down for something at the time proposed. Carries the clashes,
    so the coordinator sees what they are before ticking to propose anyway."""

    def __init__(self, facilitator, found):
        super().__init__(
            f"{facilitator.full_name} is already down for something at that time. "
            "Choose another time or facilitator, or tick to propose anyway."
        )
        self.clashes = found


# Submitting ------------------------------------------------------------------------------


def _next_reference(year: int) -> str:
    """WS-2026-0042: the next number of the year, safe when requests arrive together. The
    UPDATE locks the year's counter row until the submitting transaction commits, so two
    submissions can never read the same number; the first of a year creates the row."""
    for _ in range(3):
        if WorkshopReferenceCounter.objects.filter(year=year).update(last_number=F("last_number") + 1):
            number = WorkshopReferenceCounter.objects.get(year=year).last_number
            return f"WS-{year}-{number:04d}"
        try:
            with transaction.atomic():
                WorkshopReferenceCounter.objects.create(year=year, last_number=0)
        except IntegrityError:
            pass  # another submission created it first: go round and take the next number
    raise WorkshopError("We could not give your request a reference. Please try again.")


HOST_FIELDS = (
    "organisation_name",
    "organisation_type",
    "local_authority",
    "format",
    "address",
    "postcode",
    "audience",
    "audience_size",
    "contact_name",
    "contact_email",
    "contact_phone",
    "accessibility_needs",
)


@transaction.atomic
def submit(
    *, workshop: str, preferred_dates: list[tuple[date, str]], consent_to_contact: bool, **details
) -> WorkshopRequest:
    """A host's request. The form checks each field; these are the rules a request must meet
    however it arrives."""
    if not consent_to_contact:
        raise WorkshopError("Confirm that we can contact you about this request.")
    if not preferred_dates:
        raise WorkshopError("Give at least one date you would like.")
    if len(preferred_dates) > MAX_PREFERRED_DATES:
        raise WorkshopError(f"Give no more than {MAX_PREFERRED_DATES} dates.")
    today = timezone.localdate()
    if any(day <= today for day, _ in preferred_dates):
        raise WorkshopError("Preferred dates must be in the future.")
    unknown = set(details) - set(HOST_FIELDS)
    if unknown:
        raise TypeError(f"Unexpected host details: {sorted(unknown)}")
    if details.get("format") == WorkshopFormat.ONLINE:
        details["address"], details["postcode"] = "", ""
    elif not details.get("address", "").strip() or not details.get("postcode", "").strip():
        raise WorkshopError("Give the address and postcode where the workshop would be held.")
    request = WorkshopRequest.objects.create(
        workshop=workshop,
        reference=_next_reference(today.year),
        secret=secrets.token_hex(16),
        consent_to_contact=True,
        **{key: value.strip() if isinstance(value, str) else value for key, value in details.items()},
    )
    PreferredDate.objects.bulk_create(
        PreferredDate(request=request, date=day, time_of_day=time_of_day, position=position)
        for position, (day, time_of_day) in enumerate(preferred_dates, start=1)
    )
    MACHINE.record(request, "request", actor_email=request.contact_email, from_state="", by_host=True)
    _notify(request, "received")
    return request


# Transitions -----------------------------------------------------------------------------


def _lock(request: WorkshopRequest) -> WorkshopRequest:
    # Only the request's own row: PostgreSQL cannot lock the nullable side of the outer joins.
    return (
        WorkshopRequest.objects.select_for_update(of=("self",))
        .select_related("facilitator", "local_authority")
        .get(pk=request.pk)
    )


def enqueue_email(request_id: int, message: str, extra: dict | None = None) -> None:
    send_workshop_email.enqueue(request_id, message, extra or {})


def resend_link(request: WorkshopRequest) -> None:
    """A host who lost or outlived their link gets a new one by email."""
    transaction.on_commit(lambda: enqueue_email(request.pk, "link"))


def _notify(request: WorkshopRequest, message: str, **extra) -> None:
    transaction.on_commit(lambda: enqueue_email(request.pk, message, extra))


def _move(request: WorkshopRequest, action: str, *, by_user=None, **changes):
    """Move the request through the table: a host acts from their link (no account), a
    coordinator in the admin, where the action also goes to Wagtail's own log."""
    return MACHINE.move(
        request,
        action,
        actor=by_user,
        actor_email="" if by_user else request.contact_email,
        error=WorkshopError,
        in_admin=by_user is not None,
        event_fields={"by_host": by_user is None},
        **changes,
    )


def _release_facilitator(request: WorkshopRequest, facilitator, was: str, why: str) -> None:
    """A confirmed facilitator is told when the workshop is off their diary."""
    if facilitator is not None and was == WorkshopStatus.CONFIRMED:
        _notify(request, "facilitator_released", facilitator_id=facilitator.pk, why=why)


def what_proposing_does(request: WorkshopRequest) -> str:
    """What proposing a date now sets in motion, for the coordinator to read first: the same rule
    as `propose` and `_release_facilitator` follow."""
    if request.status == WorkshopStatus.CONFIRMED:
        return "The host will be asked to accept the new date, and the facilitator told the confirmed date is off."
    if request.status == WorkshopStatus.PROPOSED:
        return "The host will be asked to accept this date instead of the one proposed before."
    return "The host will be emailed a link to accept the date."


def _in_future(starts_at: datetime) -> bool:
    return starts_at > timezone.now()


@transaction.atomic
def propose(
    request: WorkshopRequest,
    *,
    starts_at: datetime,
    ends_at: datetime,
    facilitator,
    by_user,
    message: str = "",
    despite_clash: bool = False,
) -> WorkshopRequest:
    """Offer the host a date, time and facilitator. Also rearranges a confirmed workshop that
    has not started: the host must then agree the new date. A facilitator already down for
    something at that time is refused (ClashError) unless the coordinator says `despite_clash`."""
    request = _lock(request)
    MACHINE.check(request, "propose", user=by_user, error=WorkshopError)
    if not _in_future(starts_at):
        raise WorkshopError("Propose a date and time in the future.")
    # In UTC: aware datetimes sharing a zone compare by wall clock, which is wrong across the
    # October change (1:15am GMT is after 1:30am BST).
    if ends_at.astimezone(UTC) <= starts_at.astimezone(UTC):
        raise WorkshopError("The workshop must end after it starts.")
    if facilitator is None or not facilitator.has_role(Role.TRAINER):
        raise WorkshopError("Choose a facilitator who is a trainer.")
    if not despite_clash and (found := clashes(facilitator, starts_at, ends_at, ignore=request)):
        raise ClashError(facilitator, found)
    previous_facilitator = request.facilitator
    event = _move(
        request,
        "propose",
        by_user=by_user,
        detail=f"{govuk_span(starts_at, ends_at)} with {facilitator.full_name}",
        starts_at=starts_at,
        ends_at=ends_at,
        facilitator=facilitator,
        message_to_host=message.strip(),
    )
    _release_facilitator(request, previous_facilitator, event.from_state, "The workshop is being rearranged.")
    _notify(request, "proposed")
    return request


@transaction.atomic
def accept(request: WorkshopRequest) -> WorkshopRequest:
    """The host accepts the proposed date from their status page."""
    request = _lock(request)
    _move(request, "accept")
    _confirmed(request)
    return request


@transaction.atomic
def confirm(request: WorkshopRequest, *, by_user) -> WorkshopRequest:
    """A coordinator confirms the proposed date, for instance after agreeing it by phone."""
    request = _lock(request)
    _move(request, "confirm", by_user=by_user)
    _confirmed(request)
    return request


def _confirmed(request: WorkshopRequest) -> None:
    _notify(request, "confirmed")
    _notify(request, "facilitator_confirmed")


@transaction.atomic
def ask_for_another_date(request: WorkshopRequest, *, message: str) -> WorkshopRequest:
    """The host cannot do the proposed (or even the confirmed) date: back to the coordinators,
    with the host's note, and off the facilitator's diary."""
    if not message.strip():
        raise WorkshopError("Tell us which dates or times would suit you better.")
    request = _lock(request)
    MACHINE.check(request, "another_date", error=WorkshopError)
    proposal = govuk_span(request.starts_at, request.ends_at)
    facilitator = request.facilitator
    event = _move(
        request,
        "another_date",
        detail=f"Instead of {proposal}: {message.strip()}",
        starts_at=None,
        ends_at=None,
        facilitator=None,
    )
    _release_facilitator(request, facilitator, event.from_state, "The host asked for another date.")
    _notify(request, "another_date")
    return request


@transaction.atomic
def decline(request: WorkshopRequest, *, reason: str, by_user) -> WorkshopRequest:
    if not reason.strip():
        raise WorkshopError("Give a reason for declining: the host will see it.")
    request = _lock(request)
    _move(request, "decline", by_user=by_user, detail=reason, closed_reason=reason.strip())
    _notify(request, "declined")
    return request


@transaction.atomic
def cancel(request: WorkshopRequest, *, reason: str = "", by_user=None) -> WorkshopRequest:
    """The host cancels from their status page (by_user None), or a coordinator cancels a
    workshop that cannot go ahead (with a reason the host will see). Only before it starts."""
    request = _lock(request)
    if by_user is not None and not reason.strip():
        raise WorkshopError("Give a reason for cancelling: the host will see it.")
    event = _move(request, "cancel", by_user=by_user, detail=reason, closed_reason=reason.strip())
    _release_facilitator(request, request.facilitator, event.from_state, "The workshop has been cancelled.")
    _notify(request, "cancelled", by_host=by_user is None)
    return request


@transaction.atomic
def record_delivery(
    request: WorkshopRequest, *, attendance: int, audience: list[str], note: str = "", by_user
) -> WorkshopRequest:
    """After the workshop: how many came and who they were, for the Partnership Board's reports.
    Recording again corrects the figures without emailing the host a second time."""
    request = _lock(request)
    if attendance < 0:
        raise WorkshopError("Attendance cannot be negative.")
    correcting = request.status == WorkshopStatus.DELIVERED
    _move(
        request,
        "correct_delivery" if correcting else "deliver",
        by_user=by_user,
        detail=f"{attendance} attended",
        attendance=attendance,
        delivered_audience=audience,
        delivery_note=note.strip(),
    )
    if not correcting:
        _notify(request, "delivered")
    return request
