"""Workshop requests in any state, built straight into the database for tests that read them
(queues, reports, query counts). Tests of the rules build requests through the services
instead (tests/workshops/helpers.py), so each has the history and emails a real one has."""

import secrets
from datetime import datetime, time, timedelta

import factory
from django.utils import timezone

from lms.factories import with_role
from lms.models import LocalAuthority, Role, User
from tests.bookings.conftest import LONDON
from workshops.models import (
    HostType,
    PreferredDate,
    Workshop,
    WorkshopEvent,
    WorkshopFormat,
    WorkshopRequest,
    WorkshopStatus,
)


def _at(days: int, hour: int = 10) -> datetime:
    day = (timezone.localtime(timezone.now(), LONDON) + timedelta(days=days)).date()
    return datetime.combine(day, time(hour), tzinfo=LONDON)


# The people who run workshops in the tests, made the first time a test asks for them.
TRAINER_EMAIL = "tessa.okafor@example.org"
COORDINATOR_EMAIL = "callum.reid@example.org"


def workshop_trainer() -> User:
    """The trainer who facilitates workshops unless a test names another: always the same
    person within a test, so requests put on the same hour with her clash."""
    return User.objects.filter(email=TRAINER_EMAIL).first() or with_role(
        Role.TRAINER, email=TRAINER_EMAIL, full_name="Tessa Okafor"
    )


def workshop_coordinator() -> User:
    """The coordinator who triages requests unless a test names another."""
    return User.objects.filter(email=COORDINATOR_EMAIL).first() or with_role(
        Role.WORKSHOP_COORDINATOR, email=COORDINATOR_EMAIL, full_name="Callum Reid"
    )


class WorkshopRequestFactory(factory.django.DjangoModelFactory):
    """A host's request, waiting for a date. Traits: proposed, confirmed, delivered (each with
    `workshop_trainer()` as facilitator unless given), and online."""

    class Meta:
        model = WorkshopRequest
        skip_postgeneration_save = True

    class Params:
        days_ahead = 20
        online = factory.Trait(format=WorkshopFormat.ONLINE, address="", postcode="")
        proposed = factory.Trait(
            status=WorkshopStatus.PROPOSED,
            starts_at=factory.LazyAttribute(lambda o: _at(o.days_ahead)),
            ends_at=factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1)),
            facilitator=factory.LazyFunction(workshop_trainer),
        )
        confirmed = factory.Trait(
            status=WorkshopStatus.CONFIRMED,
            starts_at=factory.LazyAttribute(lambda o: _at(o.days_ahead)),
            ends_at=factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1)),
            facilitator=factory.LazyFunction(workshop_trainer),
        )
        delivered = factory.Trait(
            status=WorkshopStatus.DELIVERED,
            days_ahead=-2,
            starts_at=factory.LazyAttribute(lambda o: _at(o.days_ahead)),
            ends_at=factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1)),
            facilitator=factory.LazyFunction(workshop_trainer),
            attendance=15,
            delivered_audience=["staff"],
        )

    reference = factory.Sequence(lambda n: f"WS-2098-{n:04d}")
    secret = factory.LazyFunction(lambda: secrets.token_hex(16))
    workshop = Workshop.LISTEN_UP_SPEAK_UP
    organisation_name = factory.Sequence(lambda n: f"Organisation {n}")
    organisation_type = HostType.CLUB
    local_authority = factory.LazyFunction(lambda: LocalAuthority.objects.get(slug="luton"))
    format = WorkshopFormat.FACE_TO_FACE
    address = "Scout hut, Hillside Road"
    postcode = "LU2 7XA"
    audience = factory.LazyFunction(lambda: ["volunteers", "parents"])
    audience_size = 20
    contact_name = "Sam Lee"
    contact_email = factory.Sequence(lambda n: f"host{n}@example.org")
    contact_phone = "01632 960100"
    consent_to_contact = True

    @factory.post_generation
    def preferred_dates(self, create, extracted, **kwargs):
        """Two preferred dates unless given as [(date, time_of_day), ...]."""
        if not create:
            return
        today = timezone.localtime(timezone.now(), LONDON).date()
        chosen = extracted or [(today + timedelta(days=7), "morning"), (today + timedelta(days=8), "evening")]
        PreferredDate.objects.bulk_create(
            PreferredDate(request=self, date=day, time_of_day=time_of_day, position=position)
            for position, (day, time_of_day) in enumerate(chosen, start=1)
        )

    @factory.post_generation
    def events(self, create, extracted, **kwargs):
        """The request's first event, as submitting writes it."""
        if create:
            WorkshopEvent.objects.create(
                request=self,
                action="request",
                to_state=WorkshopStatus.REQUESTED,
                by_host=True,
                actor_email=self.contact_email,
            )
