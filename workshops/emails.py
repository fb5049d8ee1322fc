"""Who each workshop email goes to and what it carries. Host emails always include the private
status link; the facilitator's confirmation carries the workshop as an .ics file."""

import logging

from django.urls import reverse

from lms import emails
from lms.links import absolute_url
from workshops import calendar, links
from workshops.models import WorkshopRequest, WorkshopStatus

logger = logging.getLogger(__name__)

TO_FACILITATOR = {"facilitator_confirmed", "facilitator_released"}
WITH_CALENDAR = {"confirmed", "facilitator_confirmed"}
# Emails that describe the date as it is when they are sent, so only while it still stands: a
# send delayed (a queue, a mail server retry) past the host asking for another date would
# otherwise offer a blank date, or confirm one that has moved. A later change sends its own.
ONLY_WHILE = {
    "proposed": WorkshopStatus.PROPOSED,
    "confirmed": WorkshopStatus.CONFIRMED,
    "facilitator_confirmed": WorkshopStatus.CONFIRMED,
}


def send(request_id: int, message: str, extra: dict) -> None:
    request = (
        WorkshopRequest.objects.select_related("local_authority", "facilitator")
        .prefetch_related("preferred_dates")
        .get(pk=request_id)
    )
    if message in ONLY_WHILE and request.status != ONLY_WHILE[message]:
        logger.info("Not sending %r for %s: it is now %s", message, request.reference, request.status)
        return
    context = {
        "request": request,
        "workshop": request.get_workshop_display(),
        "status_url": links.status_url(request),
        "facilitator_list_url": absolute_url(reverse("workshops:facilitator_list")),
        "extra": extra,
    }
    to = [request.contact_email]
    if message in TO_FACILITATOR:
        to = [_facilitator_email(request, extra)]
    email = emails.render(f"workshops/emails/{message}.txt", context, to)
    if message in WITH_CALENDAR:
        email.attach(f"{request.reference}.ics", calendar.workshop_ics(request), "text/calendar")
    email.send()


def _facilitator_email(request: WorkshopRequest, extra: dict) -> str:
    if extra.get("facilitator_id"):
        from lms.models import User

        return User.objects.get(pk=extra["facilitator_id"]).email
    return request.facilitator.email
