"""Building workshop requests for tests: through the services, as hosts and coordinators would."""

import re
from datetime import date, datetime, time, timedelta

from django.core import mail
from django.utils import timezone

from lms.models import LocalAuthority, User
from tests.bookings.conftest import LONDON
from tests.factories.workshops import workshop_coordinator, workshop_trainer
from workshops import services
from workshops.models import WorkshopRequest


def in_days(days: int) -> date:
    return timezone.localdate() + timedelta(days=days)


def at(days: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(in_days(days), time(hour, minute), tzinfo=LONDON)


def trainer() -> User:
    return workshop_trainer()


def coordinator() -> User:
    return workshop_coordinator()


def submit(**overrides) -> WorkshopRequest:
    details = {
        "workshop": "listen_up_speak_up",
        "organisation_name": "Hillside Scouts",
        "organisation_type": "club",
        "local_authority": LocalAuthority.objects.get(slug="luton"),
        "format": "face_to_face",
        "address": "Scout hut, Hillside Road",
        "postcode": "LU2 7XA",
        "audience": ["volunteers", "parents"],
        "audience_size": 20,
        "contact_name": "Sam Lee",
        "contact_email": "sam@example.org",
        "contact_phone": "01632 960100",
        "accessibility_needs": "",
        "consent_to_contact": True,
        "preferred_dates": [(in_days(14), "evening")],
    }
    details.update(overrides)
    return services.submit(**details)


def propose(request, *, days=20, hour=10, facilitator=None, hours=1, despite_clash=True) -> WorkshopRequest:
    """Propose as a coordinator who has ticked past any clash: most tests put several requests
    on the same default hour with the one trainer. test_clashes.py tests the refusal."""
    starts = at(days, hour)
    return services.propose(
        request,
        starts_at=starts,
        ends_at=starts + timedelta(hours=hours),
        facilitator=facilitator or trainer(),
        by_user=coordinator(),
        despite_clash=despite_clash,
    )


def confirmed(**overrides) -> WorkshopRequest:
    return services.accept(propose(submit(**overrides)))


def delivered(attendance=15, **overrides) -> WorkshopRequest:
    request = confirmed(**overrides)
    past = timezone.now() - timedelta(days=2)
    WorkshopRequest.objects.filter(pk=request.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    return services.record_delivery(request, attendance=attendance, audience=["staff"], by_user=coordinator())


def status_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/workshops/status/\S+/)", message.body).group(1)


def last_mail_to(address: str):
    return next(m for m in reversed(mail.outbox) if address in m.to)


def form_data(**overrides) -> dict:
    """What a host types into the request form."""
    day = in_days(14)
    data = {
        "organisation_name": "Hillside Scouts",
        "organisation_type": "club",
        "area": "luton",
        "format": "face_to_face",
        "address": "Scout hut, Hillside Road",
        "postcode": "lu2 7xa",
        "date_1_day": str(day.day),
        "date_1_month": str(day.month),
        "date_1_year": str(day.year),
        "time_1": "evening",
        "audience": ["volunteers", "parents"],
        "audience_size": "20",
        "contact_name": "Sam Lee",
        "contact_email": "sam@example.org",
        "contact_phone": "01632 960100",
        "accessibility_needs": "A hearing loop, please.",
        "consent_to_contact": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


FORM = "/workshops/listen-up-speak-up/request/"
# The keys each question page posts, in the order the host meets them.
STEP_KEYS = {
    "organisation": ["organisation_name", "organisation_type", "area"],
    "format": ["format"],
    "address": ["address", "postcode"],
    "dates": [
        f"{part}_{n}{suffix}"
        for n in (1, 2, 3)
        for part, suffixes in (("date", ("_day", "_month", "_year")), ("time", ("",)))
        for suffix in suffixes
    ],
    "audience": ["audience", "audience_size"],
    "contact": [
        "contact_name",
        "contact_email",
        "contact_phone",
        "accessibility_needs",
        "consent_to_contact",
    ],
}


def step_url(slug: str, form: str = FORM) -> str:
    return f"{form}{slug}/"


def answer(client, slug: str, data: dict, form: str = FORM, **extra):
    """Post one question page with the keys it asks for."""
    return client.post(step_url(slug, form), {k: v for k, v in data.items() if k in STEP_KEYS[slug]}, **extra)


def fill_in(client, form: str = FORM, **overrides):
    """Answer every question page as a host would (the address only for face-to-face). Returns
    the first page's response that was not a step forward, or the last one."""
    data = form_data(**overrides)
    response = None
    for slug in STEP_KEYS:
        if slug == "address" and data.get("format") != "face_to_face":
            continue
        response = answer(client, slug, data, form)
        if response.status_code != 302:
            return response
    return response


def send_request(client, form: str = FORM, website: str = "", extra: dict | None = None, **overrides):
    """Answer every question, then send from "Check your answers"."""
    response = fill_in(client, form, **overrides)
    if response.status_code != 302:
        return response
    return client.post(f"{form}check/", {"website": website}, **(extra or {}))
