"""Booking rules: request, manager approval, seats and the waiting list, cancellation and the
charge, transfer, attendance and waivers. Every change locks the session row first, so seats
are counted under a lock and capacity is never exceeded however many approvals arrive at once."""

import secrets
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from bookings.models import Booking, BookingEvent, BookingStatus, Charge, ChargeReason, ChargeStatus, Session
from bookings.models.bookings import ATTENDANCE, OPEN
from bookings.signals import session_attended

APPROVAL_SALT = "bookings.manager-approval"
ATTENDANCE_CORRECTED = "Attendance corrected on the register."


def approval_days() -> int:
    return getattr(settings, "BOOKING_APPROVAL_DAYS", 7)


def offer_hours() -> int:
    return getattr(settings, "BOOKING_OFFER_HOURS", 48)


class BookingError(Exception):
    """A request the rules refuse; the message is shown to the person."""


NOT_TRANSFERABLE = (
    "A place can only pass to a colleague in the same organisation, because your manager accepted "
    "the charge policy on its behalf."
)


# Reading ---------------------------------------------------------------------------------


def places_left(session: Session) -> int:
    return max(session.capacity - session.bookings.holding_seats().count(), 0)


def charge_if_cancelled_now(booking: Booking, at=None) -> Decimal | None:
    """What cancelling now would cost: shown before the person confirms."""
    if booking.status == BookingStatus.CONFIRMED and booking.session.in_charge_window(at):
        return booking.session.course.charge_amount
    return None


# Manager approval links ----------------------------------------------------------------


def approval_token(booking: Booking) -> str:
    return signing.dumps({"b": booking.pk, "n": booking.approval_nonce}, salt=APPROVAL_SALT, compress=True)


def booking_for_token(token: str) -> Booking:
    """The booking a manager's link is for, if the link is genuine, unused and in date."""
    try:
        data = signing.loads(token, salt=APPROVAL_SALT, max_age=timedelta(days=approval_days()))
    except signing.SignatureExpired as error:
        raise BookingError("This link has expired. The request has been closed.") from error
    except signing.BadSignature as error:
        raise BookingError("This link is not valid. Check you copied all of it from the email.") from error
    booking = (
        Booking.objects.select_related("session__course", "user", "organisation").filter(pk=data["b"]).first()
    )
    if booking is None or not booking.approval_nonce or booking.approval_nonce != data["n"]:
        raise BookingError("This link has already been used. Each approval link works once.")
    return booking


# Transitions -----------------------------------------------------------------------------


def _event(booking, action, actor=None, actor_email="", detail=""):
    BookingEvent.objects.create(
        booking=booking, action=action, actor=actor, actor_email=actor_email, detail=detail
    )


def _notify(booking: Booking, message: str, **extra) -> None:
    from bookings.tasks import send_booking_email

    transaction.on_commit(lambda: send_booking_email.enqueue(booking.pk, message, extra))


def _lock(booking: Booking) -> tuple[Booking, Session]:
    session = Session.objects.select_for_update().select_related("course").get(pk=booking.session_id)
    booking = Booking.objects.select_for_update().select_related("user", "organisation").get(pk=booking.pk)
    booking.session = session
    return booking, session


@transaction.atomic
def request_place(
    session: Session,
    user,
    *,
    manager_name: str,
    manager_email: str,
    access_needs: str = "",
    acknowledged_policy: bool,
    job_role: str | None = None,
) -> Booking:
    profile = getattr(user, "profile", None)
    if profile is None:
        raise BookingError("Complete your profile before you book a course.")
    session = Session.objects.select_for_update().select_related("course").get(pk=session.pk)
    now = timezone.now()
    if not Session.objects.bookable(now).filter(pk=session.pk).exists():
        raise BookingError("This session is not taking bookings.")
    if not acknowledged_policy:
        raise BookingError("Confirm that you have read the cancellation policy.")
    if _mailbox(manager_email) == _mailbox(user.email):
        raise BookingError("Your line manager must approve your place: enter their email address, not yours.")
    if Booking.objects.filter(session=session, user=user, status__in=[*OPEN, *ATTENDANCE]).exists():
        raise BookingError("You have already asked for a place on this session.")
    booking = Booking.objects.create(
        session=session,
        user=user,
        full_name=user.full_name,
        organisation=profile.organisation,
        job_role=job_role or profile.job_role,
        manager_name=manager_name.strip(),
        manager_email=manager_email.strip().lower(),
        access_needs=access_needs.strip(),
        policy_acknowledged_at=now,
        approval_nonce=secrets.token_hex(16),
        approval_expires_at=now + timedelta(days=approval_days()),
    )
    _event(booking, "requested", actor=user)
    _notify(booking, "request_received")
    _notify(booking, "approval_needed")
    return booking


def _mailbox(email: str) -> str:
    """The address without any +tag: name+boss@example.org reaches name@example.org."""
    local, _, domain = email.strip().lower().partition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def _is_self_approval(booking: Booking, by_email: str, by_user) -> bool:
    return _mailbox(by_email) == _mailbox(booking.user.email) or (
        by_user is not None and by_user == booking.user
    )


def _check_decision(booking: Booking, by_email: str, by_user) -> None:
    if booking.status != BookingStatus.REQUESTED:
        raise BookingError(
            f"This request has already been dealt with: {booking.get_status_display().lower()}."
        )
    if booking.approval_expires_at and timezone.now() >= booking.approval_expires_at:
        raise BookingError("This request has expired and was closed.")
    if _is_self_approval(booking, by_email, by_user):
        raise BookingError("You cannot approve or decline your own request.")
    if by_email.strip().lower() != booking.manager_email.lower():
        raise BookingError("Only the line manager the request was sent to can decide on it.")


@transaction.atomic
def approve(booking: Booking, *, by_email: str, by_user=None) -> Booking:
    """The manager approves and accepts the charge policy for their organisation. A seat is
    allocated if one is left, counted under the session lock; otherwise the waiting list."""
    booking, session = _lock(booking)
    _check_decision(booking, by_email, by_user)
    if session.is_cancelled:
        raise BookingError("This session has been cancelled by the organisers.")
    now = timezone.now()
    if session.starts_at <= now:
        raise BookingError("This session has already started, so the request can no longer be approved.")
    # Seats freed by a capacity increase go to people already waiting, in order, first.
    while places_left(session) > 0 and _fill_seat(session):
        pass
    booking.approved_at = now
    booking.manager_accepted_policy = True
    booking.decided_by_email = by_email.strip().lower()
    booking.approval_nonce = ""
    if places_left(session) > 0:
        booking.status, booking.confirmed_at = BookingStatus.CONFIRMED, now
    else:
        booking.status = BookingStatus.WAITLISTED
    booking.save()
    _event(
        booking,
        "approved",
        actor=by_user,
        actor_email=booking.decided_by_email,
        detail="Manager accepted the cancellation charge policy for the organisation.",
    )
    _notify(booking, "confirmed" if booking.status == BookingStatus.CONFIRMED else "waitlisted")
    return booking


@transaction.atomic
def decline(booking: Booking, *, by_email: str, reason: str, by_user=None) -> Booking:
    if not reason.strip():
        raise BookingError("Give a reason for declining: the practitioner will see it.")
    booking, _session = _lock(booking)
    _check_decision(booking, by_email, by_user)
    booking.status = BookingStatus.DECLINED
    booking.decline_reason = reason.strip()
    booking.decided_by_email = by_email.strip().lower()
    booking.approval_nonce = ""
    booking.save()
    _event(
        booking,
        "declined",
        actor=by_user,
        actor_email=booking.decided_by_email,
        detail=booking.decline_reason,
    )
    _notify(booking, "declined")
    return booking


def _raise_charge(booking: Booking, reason: ChargeReason) -> Charge | None:
    course = booking.session.course
    if not course.charges_apply or Charge.objects.filter(booking=booking).exists():
        return None
    charge = Charge.objects.create(
        booking=booking,
        amount=course.charge_amount,
        reason=reason,
        organisation=booking.organisation,
        organisation_is_council=booking.organisation.is_council,
    )
    _event(booking, "charge raised", detail=f"£{charge.amount}, {charge.get_reason_display().lower()}")
    _notify(booking, "charge_raised")
    return charge


def _fill_seat(session: Session) -> Booking | None:
    """Give a freed seat to the first on the waiting list: confirmed at once outside the charge
    window; inside it, offered for 48 hours so nobody is charged for a place they did not choose."""
    if session.is_cancelled or session.starts_at <= timezone.now() or places_left(session) == 0:
        return None
    nxt = Booking.objects.select_for_update().filter(session=session).waitlist().first()
    if nxt is None:
        return None
    now = timezone.now()
    if session.in_charge_window(now):
        nxt.status = BookingStatus.OFFERED
        nxt.offer_expires_at = min(now + timedelta(hours=offer_hours()), session.starts_at)
        nxt.save()
        _event(nxt, "offered", detail=f"Offer open until {nxt.offer_expires_at:%Y-%m-%d %H:%M}")
        _notify(nxt, "offer")
    else:
        nxt.status, nxt.confirmed_at = BookingStatus.CONFIRMED, now
        nxt.save()
        _event(nxt, "confirmed from waiting list")
        _notify(nxt, "confirmed")
    return nxt


@transaction.atomic
def cancel(booking: Booking, *, by_user) -> Charge | None:
    """The practitioner cancels or withdraws. Only a confirmed place cancelled at or after the
    cut-off is charged; a request, a waiting-list place or an offer never is."""
    booking, session = _lock(booking)
    if by_user != booking.user:
        raise BookingError("Only the person booked can cancel this place.")
    if booking.status not in OPEN:
        raise BookingError("This booking is no longer open, so there is nothing to cancel.")
    if session.starts_at <= timezone.now():
        raise BookingError("The session has started. Speak to the trainer.")
    was = booking.status
    booking.status = BookingStatus.WITHDRAWN if was == BookingStatus.REQUESTED else BookingStatus.CANCELLED
    booking.cancelled_at = timezone.now()
    booking.approval_nonce = ""
    booking.save()
    _event(booking, "cancelled" if was != BookingStatus.REQUESTED else "withdrawn", actor=by_user)
    _notify(booking, "cancelled")
    charge = None
    if was == BookingStatus.CONFIRMED and session.in_charge_window(booking.cancelled_at):
        charge = _raise_charge(booking, ChargeReason.LATE_CANCELLATION)
    if was in (BookingStatus.CONFIRMED, BookingStatus.OFFERED):
        _fill_seat(session)
    return charge


@transaction.atomic
def accept_offer(booking: Booking, *, by_user) -> Booking:
    booking, _session = _lock(booking)
    if by_user != booking.user or booking.status != BookingStatus.OFFERED:
        raise BookingError("There is no place offered to you on this session.")
    if timezone.now() >= min(booking.offer_expires_at, booking.session.starts_at):
        raise BookingError("This offer has expired and the place has gone to the next person.")
    booking.status, booking.confirmed_at = BookingStatus.CONFIRMED, timezone.now()
    booking.save()
    _event(booking, "accepted offer", actor=by_user)
    _notify(booking, "confirmed")
    return booking


def expire_stale(now=None) -> dict[str, int]:
    """Close requests no manager answered in time and lapse unanswered offers (run daily)."""
    now = now or timezone.now()
    counts = {"requests": 0, "offers": 0}
    # Unanswered for too long, or the session has started: either way the request cannot go on.
    stale = Booking.objects.filter(status=BookingStatus.REQUESTED).filter(
        Q(approval_expires_at__lte=now) | Q(session__starts_at__lte=now)
    )
    for pk in stale.values_list("pk", flat=True):
        with transaction.atomic():
            booking, _ = _lock(Booking.objects.get(pk=pk))
            if booking.status == BookingStatus.REQUESTED:
                booking.status, booking.approval_nonce = BookingStatus.EXPIRED, ""
                booking.save()
                _event(booking, "expired", detail="The manager did not reply in time.")
                _notify(booking, "expired")
                counts["requests"] += 1
    for pk in Booking.objects.filter(status=BookingStatus.OFFERED, offer_expires_at__lte=now).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            booking, session = _lock(Booking.objects.get(pk=pk))
            if booking.status == BookingStatus.OFFERED:
                booking.status, booking.cancelled_at = BookingStatus.CANCELLED, now
                booking.save()
                _event(booking, "offer lapsed")
                _notify(booking, "offer_lapsed")
                _fill_seat(session)
                counts["offers"] += 1
    return counts


@transaction.atomic
def transfer(booking: Booking, *, colleague, by_user) -> Booking:
    """Send a named colleague instead: no charge, as long as the session has not started."""
    booking, session = _lock(booking)
    if by_user != booking.user:
        raise BookingError("Only the person booked can pass their place on.")
    if booking.status != BookingStatus.CONFIRMED:
        raise BookingError("Only a confirmed place can be passed to a colleague.")
    if session.starts_at <= timezone.now():
        raise BookingError("The session has started, so the place can no longer be passed on.")
    profile = getattr(colleague, "profile", None)
    if profile is None:
        raise BookingError("Your colleague needs an account with a completed profile first.")
    if (
        colleague == booking.user
        or Booking.objects.filter(session=session, user=colleague, status__in=[*OPEN, *ATTENDANCE]).exists()
    ):
        raise BookingError("Your colleague already has a booking on this session.")
    if profile.organisation_id != booking.organisation_id:
        raise BookingError(NOT_TRANSFERABLE)
    previous = booking.full_name
    # The organisation stays: its manager accepted the charge policy for this place.
    booking.user, booking.full_name, booking.job_role = colleague, colleague.full_name, profile.job_role
    booking.save()
    _event(booking, "transferred", actor=by_user, detail=f"From {previous} to {colleague.full_name}")
    _notify(booking, "transferred", previous_name=previous, previous_user_id=by_user.pk)
    return booking


@transaction.atomic
def cancel_session(session: Session, *, by_user, reason: str) -> int:
    """The organisers cancel: every open booking ends with no charge, and any charge already
    raised for the session is waived, because nobody pays for a session that did not run."""
    from bookings.models import SessionStatus

    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.is_cancelled:
        raise BookingError("This session is already cancelled.")
    if session.starts_at <= timezone.now():
        raise BookingError("This session has already started. Mark the register instead.")
    session.status, session.cancelled_reason = SessionStatus.CANCELLED, reason.strip()
    session.save(update_fields=["status", "cancelled_reason"])
    affected = 0
    for booking in Booking.objects.select_for_update().filter(session=session, status__in=OPEN):
        booking.status, booking.cancelled_at, booking.approval_nonce = (
            BookingStatus.SESSION_CANCELLED,
            timezone.now(),
            "",
        )
        booking.save()
        _event(booking, "session cancelled", actor=by_user, detail=session.cancelled_reason)
        _notify(booking, "session_cancelled")
        affected += 1
    for charge in Charge.objects.filter(booking__session=session).exclude(
        status__in=[ChargeStatus.WAIVED, ChargeStatus.INVOICED]
    ):
        waive(charge, by_user=by_user, reason="The organisers cancelled the session.")
    return affected


@transaction.atomic
def mark_attendance(booking: Booking, status: BookingStatus, *, by_user) -> Booking:
    booking, session = _lock(booking)
    if status not in ATTENDANCE:
        raise BookingError("Choose attended, partially attended or did not attend.")
    if booking.status not in (BookingStatus.CONFIRMED, *ATTENDANCE):
        raise BookingError("Only confirmed places can be marked on the register.")
    if session.starts_at > timezone.now():
        raise BookingError("Attendance can be marked once the session has started.")
    previous = booking.status
    booking.status, booking.attendance_marked_by = status, by_user
    booking.save()
    _event(booking, f"marked {booking.get_status_display().lower()}", actor=by_user)
    charge = Charge.objects.filter(booking=booking).first()
    if status == BookingStatus.DID_NOT_ATTEND:
        if charge and charge.status == ChargeStatus.WAIVED and charge.waived_reason == ATTENDANCE_CORRECTED:
            # Marked absent again after a correction: the non-attendance charge stands again.
            charge.status, charge.waived_reason, charge.waived_by, charge.waived_at = (
                ChargeStatus.PENDING,
                "",
                None,
                None,
            )
            charge.export_batch = None
            charge.save()
            _event(booking, "charge reinstated", actor=by_user)
        elif charge is None:
            _raise_charge(booking, ChargeReason.NON_ATTENDANCE)
    elif (
        previous == BookingStatus.DID_NOT_ATTEND
        and charge
        and charge.reason == ChargeReason.NON_ATTENDANCE
        and (charge.status in (ChargeStatus.PENDING, ChargeStatus.EXPORTED))
    ):
        waive(charge, by_user=by_user, reason=ATTENDANCE_CORRECTED)
    if status == BookingStatus.ATTENDED and previous != BookingStatus.ATTENDED:
        transaction.on_commit(lambda: session_attended.send(sender=Booking, booking=booking))
    return booking


@transaction.atomic
def waive(charge: Charge, *, by_user, reason: str) -> Charge:
    if not reason.strip():
        raise BookingError("Give a reason for waiving the charge.")
    charge = Charge.objects.select_for_update().get(pk=charge.pk)
    if charge.status in (ChargeStatus.WAIVED, ChargeStatus.INVOICED):
        raise BookingError(f"This charge is {charge.get_status_display().lower()} and cannot be waived.")
    charge.status, charge.waived_reason = ChargeStatus.WAIVED, reason.strip()
    charge.waived_by, charge.waived_at = by_user, timezone.now()
    charge.save()
    _event(charge.booking, "charge waived", actor=by_user, detail=charge.waived_reason)
    return charge


def can_run_register(user, session: Session) -> bool:
    """The session's own trainers and workshop coordinators; nobody else sees who is booked."""
    from lms.models import Role

    if user.has_role(Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR):
        return True
    return user.has_role(Role.TRAINER) and session.trainers.filter(pk=user.pk).exists()


@transaction.atomic
def add_walk_in(session: Session, attendee, *, by_user) -> Booking:
    """Someone came without a booking: record them as attended so they get their certificate."""
    profile = getattr(attendee, "profile", None)
    if profile is None:
        raise BookingError("The person needs an account with a completed profile first.")
    session = Session.objects.select_for_update().select_related("course").get(pk=session.pk)
    if Booking.objects.filter(session=session, user=attendee, status__in=[*OPEN, *ATTENDANCE]).exists():
        raise BookingError("This person is already on the register.")
    now = timezone.now()
    booking = Booking.objects.create(
        session=session,
        user=attendee,
        full_name=attendee.full_name,
        organisation=profile.organisation,
        job_role=profile.job_role,
        manager_name=profile.manager_name,
        manager_email=profile.manager_email,
        policy_acknowledged_at=now,
        status=BookingStatus.CONFIRMED,
        confirmed_at=now,
    )
    _event(booking, "walk-in added", actor=by_user)
    return mark_attendance(booking, BookingStatus.ATTENDED, by_user=by_user)


def send_reminders(now=None) -> dict[str, int]:
    """Remind managers who have not answered after 3 days, and confirmed attendees a few days
    before the cut-off, while cancelling is still free (run daily with expire_stale)."""
    now = now or timezone.now()
    counts = {"managers": 0, "attendees": 0}
    due = Booking.objects.filter(
        status=BookingStatus.REQUESTED,
        approval_reminded_at__isnull=True,
        requested_at__lte=now - timedelta(days=3),
        approval_expires_at__gt=now,
    )
    for booking in due:
        with transaction.atomic():
            Booking.objects.filter(pk=booking.pk).update(approval_reminded_at=now)
            _notify(booking, "approval_reminder")
        counts["managers"] += 1
    upcoming = Booking.objects.filter(
        status=BookingStatus.CONFIRMED,
        cutoff_reminded_at__isnull=True,
        session__course__charges_apply=True,
        session__starts_at__gt=now,
    ).select_related("session__course")
    for booking in upcoming:
        cutoff = booking.session.cutoff_at
        if cutoff - timedelta(days=3) <= now < cutoff:
            with transaction.atomic():
                Booking.objects.filter(pk=booking.pk).update(cutoff_reminded_at=now)
                _notify(booking, "cutoff_reminder")
            counts["attendees"] += 1
    return counts
