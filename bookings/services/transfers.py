"""Sending a named colleague instead: no charge, as long as the session has not started."""

from django.db import transaction

from bookings.models import Booking
from bookings.models.bookings import ATTENDANCE, OPEN, BookingError
from bookings.services.common import check, lock, move, notify

NOT_TRANSFERABLE = (
    "A place can only pass to a colleague in the same organisation, because your manager accepted "
    "the charge policy on its behalf."
)


@transaction.atomic
def transfer(booking: Booking, *, colleague, by_user) -> Booking:
    booking, session = lock(booking)
    check(booking, "transfer", user=by_user)
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
    # The organisation and the manager who approved stay: the manager accepted the charge policy
    # for this place, and their requests page keeps showing that decision. What was told about
    # the holder does not pass on: the colleague's name and job role come from their profile, and
    # access or dietary needs start empty (the previous holder's are theirs alone).
    move(
        booking,
        "transfer",
        actor=by_user,
        detail=f"From {previous} to {colleague.full_name}",
        user=colleague,
        full_name=colleague.full_name,
        job_role=profile.job_role,
        access_needs="",
    )
    notify(booking, "transferred", previous_name=previous, previous_user_id=by_user.pk)
    return booking
