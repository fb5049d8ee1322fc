"""What every email the apps send shares: a plain-text template whose first line is the subject,
and a retry when the mail server fails, so a change already saved is never lost for want of
its email."""

import logging
import smtplib
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task_backends

from lms.links import absolute_url
from lms.privacy import is_erased_address

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 6


def render_text(template_name: str, context: dict) -> tuple[str, str]:
    """(subject, body); the public site's address is in every template's context as site_url
    (lms.links.absolute_url, so no link depends on the address a request happened to use)."""
    context = {"site_url": absolute_url(""), **context}
    subject, _, body = render_to_string(template_name, context).strip().partition("\n")
    return f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject.strip()}", body.strip()


def render(template_name: str, context: dict, to: list[str]) -> EmailMessage:
    """The message, addressed to everyone in `to` but an erased person (whose address no longer
    reaches anyone, lms.privacy): a message with nobody left to send to is not sent."""
    subject, body = render_text(template_name, context)
    return EmailMessage(subject=subject, body=body, to=[a for a in to if not is_erased_address(a)])


def send_with_retry(task, send: Callable[..., None], *args, attempt: int) -> None:
    """Run send(*args). If the mail server fails, queue `task` again with a growing wait (where
    the task backend can schedule, as the database worker can), then raise so the worker
    records the failure."""
    try:
        send(*args)
    except (smtplib.SMTPException, OSError):
        if attempt < MAX_ATTEMPTS and task_backends["default"].supports_defer:
            wait = timedelta(minutes=5 * 2 ** (attempt - 1))
            task.using(run_after=timezone.now() + wait).enqueue(*args, attempt + 1)
        logger.warning("Email %r failed (attempt %s)", args, attempt)
        raise
