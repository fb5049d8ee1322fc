"""Seats and the waiting list: a freed seat goes to the first person waiting, confirmed at once
outside the charge window, otherwise offered for a while so nobody is charged for a place they
did not choose."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from bookings.models import Booking, BookingStatus, Session
from bookings.models.bookings import BookingError
from bookings.services.common import event, lock, notify


def offer_hours() -> int:
    return getattr(settings, "BOOKING_OFFER_HOURS", 48)


def places_left(session: Session) -> int:
    return session.places_left


def fill_seat(session: Session) -> Booking | None:
    """Give a freed seat to the first on the waiting list. The caller holds the session lock."""
    if session.is_cancelled or session.starts_at <= timezone.now() or session.places_left == 0:
        return None
    nxt = Booking.objects.select_for_update().filter(session=session).waitlist().first()
    if nxt is None:
        return None
    now = timezone.now()
    if session.in_charge_window(now):
        nxt.status = BookingStatus.OFFERED
        nxt.offer_expires_at = min(now + timedelta(hours=offer_hours()), session.starts_at)
        nxt.save()
        event(nxt, "offered", detail=f"Offer open until {nxt.offer_expires_at:%Y-%m-%d %H:%M}")
        notify(nxt, "offer")
    else:
        nxt.status, nxt.confirmed_at = BookingStatus.CONFIRMED, now
        nxt.save()
        event(nxt, "confirmed from waiting list")
        notify(nxt, "confirmed")
    return nxt


@transaction.atomic
def accept_offer(booking: Booking, *, by_user) -> Booking:
    booking, _session = lock(booking)
    if by_user != booking.user or booking.status != BookingStatus.OFFERED:
        raise BookingError("There is no place offered to you on this session.")
    if timezone.now() >= min(booking.offer_expires_at, booking.session.starts_at):
        raise BookingError("This offer has expired and the place has gone to the next person.")
    booking.status, booking.confirmed_at = BookingStatus.CONFIRMED, timezone.now()
    booking.save()
    event(booking, "accepted offer", actor=by_user)
    notify(booking, "confirmed")
    return booking


def lapse_offers(now) -> int:
    """Offers nobody accepted in time end, and the seat goes to the next person waiting."""
    lapsed = 0
    for pk in Booking.objects.filter(status=BookingStatus.OFFERED, offer_expires_at__lte=now).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            booking, session = lock(Booking.objects.get(pk=pk))
            if booking.status == BookingStatus.OFFERED:
                booking.status, booking.cancelled_at = BookingStatus.CANCELLED, now
                booking.save()
                event(booking, "offer lapsed")
                notify(booking, "offer_lapsed")
                fill_seat(session)
                lapsed += 1
    return lapsed
