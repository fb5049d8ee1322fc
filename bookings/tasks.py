"""Booking emails, sent by a background task after the change commits. If the mail server
fails the booking is already saved; the task raises so the worker records it and retries."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task, task_backends

from bookings import calendar, services
from bookings.models import Booking, BookingStatus

TO_MANAGER = {"approval_needed", "approval_reminder"}
logger = logging.getLogger(__name__)


MAX_ATTEMPTS = 6


@task()
def send_booking_email(booking_id: int, message: str, extra: dict, attempt: int = 1) -> None:
    """Send one booking email. If the mail server fails, try again later with a growing wait
    (where the task backend can schedule, as the database worker can), then report the failure."""
    try:
        _send(booking_id, message, extra)
    except (smtplib.SMTPException, OSError):
        if attempt < MAX_ATTEMPTS and task_backends["default"].supports_defer:
            wait = timedelta(minutes=5 * 2 ** (attempt - 1))
            send_booking_email.using(run_after=timezone.now() + wait).enqueue(
                booking_id, message, extra, attempt + 1
            )
        logger.warning("Booking email %r for booking %s failed (attempt %s)", message, booking_id, attempt)
        raise


def _send(booking_id: int, message: str, extra: dict) -> None:
    booking = _booking(booking_id)
    context = {
        "booking": booking,
        "session": booking.session,
        "course": booking.session.course,
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        "extra": extra,
        "charge": getattr(booking, "charge", None),
        "approval_days": services.approval_days(),
    }
    recipients = [booking.user.email]
    if message in TO_MANAGER:
        token = services.approval_token(booking)
        context["approval_url"] = context["site_url"] + reverse("bookings:manager_decision", args=[token])
        recipients = [booking.manager_email]
    if message == "transferred":
        recipients = [booking.user.email, booking.manager_email]
        previous = extra.get("previous_user_id")
        if previous:
            from lms.models import User

            recipients.append(User.objects.get(pk=previous).email)
    subject, _, body = render_to_string(f"bookings/emails/{message}.txt", context).strip().partition("\n")
    email = EmailMessage(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject.strip()}", body=body.strip(), to=recipients
    )
    if message == "confirmed" and booking.status == BookingStatus.CONFIRMED:
        email.attach("session.ics", calendar.session_ics(booking.session), "text/calendar")
    email.send()


def _booking(booking_id: int) -> Booking:
    return Booking.objects.select_related("session__course", "session__local_authority", "user").get(
        pk=booking_id
    )
