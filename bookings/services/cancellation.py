"""A practitioner cancelling (or withdrawing a request), and the organisers cancelling a whole
session. Only a confirmed place cancelled at or after the cut-off is charged."""

from django.db import transaction
from django.utils import timezone

from bookings.models import Booking, BookingStatus, Charge, ChargeReason, Session
from bookings.models.bookings import BookingError
from bookings.models.courses import MACHINE as SESSION
from bookings.services.charges import raise_charge, waive
from bookings.services.common import lock, move, notify
from bookings.services.seats import fill_seat


@transaction.atomic
def cancel(booking: Booking, *, by_user) -> Charge | None:
    """The practitioner cancels or withdraws. Only a confirmed place cancelled at or after the
    cut-off is charged; a request, a waiting-list place or an offer never is."""
    booking, session = lock(booking)
    was = booking.status
    action = "withdraw" if was == BookingStatus.REQUESTED else "cancel"
    move(booking, action, actor=by_user, cancelled_at=timezone.now(), approval_nonce="")
    notify(booking, "cancelled")
    charge = None
    if was == BookingStatus.CONFIRMED and session.in_charge_window(booking.cancelled_at):
        charge = raise_charge(booking, ChargeReason.LATE_CANCELLATION)
    if was in (BookingStatus.CONFIRMED, BookingStatus.OFFERED):
        fill_seat(session)
    return charge


@transaction.atomic
def cancel_session(session: Session, *, by_user, reason: str) -> int:
    """The organisers cancel: every open booking ends with no charge, and any charge already
    raised for the session is waived, because nobody pays for a session that did not run."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    SESSION.move(
        session, "cancel", actor=by_user, detail=reason, error=BookingError, cancelled_reason=reason.strip()
    )
    affected = 0
    for booking in (
        Booking.objects.select_for_update()
        .select_related("session")
        .filter(session=session)
        .cancellable(timezone.now())
    ):
        move(
            booking,
            "session_cancelled",
            actor=by_user,
            detail=session.cancelled_reason,
            cancelled_at=timezone.now(),
            approval_nonce="",
        )
        notify(booking, "session_cancelled")
        affected += 1
    for charge in Charge.objects.filter(booking__session=session).waivable():
        waive(charge, by_user=by_user, reason="The organisers cancelled the session.")
    return affected
