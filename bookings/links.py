"""The manager's approval link: signed, single use (the booking's nonce is cleared once used)
and expiring. Tokens already in people's inboxes keep working: same salt, same payload keys."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

from bookings.models import Booking
from bookings.models.bookings import BookingError
from lms.links import ExpiredLink, InvalidLink, SignedLink, UsedLink, absolute_url


def approval_days() -> int:
    return getattr(settings, "BOOKING_APPROVAL_DAYS", 7)


APPROVAL = SignedLink(
    salt="bookings.manager-approval",
    max_age=lambda: timedelta(days=approval_days()),
    secret_field="approval_nonce",  # noqa: S106 - a field name, not a password
    id_param="b",
    secret_param="n",  # noqa: S106 - a query key, not a password
    compress=True,
)


class ApprovalLinkUsed(BookingError):
    """The link has done its job; `booking` says what became of the request."""

    def __init__(self, booking: Booking):
        super().__init__("This link has already been used. Each approval link works once.")
        self.booking = booking


def approval_token(booking: Booking) -> str:
    return APPROVAL.token(booking)


def approval_url(booking: Booking) -> str:
    return absolute_url(reverse("bookings:manager_decision", args=[approval_token(booking)]))


def booking_for_token(token: str) -> Booking:
    """The booking a manager's link is for, if the link is genuine, unused and in date."""
    queryset = Booking.objects.select_related(
        "session__course", "session__local_authority", "user", "organisation"
    )
    try:
        return APPROVAL.load(token, queryset)
    except ExpiredLink as error:
        raise BookingError("This link has expired. The request has been closed.") from error
    except InvalidLink as error:
        raise BookingError("This link is not valid. Check you copied all of it from the email.") from error
    except UsedLink as error:
        raise ApprovalLinkUsed(error.obj) from error
