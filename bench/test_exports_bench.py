"""Stored exports' time and peak Python memory (tracemalloc) for 20,000 charges (`make bench`):
the new-charges CSV (marking them exported in the same transaction) and the batch's XLSX.
Timings are printed, never asserted; tracemalloc slows the runs, so the times are upper bounds."""

import time
import tracemalloc
from datetime import timedelta

import pytest
from django.utils import timezone

from bookings.models import Booking, BookingStatus, Charge, ChargeReason, ChargeStatus
from lms import exports
from lms.models import Export, ExportStatus, Organisation, User
from tests.bookings.conftest import make_session
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
CHARGES = 20_000


def pending_charges(count: int) -> None:
    session = make_session(starts_at=timezone.now() + timedelta(days=3), capacity=count)
    organisation = Organisation.objects.first() or OrganisationFactory()
    users = User.objects.bulk_create(
        User(email=f"exported{n}@example.net", full_name=f"Exported {n}") for n in range(count)
    )
    now = timezone.now()
    bookings = Booking.objects.bulk_create(
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
    )
    Charge.objects.bulk_create(
        Charge(
            booking=booking,
            amount=105,
            reason=ChargeReason.LATE_CANCELLATION,
            organisation=organisation,
            organisation_is_council=False,
            status=ChargeStatus.PENDING,
        )
        for booking in bookings
    )


def measured(label: str, export: Export) -> Export:
    tracemalloc.start()
    began = time.perf_counter()
    exports.build(export.pk)
    seconds = time.perf_counter() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE, export.error
    print(
        f"\n{label}: {export.row_count:,} rows, {seconds:.1f} s, "
        f"tracemalloc peak {peak / 1024 / 1024:.1f} MB, file {export.file.size / 1024 / 1024:.1f} MB"
    )
    return export


def test_stored_charge_exports_time_and_peak_memory():
    pending_charges(CHARGES)
    finance = UserFactory()
    csv_export = measured(
        "Export new charges, CSV (marks them exported)",
        Export.objects.create(kind="charges", file_format="csv", requested_by=finance),
    )
    batch = csv_export.params["batch"]
    measured(
        "The same batch as XLSX (openpyxl write-only)",
        Export.objects.create(
            kind="charge-batch", file_format="xlsx", params={"batch": batch}, requested_by=finance
        ),
    )
    assert Charge.objects.filter(status=ChargeStatus.PENDING).count() == 0
