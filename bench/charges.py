"""Charges made in bulk for the benches (bench/test_exports_bench.py, bench/test_imports_bench.py):
one session, one cancelled booking and one late-cancellation charge per practitioner."""

from datetime import timedelta

from django.utils import timezone

from bookings.models import Booking, BookingStatus, Charge, ChargeReason
from lms.models import Organisation, User
from tests.bookings.conftest import make_session
from tests.factories import OrganisationFactory


def bulk_charges(count: int, status: str, *, prefix: str = "charged") -> list[int]:
    """`count` charges in `status` (a ChargeStatus), made with bulk_create; their pks in order."""
    session = make_session(starts_at=timezone.now() + timedelta(days=3), capacity=count)
    organisation = Organisation.objects.first() or OrganisationFactory()
    users = User.objects.bulk_create(
        (User(email=f"{prefix}{n}@example.net", full_name=f"{prefix.title()} {n}") for n in range(count)),
        batch_size=5000,
    )
    now = timezone.now()
    bookings = Booking.objects.bulk_create(
        (
            Booking(
                session=session,
                user=user,
                full_name=user.full_name,
                organisation=organisation,
                job_role="Nurse",
                manager_name="M",
                manager_email="m@example.org",
                policy_acknowledged_at=now,
                status=BookingStatus.CANCELLED,
            )
            for user in users
        ),
        batch_size=5000,
    )
    charges = Charge.objects.bulk_create(
        (
            Charge(
                booking=booking,
                amount=105,
                reason=ChargeReason.LATE_CANCELLATION,
                organisation=organisation,
                organisation_is_council=False,
                status=status,
            )
            for booking in bookings
        ),
        batch_size=5000,
    )
    return [charge.pk for charge in charges]
