"""Booking emails, sent by background tasks after the change commits. If the mail
server fails the change is already saved; the task raises so the worker records it and retries
(lms.emails.send_with_retry). Each email sent, or given up on, is written on the booking's
history ("emailed" / "email not sent", the detail starting with the message's name), which is
what the pages read before they say whether anyone was emailed."""

from django.urls import reverse
from django.utils.module_loading import import_string
from django_tasks import task

from bookings import calendar, links
from bookings.models import Booking, BookingStatus
from bookings.models.bookings import MACHINE
from lms import emails
from lms.links import absolute_url

TO_MANAGER = {"approval_needed", "approval_reminder"}
EMAILED = "emailed"
NOT_EMAILED = "email not sent"


@task()
def send_booking_email(booking_id: int, message: str, extra: dict, attempt: int = 1) -> None:
    """Send one booking email, trying again later if the mail server fails."""
    emails.send_with_retry(
        send_booking_email,
        _send,
        booking_id,
        message,
        extra,
        attempt=attempt,
        gave_up=lambda error: _record(booking_id, NOT_EMAILED, f"{message}: {type(error).__name__}: {error}"),
    )


def _send(booking_id: int, message: str, extra: dict) -> None:
    booking = _booking(booking_id)
    context = {
        "booking": booking,
        "session": booking.session,
        "course": booking.session.course,
        "bookings_url": absolute_url(reverse("bookings:my_bookings")),
        "courses_url": absolute_url("/courses/"),
        "extra": extra,
        "charge": getattr(booking, "charge", None),
        "approval_days": links.approval_days(),
    }
    recipients = [booking.user.email]
    if message in TO_MANAGER:
        context["approval_url"] = links.approval_url(booking)
        recipients = [booking.manager_email]
    if message == "transferred":
        recipients = [booking.user.email, booking.manager_email]
        previous = extra.get("previous_user_id")
        if previous:
            from lms.models import User

            recipients.append(User.objects.get(pk=previous).email)
    email = emails.render(f"bookings/emails/{message}.txt", context, recipients)
    if message == "confirmed" and booking.status == BookingStatus.CONFIRMED:
        email.attach("session.ics", calendar.session_ics(booking.session), "text/calendar")
    email.send()
    _record(booking_id, EMAILED, f"{message}: to {', '.join(recipients)}")


def _record(booking_id: int, action: str, detail: str) -> None:
    """On the history in the booking's present state, without its lock: the task runs after
    the change it tells of has committed."""
    MACHINE.record(Booking.objects.get(pk=booking_id), action, detail=detail)


def _booking(booking_id: int) -> Booking:
    return Booking.objects.select_related("session__course", "session__local_authority", "user").get(
        pk=booking_id
    )


@task()
def send_workshop_email(request_id: int, message: str, extra: dict, attempt: int = 1) -> None:
    """Workshop emails queued before workshops became their own app are stored under this name.
    Forwarded to workshops.tasks so none is lost in the upgrade; remove in the release after.
    Looked up by name so bookings keeps no import of workshops (the dependency runs one way)."""
    import_string("workshops.tasks.send_workshop_email").call(request_id, message, extra, attempt)
