"""Asking for a place and the manager's decision on it, with the reminders and expiry that keep
an unanswered request from waiting for ever."""

import secrets
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from bookings.links import approval_days
from bookings.models import Booking, BookingStatus, Session
from bookings.models.bookings import ATTENDANCE, OPEN, BookingError
from bookings.services.common import check, event, lock, move, notify
from bookings.services.seats import fill_seat, lapse_offers
from lms import addresses

NOT_YOUR_OWN_ADDRESS = "Your line manager must approve your place: enter their email address, not yours."


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
    check_manager_address(user, manager_email)
    if Booking.objects.filter(session=session, user=user, status__in=[*OPEN, *ATTENDANCE]).exists():
        raise BookingError("You have already asked for a place on this session.")
    booking = Booking.objects.create(
        session=session,
        user=user,
        full_name=user.full_name,
        organisation=profile.organisation,
        job_role=job_role or profile.job_role,
        manager_name=manager_name.strip(),
        manager_email=addresses.normalise(manager_email),
        access_needs=access_needs.strip(),
        policy_acknowledged_at=now,
        approval_nonce=secrets.token_hex(16),
        approval_expires_at=now + timedelta(days=approval_days()),
    )
    event(booking, "requested", actor=user, from_state="")
    notify(booking, "request_received")
    notify(booking, "approval_needed")
    return booking


def check_manager_address(user, manager_email: str) -> None:
    """Refuse a line manager's address that mail would deliver to the practitioner: any spelling
    of any address on their account, verified or not (lms.addresses.canonical)."""
    if addresses.belongs_to(user, manager_email):
        raise BookingError(NOT_YOUR_OWN_ADDRESS)


def _check_decision(booking: Booking, action: str, by_email: str, by_user) -> None:
    """The table's rules (state, expiry, not the practitioner's own account, the session), then
    who the link or the signed-in manager says they are: never a mailbox of the practitioner's
    (the address acted for, or any address of the account signed in), and exactly the address
    the request was sent to."""
    check(booking, action, user=by_user)
    own = addresses.mailboxes(booking.user)
    if addresses.canonical(by_email) in own or (by_user is not None and addresses.mailboxes(by_user) & own):
        raise BookingError("You cannot approve or decline your own request.")
    if not addresses.same(by_email, booking.manager_email):
        raise BookingError("Only the line manager the request was sent to can decide on it.")


@transaction.atomic
def approve(booking: Booking, *, by_email: str, by_user=None) -> Booking:
    """The manager approves and accepts the charge policy for their organisation. A seat is
    allocated if one is left, counted under the session lock; otherwise the waiting list."""
    booking, session = lock(booking)
    _check_decision(booking, "approve", by_email, by_user)
    # Seats freed by a capacity increase go to people already waiting, in order, first.
    while session.places_left > 0 and fill_seat(session):
        pass
    now = timezone.now()
    # The table confirms the place if a seat is left, otherwise puts it on the waiting list.
    move(
        booking,
        "approve",
        actor=by_user,
        actor_email=addresses.normalise(by_email),
        detail="Manager accepted the cancellation charge policy for the organisation.",
        approved_at=now,
        confirmed_at=now if session.places_left > 0 else None,
        manager_accepted_policy=True,
        decided_by_email=addresses.normalise(by_email),
        approval_nonce="",
    )
    notify(booking, "confirmed" if booking.status == BookingStatus.CONFIRMED else "waitlisted")
    return booking


@transaction.atomic
def decline(booking: Booking, *, by_email: str, reason: str, by_user=None) -> Booking:
    booking, _session = lock(booking)
    _check_decision(booking, "decline", by_email, by_user)
    move(
        booking,
        "decline",
        actor=by_user,
        actor_email=addresses.normalise(by_email),
        detail=reason,
        decline_reason=reason.strip(),
        decided_by_email=addresses.normalise(by_email),
        approval_nonce="",
    )
    notify(booking, "declined")
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
            booking, _ = lock(Booking.objects.get(pk=pk))
            if booking.status == BookingStatus.REQUESTED:
                move(booking, "expire", detail="The manager did not reply in time.", approval_nonce="")
                notify(booking, "expired")
                counts["requests"] += 1
    counts["offers"] = lapse_offers(now)
    return counts


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
            notify(booking, "approval_reminder")
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
                notify(booking, "cutoff_reminder")
            counts["attendees"] += 1
    return counts
