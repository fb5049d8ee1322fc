"""seed_scale (bench/scale.py) at its test-only size XS: the counts asked for, the same data from
the same seed, the state rules the services keep, and the pages a benchmark hits serving it."""

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse

from bench import scale
from bookings.models import Booking, BookingStatus, Charge, ChargeReason, ChargeStatus, Session
from bookings.models.bookings import SEAT_HOLDING
from certificates.models import Accreditation, Certificate
from courses.models import Answer, Attempt, Completion, ModulePage
from lms.models import Organisation, User
from workshops.models import WorkshopRequest

pytestmark = pytest.mark.django_db

XS = scale.SIZES["XS"]
OURS = f"@{scale.DOMAIN}"


def load() -> None:
    call_command("seed_scale", size="XS", stdout=open("/dev/null", "w"))  # noqa: SIM115


def key_values() -> dict:
    """What two loads from one seed must agree on, named without primary keys (a rolled-back
    load still uses up PostgreSQL's sequences)."""
    return {
        "bookings": sorted(
            Booking.objects.filter(user__email__endswith=OURS).values_list(
                "user__email", "session__course__slug", "session__starts_at", "status"
            )
        ),
        "charges": sorted(
            Charge.objects.filter(booking__user__email__endswith=OURS).values_list(
                "booking__user__email", "booking__session__starts_at", "reason", "status", "amount"
            )
        ),
        "scores": sorted(
            Attempt.objects.filter(enrolment__user__email__endswith=OURS).values_list(
                "enrolment__user__email", "enrolment__module__slug", "score", "passed"
            )
        ),
        "certificates": sorted(
            Certificate.objects.filter(holder__email__endswith=OURS).values_list(
                "holder__email", "title", "code"
            )
        ),
        "workshops": sorted(WorkshopRequest.objects.values_list("reference", "status", "contact_email")),
    }


class Rollback(Exception):
    pass


def test_the_same_seed_loads_the_same_data():
    try:
        with transaction.atomic():
            load()
            first = key_values()
            raise Rollback
    except Rollback:
        pass
    assert not scale.has_scale_data()
    load()
    assert key_values() == first
    assert all(first.values())


def test_it_loads_the_sizes_asked_for_and_refuses_a_second_load():
    load()
    assert User.objects.filter(email__endswith=OURS).count() == XS.practitioners
    assert Organisation.objects.filter(name__contains="partner").count() == XS.organisations
    assert Booking.objects.filter(user__email__endswith=OURS).count() == XS.bookings
    assert Charge.objects.filter(booking__user__email__endswith=OURS).count() == XS.charges
    assert Attempt.objects.filter(
        enrolment__user__email__endswith=OURS, submitted_at__isnull=False
    ).count() == (XS.attempts)
    with_answers = Attempt.objects.filter(enrolment__user__email__endswith=OURS, answers__isnull=False)
    assert with_answers.distinct().count() == XS.attempts_with_answers
    assert Certificate.objects.filter(holder__email__endswith=OURS).count() == XS.certificates
    assert Accreditation.objects.filter(holder__email__endswith=OURS).count() == XS.accreditations
    assert WorkshopRequest.objects.filter(contact_email__endswith=OURS).count() == XS.workshop_requests
    with pytest.raises(CommandError, match="already has scale data"):
        load()
    assert Booking.objects.filter(user__email__endswith=OURS).count() == XS.bookings


def test_the_data_keeps_the_booking_and_learning_rules():
    load()
    for charge in Charge.objects.filter(booking__user__email__endswith=OURS).select_related(
        "booking__session__course"
    ):
        booking = charge.booking
        if charge.reason == ChargeReason.NON_ATTENDANCE:
            assert booking.status == BookingStatus.DID_NOT_ATTEND
        else:
            assert booking.status == BookingStatus.CANCELLED
            assert booking.session.cutoff_at <= booking.cancelled_at < booking.session.starts_at
        assert (charge.export_batch_id is None) == (
            charge.status == ChargeStatus.PENDING
            or (charge.status == ChargeStatus.WAIVED and not charge.export_batch_id)
        )
    for session in Session.objects.filter(bookings__user__email__endswith=OURS).distinct():
        held = session.bookings.filter(status__in=SEAT_HOLDING).count()
        assert held <= session.capacity
        if session.bookings.filter(status=BookingStatus.WAITLISTED).exists():
            assert held == session.capacity
    attendance = Certificate.objects.filter(source_type="session_attendance", holder__email__endswith=OURS)
    attended = Booking.objects.filter(pk__in=attendance.values("source_id"))
    assert set(attended.values_list("status", flat=True)) == {BookingStatus.ATTENDED}
    for completion in Completion.objects.filter(enrolment__user__email__endswith=OURS):
        assert completion.enrolment.attempts.filter(passed=True, score=completion.score).exists()
    answered = Attempt.objects.filter(enrolment__user__email__endswith=OURS, answers__isnull=False).first()
    answers = Answer.objects.filter(attempt=answered)
    assert answers.count() == len(answered.enrolment.module.questions())


def test_the_pages_a_benchmark_hits_serve_the_result(client):
    load()
    finance = User.objects.get(email="finance@example.com")
    client.force_login(finance)
    assert client.get(reverse("finance:charges")).status_code == 200
    client.logout()
    assert client.get("/courses/").status_code == 200
    assert client.get(ModulePage.objects.live().first().url).status_code == 200
    practitioner = User.objects.filter(email__endswith=OURS, bookings__isnull=False).order_by("email").first()
    client.force_login(practitioner)
    response = client.get(reverse("bookings:my_bookings"))
    assert response.status_code == 200
    assert practitioner.bookings.first().session.course.title in response.content.decode()
    session = Session.objects.filter(bookings__status=BookingStatus.ATTENDED).first()
    client.force_login(session.trainers.first())
    response = client.get(reverse("bookings:register", args=[session.pk]))
    assert response.status_code == 200
    assert (
        session.bookings.filter(status=BookingStatus.ATTENDED).first().full_name in response.content.decode()
    )
