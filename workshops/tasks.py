"""Workshop emails, sent by a background task after the change commits. If the mail server
fails the change is already saved; the task raises so the worker records it and retries
(lms.emails.send_with_retry). An email given up on is written on the request's history as
"email not sent", where the coordinator reads it: nobody is told it went."""

from django_tasks import task

from lms import emails
from workshops.emails import send
from workshops.models import WorkshopRequest
from workshops.models.transitions import MACHINE

NOT_EMAILED = "email not sent"


@task()
def send_workshop_email(request_id: int, message: str, extra: dict, attempt: int = 1) -> None:
    """Send one workshop email (to the host or the facilitator), trying again if mail fails."""
    emails.send_with_retry(
        send_workshop_email,
        send,
        request_id,
        message,
        extra,
        attempt=attempt,
        gave_up=lambda error: MACHINE.record(
            WorkshopRequest.objects.get(pk=request_id),
            NOT_EMAILED,
            detail=f"{message}: {type(error).__name__}: {error}",
        ),
    )
