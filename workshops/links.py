"""The host's private status link: signed, carrying the request's id and its own random secret,
and good for a year because hosts come back to it from the request to the day of the workshop."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import constant_time_compare

from workshops.models import WorkshopRequest
from workshops.services import WorkshopError, enqueue_email

STATUS_SALT = "bookings.workshop-status"


class InvalidLink(WorkshopError):
    """The status link was altered, or belongs to no request."""


class ExpiredLink(InvalidLink):
    """A genuine status link past its age: the host can ask for a new one."""


def status_link_days() -> int:
    return getattr(settings, "WORKSHOP_STATUS_LINK_DAYS", 365)


def status_token(request: WorkshopRequest) -> str:
    return signing.dumps({"w": request.pk, "s": request.secret}, salt=STATUS_SALT)


def status_url(request: WorkshopRequest) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "workshops:status", args=[status_token(request)]
    )


def request_for_token(token: str) -> WorkshopRequest:
    """The request a status link opens, if the link is genuine and in date. The signature
    proves we issued it; the per-request secret means an id alone, or a link to another
    request with its id swapped in, opens nothing."""
    try:
        data = signing.loads(token, salt=STATUS_SALT, max_age=timedelta(days=status_link_days()))
    except signing.SignatureExpired as error:
        raise ExpiredLink("This link has expired.") from error
    except signing.BadSignature as error:
        raise InvalidLink("This link is not valid.") from error
    if not isinstance(data, dict) or not isinstance(data.get("w"), int) or not isinstance(data.get("s"), str):
        raise InvalidLink("This link is not valid.")
    request = (
        WorkshopRequest.objects.select_related("local_authority", "facilitator")
        .prefetch_related("preferred_dates")
        .filter(pk=data["w"])
        .first()
    )
    if request is None or not constant_time_compare(request.secret, data["s"]):
        raise InvalidLink("This link is not valid.")
    return request


def find_request(reference: str, email: str) -> WorkshopRequest | None:
    """For a host who lost or outlived their link: the reference and the contact email together."""
    return WorkshopRequest.objects.filter(
        reference__iexact=reference.strip(), contact_email__iexact=email.strip()
    ).first()


def resend_link(request: WorkshopRequest) -> None:
    transaction.on_commit(lambda: enqueue_email(request.pk, "link"))
