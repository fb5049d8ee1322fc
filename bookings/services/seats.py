"""Seats and the waiting list: a freed seat goes to the first person waiting, confirmed at once
outside the charge window, otherwise offered for a while so nobody is charged for a place they
did not choose."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from bookings.models import Booking, BookingStatus, Session
from bookings.services.common import lock, move, notify


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
        until = min(now + timedelta(hours=offer_hours()), session.starts_at)
        move(nxt, "offer", detail=f"Offer open until {until:%Y-%m-%d %H:%M}", offer_expires_at=until)
        notify(nxt, "offer")
    else:
        move(nxt, "confirm_from_waitlist", confirmed_at=now)
        notify(nxt, "confirmed")
    return nxt


@transaction.atomic
def accept_offer(booking: Booking, *, by_user) -> Booking:
    booking, _session = lock(booking)
    move(booking, "accept_offer", actor=by_user, confirmed_at=timezone.now())
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
                move(booking, "lapse_offer", cancelled_at=now)
                notify(booking, "offer_lapsed")
                fill_seat(session)
                lapsed += 1
    return lapsed
