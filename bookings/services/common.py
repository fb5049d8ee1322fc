"""What every booking rule shares: the row locks, the transition table (which checks the move,
saves and writes the audit event) and the emails after commit."""

from django.db import transaction

from bookings.models import Booking, Session
from bookings.models.bookings import MACHINE, BookingError
from bookings.tasks import send_booking_email


def check(booking: Booking, action: str, *, user=None) -> None:
    """Refuse now, before any other change, what `move` would refuse later."""
    MACHINE.check(booking, action, user=user, error=BookingError)


def move(booking: Booking, action: str, *, actor=None, actor_email: str = "", detail: str = "", **changes):
    """Take `action` on the booking: the table checks its state and rules, saves `changes` and
    records the event. The caller holds the locks."""
    return MACHINE.move(
        booking, action, actor=actor, actor_email=actor_email, detail=detail, error=BookingError, **changes
    )


def event(
    booking: Booking, action: str, actor=None, actor_email: str = "", detail: str = "", from_state=None
):
    """Record something that happened to a booking without changing its state."""
    return MACHINE.record(
        booking, action, actor=actor, actor_email=actor_email, detail=detail, from_state=from_state
    )


def notify(booking: Booking, message: str, **extra) -> None:
    transaction.on_commit(lambda: send_booking_email.enqueue(booking.pk, message, extra))


def lock(booking: Booking) -> tuple[Booking, Session]:
    """Lock the session first, then the booking, always in that order, so two changes to one
    session queue up rather than deadlock, and seats are counted under the lock."""
    session = Session.objects.select_for_update().select_related("course").get(pk=booking.session_id)
    booking = Booking.objects.select_for_update().select_related("user", "organisation").get(pk=booking.pk)
    booking.session = session
    return booking, session
