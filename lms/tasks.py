"""Email sent in the background for any app whose message is ready when the change is saved
(bookings and workshops render theirs in their own tasks): the change is already saved, so a
failing mail server delays the message but never loses the change."""

from django.core.mail import EmailMessage
from django_tasks import task

from lms.emails import header_safe, send_with_retry


@task()
def send_email(subject: str, body: str, to: list[str], cc: list[str] | None = None, attempt: int = 1) -> None:
    send_with_retry(send_email, _send, subject, body, to, cc, attempt=attempt)


def _send(subject: str, body: str, to: list[str], cc: list[str] | None) -> None:
    EmailMessage(subject=header_safe(subject), body=body, to=to, cc=cc or []).send()
