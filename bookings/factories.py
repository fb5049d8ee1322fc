"""Factories for classroom courses, sessions, bookings and charges, shared by the tests and by
seed_demo. A booking can be built in any status with the timestamps that status implies; tests
that exercise a transition go through `bookings.services` instead, as people do."""

import secrets
from datetime import timedelta

import factory
from django.utils import timezone

from bookings.models import Booking, BookingStatus, Charge, ChargeReason, ChargeStatus, Course, Session
from bookings.models.bookings import ATTENDANCE
from certificates.models import AccreditationScheme
from lms.factories import ProfileFactory, area

# Statuses a manager has approved, and those that held a confirmed seat at some point.
APPROVED = (
    BookingStatus.WAITLISTED,
    BookingStatus.OFFERED,
    BookingStatus.CONFIRMED,
    BookingStatus.CANCELLED,
    *ATTENDANCE,
)
HELD_A_SEAT = (BookingStatus.CONFIRMED, BookingStatus.CANCELLED, *ATTENDANCE)


class CourseFactory(factory.django.DjangoModelFactory):
    """A one-day accredited GCP2 course with the Luton charging rule; `gcp2=True` also links the
    GCP2 scheme, so attending grants the accreditation."""

    class Meta:
        model = Course

    title = "GCP2 Practitioner Training"
    slug = factory.Sequence(lambda n: f"gcp2-{n}")
    summary = "Graded Care Profile 2."
    accredited = True
    accreditation = "GCP2 assessment lead"

    class Params:
        gcp2 = factory.Trait(
            accreditation_scheme=factory.LazyFunction(
                lambda: AccreditationScheme.objects.get(name="GCP2 assessment lead")
            )
        )
        unaccredited = factory.Trait(title="Understanding Neglect", accredited=False, accreditation="")


class SessionFactory(factory.django.DjangoModelFactory):
    """A session in Luton 30 days from now, taking bookings until it starts."""

    class Meta:
        model = Session
        skip_postgeneration_save = True

    course = factory.SubFactory(CourseFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + timedelta(hours=7))
    local_authority = factory.LazyFunction(area)
    venue = "Town Hall, Luton"
    capacity = 10
    booking_opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=60))
    booking_closes_at = factory.SelfAttribute("starts_at")

    @factory.post_generation
    def trainers(self, create, extracted, **kwargs):
        if create and extracted:
            self.trainers.add(*extracted)


def _after_request(booking, days: int):
    return booking.policy_acknowledged_at + timedelta(days=days)


class BookingFactory(factory.django.DjangoModelFactory):
    """A booking as the services would have left it in `status` (requested by default), for a
    practitioner with a profile; what they told us is copied from that profile."""

    class Meta:
        model = Booking

    session = factory.SubFactory(SessionFactory)
    user = factory.LazyFunction(lambda: ProfileFactory().user)
    full_name = factory.SelfAttribute("user.full_name")
    organisation = factory.SelfAttribute("user.profile.organisation")
    job_role = factory.SelfAttribute("user.profile.job_role")
    manager_name = factory.SelfAttribute("user.profile.manager_name")
    manager_email = factory.SelfAttribute("user.profile.manager_email")
    policy_acknowledged_at = factory.LazyFunction(timezone.now)
    status = BookingStatus.REQUESTED

    approval_nonce = factory.LazyAttribute(
        lambda b: secrets.token_hex(16) if b.status == BookingStatus.REQUESTED else ""
    )
    approval_expires_at = factory.LazyAttribute(lambda b: _after_request(b, 7))
    approved_at = factory.LazyAttribute(lambda b: _after_request(b, 1) if b.status in APPROVED else None)
    manager_accepted_policy = factory.LazyAttribute(lambda b: b.status in APPROVED)
    decided_by_email = factory.LazyAttribute(
        lambda b: b.manager_email if b.status in (*APPROVED, BookingStatus.DECLINED) else ""
    )
    decline_reason = factory.LazyAttribute(
        lambda b: "No cover for that day." if b.status == BookingStatus.DECLINED else ""
    )
    confirmed_at = factory.LazyAttribute(lambda b: _after_request(b, 1) if b.status in HELD_A_SEAT else None)
    offer_expires_at = factory.LazyAttribute(
        lambda b: timezone.now() + timedelta(hours=48) if b.status == BookingStatus.OFFERED else None
    )
    cancelled_at = factory.LazyAttribute(
        lambda b: (
            _after_request(b, 2) if b.status in (BookingStatus.CANCELLED, BookingStatus.WITHDRAWN) else None
        )
    )

    class Params:
        requested = factory.Trait(status=BookingStatus.REQUESTED)
        declined = factory.Trait(status=BookingStatus.DECLINED)
        withdrawn = factory.Trait(status=BookingStatus.WITHDRAWN)
        waitlisted = factory.Trait(status=BookingStatus.WAITLISTED)
        offered = factory.Trait(status=BookingStatus.OFFERED)
        confirmed = factory.Trait(status=BookingStatus.CONFIRMED)
        cancelled = factory.Trait(status=BookingStatus.CANCELLED)
        attended = factory.Trait(status=BookingStatus.ATTENDED)
        did_not_attend = factory.Trait(status=BookingStatus.DID_NOT_ATTEND)


class ChargeFactory(factory.django.DjangoModelFactory):
    """A pending charge for a late cancellation, priced and coded as the course and the
    booking's organisation say, as `services` raises it."""

    class Meta:
        model = Charge

    booking = factory.SubFactory(BookingFactory, cancelled=True)
    amount = factory.SelfAttribute("booking.session.course.charge_amount")
    reason = ChargeReason.LATE_CANCELLATION
    organisation = factory.SelfAttribute("booking.organisation")
    organisation_is_council = factory.SelfAttribute("booking.organisation.is_council")
    status = ChargeStatus.PENDING

    class Params:
        non_attendance = factory.Trait(
            reason=ChargeReason.NON_ATTENDANCE,
            booking=factory.SubFactory(BookingFactory, did_not_attend=True),
        )
