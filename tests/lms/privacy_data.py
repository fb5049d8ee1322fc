"""A practitioner with something held about them in every category the privacy pages cover, built
from the project's factories, for the download, erasure and deletion tests."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from bookings.models import BookingEvent, ChargeEvent
from certificates.models import AccreditationEvent, CertificateEvent
from courses.models import Answer, Attempt, Completion, Enrolment, LessonCompletion
from lms.models import User
from tests.factories import (
    AccreditationFactory,
    BookingFactory,
    CertificateFactory,
    ChargeFactory,
    LessonPageFactory,
    practitioner,
)
from tests.factories.workshops import WorkshopRequestFactory


@dataclass
class Person:
    user: User
    booking: object
    charge: object
    certificate: object
    accreditation: object
    workshop_request: object
    enrolment: object


def person_with_everything(name: str, email: str) -> Person:
    user = practitioner(user__full_name=name, user__email=email, phone="01632 960001")
    lesson = LessonPageFactory(title=f"Lesson for {name}")
    enrolment = Enrolment.objects.create(
        module=lesson.get_parent().specific, user=user, confidence_before=2, confidence_after=4
    )
    LessonCompletion.objects.create(enrolment=enrolment, lesson=lesson)
    attempt = Attempt.objects.create(
        enrolment=enrolment, fingerprint="f", submitted_at=timezone.now(), score=100, passed=True
    )
    Answer.objects.create(
        attempt=attempt,
        question_id=f"q-{email}",
        kind="true_false",
        prompt=f"A question {name} answered",
        vignette_title="Jay, aged 4",
        response="true",
        marks=Decimal("1"),
        correct=True,
    )
    Completion.objects.create(enrolment=enrolment, completed_at=timezone.now(), score=100)

    booking = BookingFactory(user=user, cancelled=True, access_needs=f"Step-free access for {name}")
    BookingEvent.objects.create(booking=booking, action="cancelled", actor=user, actor_email=user.email)
    charge = ChargeFactory(booking=booking, invoice_reference=f"INV-{email}")
    ChargeEvent.objects.create(charge=charge, action="raised", detail="£105.00, late cancellation")

    certificate = CertificateFactory(holder=user, title=f"Certificate for {name}")
    CertificateEvent.objects.create(certificate=certificate, action="issued")
    accreditation = AccreditationFactory(holder=user, holder_name=name, trainer_name="Tessa Okafor")
    AccreditationEvent.objects.create(
        accreditation=accreditation, action="granted", actor=user, actor_email=user.email
    )
    workshop_request = WorkshopRequestFactory(
        contact_name=name, contact_email=email, organisation_name=f"Club of {name}"
    )
    return Person(user, booking, charge, certificate, accreditation, workshop_request, enrolment)
