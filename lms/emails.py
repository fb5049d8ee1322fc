"""What every email the apps send shares: a plain-text template whose first line is the subject,
a subject that is always one safe header line, and a retry when the mail server fails, so a
change already saved is never lost for want of its email. When an email is given up on, the
caller is told (`gave_up`), so nobody is ever told it was sent."""

import logging
import re
import smtplib
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template import Context
from django.template.loader import get_template
from django.utils import timezone
from django_tasks import task_backends

from lms.formatting import partnership_zone
from lms.links import absolute_url
from lms.privacy import is_erased_address

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 6
# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: any of them
# in a header either stops the email (BadHeaderError) or starts a header of its own.
_NOT_IN_A_HEADER = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# Where the template's own first line ends; a line break inside a name cannot be mistaken for it.
_SUBJECT_ENDS = "\x00end-of-subject\x00"


def header_safe(value: str) -> str:
    """One header line: every control character and line break becomes a space. Names are
    refused with them at input, but a name saved earlier must still let its email go."""
    return " ".join(_NOT_IN_A_HEADER.sub(" ", value).split())


def render_text(template_name: str, context: dict) -> tuple[str, str]:
    """(subject, body); the public site's address is in every template's context as site_url
    (lms.links.absolute_url, so no link depends on the address a request happened to use).
    The subject is the template's first line, whatever line breaks the values in it hold."""
    context = {"site_url": absolute_url(""), **context}
    template = get_template(template_name).template
    first_line, _, rest = template.source.partition("\n")
    marked = template.engine.from_string(f"{first_line}{_SUBJECT_ENDS}{rest}")
    # On the partnership's clock, whoever's request (a Wagtail admin user's time zone) sends it.
    with timezone.override(partnership_zone()):
        rendered = marked.render(Context(context))
    subject, _, body = rendered.partition(_SUBJECT_ENDS)
    return f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{header_safe(subject)}", body.strip()


def render(template_name: str, context: dict, to: list[str]) -> EmailMessage:
    """The message, addressed to everyone in `to` but an erased person (whose address no longer
    reaches anyone, lms.privacy): a message with nobody left to send to is not sent."""
    subject, body = render_text(template_name, context)
    return EmailMessage(subject=subject, body=body, to=[a for a in to if not is_erased_address(a)])


def _described(task, args) -> str:
    """Which email, for the log, without what it says or whom it is to: the task, and the record
    and message name where the task has them (a booking's id, "approval_needed"). An error's own
    text can quote a header or an address, so only its type is logged."""
    name = getattr(task, "name", "") or getattr(getattr(task, "func", None), "__name__", "email")
    if args and isinstance(args[0], int):
        message = args[1] if len(args) > 1 and isinstance(args[1], str) else ""
        return f"{name} #{args[0]} {message}".strip()
    return name


def send_with_retry(
    task,
    send: Callable[..., None],
    *args,
    attempt: int,
    gave_up: Callable[[Exception], None] | None = None,
) -> None:
    """Run send(*args). If the mail server fails, queue `task` again with a growing wait (where
    the task backend can schedule, as the database worker can). When there will be no other
    attempt (the last one, a backend that cannot wait, or a message no server could take,
    such as a header Django refuses) call `gave_up(error)` so the app records that the email
    was not sent. Then raise, so the worker records the failure too."""
    try:
        send(*args)
    except ValueError as error:  # BadHeaderError, an address that cannot be encoded: retrying cannot help
        logger.error("Email %s cannot be sent: %s", _described(task, args), type(error).__name__)
        if gave_up:
            gave_up(error)
        raise
    except (smtplib.SMTPException, OSError) as error:
        if attempt < MAX_ATTEMPTS and task_backends["default"].supports_defer:
            wait = timedelta(minutes=5 * 2 ** (attempt - 1))
            task.using(run_after=timezone.now() + wait).enqueue(*args, attempt + 1)
            logger.warning(
                "Email %s failed (attempt %s): %s", _described(task, args), attempt, type(error).__name__
            )
        else:
            logger.error(
                "Email %s failed (attempt %s); giving up: %s",
                _described(task, args),
                attempt,
                type(error).__name__,
            )
            if gave_up:
                gave_up(error)
        raise
