"""The host's private status link: signed, carrying the request's id and its own random secret,
and good for a year because hosts come back to it from the request to the day of the workshop.
Loaded through lms.links.SignedLink, with the salt and payload keys ("w", "s") of the links
already emailed, so those keep working."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

from lms.links import ExpiredLink, InvalidLink, SignedLink, absolute_url
from workshops.models import WorkshopRequest

__all__ = ["ExpiredLink", "InvalidLink", "find_request", "request_for_token", "status_url"]

STATUS_SALT = "bookings.workshop-status"


def status_link_days() -> int:
    return getattr(settings, "WORKSHOP_STATUS_LINK_DAYS", 365)


STATUS_LINK = SignedLink(
    salt=STATUS_SALT,
    max_age=lambda: timedelta(days=status_link_days()),
    secret_field="secret",  # noqa: S106 - the name of the model field, not a password
    id_param="w",
    secret_param="s",  # noqa: S106 - the payload key of links already emailed
)


def status_token(request: WorkshopRequest) -> str:
    return STATUS_LINK.token(request)


def status_url(request: WorkshopRequest) -> str:
    return absolute_url(reverse("workshops:status", args=[status_token(request)]))


def request_for_token(token: str) -> WorkshopRequest:
    """The request a status link opens, if the link is genuine and in date. The signature
    proves we issued it; the per-request secret means an id alone, or a link to another
    request with its id swapped in, opens nothing. The secret is never cleared (the link is
    for the life of the request), so UsedLink cannot arise."""
    return STATUS_LINK.load(
        token,
        WorkshopRequest.objects.select_related("local_authority", "facilitator").prefetch_related(
            "preferred_dates"
        ),
    )


def find_request(reference: str, email: str) -> WorkshopRequest | None:
    """For a host who lost or outlived their link: the reference and the contact email together."""
    return WorkshopRequest.objects.filter(
        reference__iexact=reference.strip(), contact_email__iexact=email.strip()
    ).first()
