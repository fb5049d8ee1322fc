"""Email sent in the background for any app: the change that causes it is already saved, so a
failing mail server delays the message but never loses the change."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task, task_backends

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 6


@task()
def send_email(subject: str, body: str, to: list[str], cc: list[str] | None = None, attempt: int = 1) -> None:
    """Send one message. If the mail server fails, try again later with a growing wait (where the
    task backend can schedule, as the database worker can), then report the failure."""
    try:
        EmailMessage(subject=subject, body=body, to=to, cc=cc or []).send()
    except (smtplib.SMTPException, OSError):
        if attempt < MAX_ATTEMPTS and task_backends["default"].supports_defer:
            wait = timedelta(minutes=5 * 2 ** (attempt - 1))
            send_email.using(run_after=timezone.now() + wait).enqueue(subject, body, to, cc, attempt + 1)
        logger.warning("Email %r failed (attempt %s)", subject, attempt)
        raise


def render_email(template: str, context: dict) -> tuple[str, str]:
    """A plain-text email template's first line is its subject; the rest is the body."""
    context = {"site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
    subject, _, body = render_to_string(template, context).strip().partition("\n")
    return f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject.strip()}", body.strip()
