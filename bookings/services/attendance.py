"""The register: trainers mark who attended, which issues certificates (and accreditation) after
commit, and raises or waives the non-attendance charge as marks are corrected."""

from django.db import transaction
from django.utils import timezone

from bookings.models import Booking, BookingStatus, Charge, ChargeReason, ChargeStatus, Session
from bookings.models.bookings import ATTENDANCE, MARK_ACTIONS, OPEN, BookingError
from bookings.models.charges import ATTENDANCE_CORRECTED
from bookings.services.charges import raise_charge, reinstate, waive
from bookings.services.common import event, lock, move
from bookings.signals import session_attended


def can_run_register(user, session: Session) -> bool:
    """The session's own trainers and the organisers; nobody else sees who is booked."""
    return Session.objects.managed_by(user).filter(pk=session.pk).exists()


@transaction.atomic
def mark_attendance(booking: Booking, status: BookingStatus, *, by_user) -> Booking:
    booking, _session = lock(booking)
    if status not in ATTENDANCE:
        raise BookingError("Choose attended, partially attended or did not attend.")
    previous = booking.status
    move(booking, MARK_ACTIONS[status], actor=by_user, attendance_marked_by=by_user)
    charge = Charge.objects.filter(booking=booking).first()
    if status == BookingStatus.DID_NOT_ATTEND:
        if charge and charge.status == ChargeStatus.WAIVED and charge.waived_reason == ATTENDANCE_CORRECTED:
            reinstate(charge, by_user=by_user)
        elif charge is None:
            raise_charge(booking, ChargeReason.NON_ATTENDANCE)
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
    event(booking, "walk-in added", actor=by_user, from_state="")
    return mark_attendance(booking, BookingStatus.ATTENDED, by_user=by_user)
