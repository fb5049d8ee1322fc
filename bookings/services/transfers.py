"""Sending a named colleague instead: no charge, as long as the session has not started."""

from django.db import transaction
from django.utils import timezone

from bookings.models import Booking, BookingStatus
from bookings.models.bookings import ATTENDANCE, OPEN, BookingError
from bookings.services.common import event, lock, notify

NOT_TRANSFERABLE = (
    "A place can only pass to a colleague in the same organisation, because your manager accepted "
    "the charge policy on its behalf."
)


@transaction.atomic
def transfer(booking: Booking, *, colleague, by_user) -> Booking:
    booking, session = lock(booking)
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
    event(booking, "transferred", actor=by_user, detail=f"From {previous} to {colleague.full_name}")
    notify(booking, "transferred", previous_name=previous, previous_user_id=by_user.pk)
    return booking
