"""What every booking rule shares: the row locks, the transition table (which checks the move,
saves and writes the audit event) and the emails after commit, with whether each one went."""

from functools import reduce
from operator import or_

from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Q, Subquery

from bookings.models import Booking, BookingEvent, BookingStatus, Session
from bookings.models.bookings import MACHINE, BookingError
from bookings.tasks import EMAILED, NOT_EMAILED, TO_MANAGER, send_booking_email

SENT, NOT_SENT = "sent", "not sent"


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


def _email_events(messages):
    """The history's record of these emails (bookings.tasks writes it), latest first."""
    named = reduce(or_, (Q(detail__startswith=f"{message}:") for message in messages))
    return BookingEvent.objects.filter(named, action__in=[EMAILED, NOT_EMAILED]).order_by("-at", "-pk")


def email_outcome(booking: Booking, message: str) -> str | None:
    """SENT, NOT_SENT, or None while the email still waits for the worker: what a page may
    honestly say about it."""
    last = _email_events([message]).filter(booking=booking).values_list("action", flat=True).first()
    return {EMAILED: SENT, NOT_EMAILED: NOT_SENT}.get(last)


def with_manager_email_outcome(bookings):
    """Mark each booking `manager_not_emailed` when it still waits for a manager whose latest
    email (the request or its reminder) could not be sent, in one query for a whole list."""
    last = _email_events(TO_MANAGER).filter(booking=OuterRef("pk")).values("action")[:1]
    return bookings.annotate(last_manager_email=Subquery(last)).annotate(
        manager_not_emailed=ExpressionWrapper(
            Q(status=BookingStatus.REQUESTED, last_manager_email=NOT_EMAILED), output_field=BooleanField()
        )
    )


def lock(booking: Booking) -> tuple[Booking, Session]:
    """Lock the session first, then the booking, always in that order, so two changes to one
    session queue up rather than deadlock, and seats are counted under the lock."""
    session = Session.objects.select_for_update().select_related("course").get(pk=booking.session_id)
    booking = Booking.objects.select_for_update().select_related("user", "organisation").get(pk=booking.pk)
    booking.session = session
    return booking, session
