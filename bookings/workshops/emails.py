"""Who each workshop email goes to and what it carries. Host emails always include the private
status link; the facilitator's confirmation carries the workshop as an .ics file."""

from django.conf import settings

from bookings import calendar
from bookings.models import WorkshopRequest, WorkshopStatus
from bookings.workshops import links
from lms import emails

TO_FACILITATOR = {"facilitator_confirmed", "facilitator_released"}
WITH_CALENDAR = {"confirmed", "facilitator_confirmed"}


def send(request_id: int, message: str, extra: dict) -> None:
    request = (
        WorkshopRequest.objects.select_related("local_authority", "facilitator")
        .prefetch_related("preferred_dates")
        .get(pk=request_id)
    )
    context = {
        "request": request,
        "workshop": request.get_workshop_display(),
        "status_url": links.status_url(request),
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        "extra": extra,
    }
    to = [request.contact_email]
    if message in TO_FACILITATOR:
        to = [_facilitator_email(request, extra)]
    email = emails.render(f"bookings/emails/workshops/{message}.txt", context, to)
    # Only while it is still confirmed: a file for a date that has since moved would mislead.
    if message in WITH_CALENDAR and request.status == WorkshopStatus.CONFIRMED:
        email.attach(f"{request.reference}.ics", calendar.workshop_ics(request), "text/calendar")
    email.send()


def _facilitator_email(request: WorkshopRequest, extra: dict) -> str:
    if extra.get("facilitator_id"):
        from lms.models import User

        return User.objects.get(pk=extra["facilitator_id"]).email
    return request.facilitator.email
