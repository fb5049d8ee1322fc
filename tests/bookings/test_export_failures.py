"""Exports never fail on what is already stored, and an export that fails marks nothing exported.

A full name with a vertical tab (pasted from Word) once made the finance XLSX export fail after
the charges were marked exported: the batch could never be downloaded, and the charges were
never billed."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from bookings import exports as finance_exports
from bookings import services
from bookings.models import Booking, Charge, ChargeEvent, ChargeStatus, ExportBatch
from lms.models import Organisation, Role
from lms.spreadsheets import neutralise
from tests.bookings.conftest import confirmed, make_session
from tests.certificates.conftest import accredit, signed_in
from tests.factories import ProfileFactory, with_role
from tests.stored_exports import download, export_of, exported, queued
from tests.stored_exports import rows_of as stored_rows

pytestmark = pytest.mark.django_db

# NUL too where the database can hold it (SQLite); PostgreSQL refuses it at the door.
CONTROL = ["\x0b", "\x01", "\x1b", "\x7f", "\x85", "\ufffe", "\uffff"]
if "sqlite" in settings.DATABASES["default"]["ENGINE"]:
    CONTROL.append("\x00")


def late_cancellation():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    user = ProfileFactory().user
    return services.cancel(confirmed(session, user), by_user=user)


def rows_of(response) -> list[list[str]]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode(), newline="")))


def sheet_of(response) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.fixture
def finance(client):
    client.force_login(with_role(Role.FINANCE))
    return client


@pytest.mark.parametrize("character", CONTROL)
@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_stored_control_characters_are_left_out_of_every_finance_export(finance, character, file_format):
    charge = late_cancellation()
    Booking.objects.filter(pk=charge.booking_id).update(full_name=f"Sam{character} Lee")
    Organisation.objects.filter(pk=charge.organisation_id).update(name=f"Acme{character} Care")
    rows = exported(finance, reverse("finance:export"), {"format": file_format}, file_format)
    assert rows[1][rows[0].index("Practitioner")] == "Sam Lee"
    Charge.objects.filter(pk=charge.pk).update(invoice_reference=f"INV{character}1")
    batch = ExportBatch.objects.get()
    again = "csv" if file_format == "xlsx" else "xlsx"  # the other format: built from the batch now
    export = export_of(queued(finance, "get", reverse("finance:batch", args=[batch.pk, again])))
    download = finance.get(reverse("finance:batch", args=[batch.pk, again]))
    assert download.status_code == 200 and download.streaming
    rows = stored_rows(download, again)
    header, row = rows[0], rows[1]
    assert row[header.index("Practitioner")] == "Sam Lee"
    assert row[header.index("Organisation")] == "Acme Care"
    assert row[header.index("Invoice reference")] == "INV1"
    assert set(batch.files.values_list("pk", flat=True)) >= {export.pk}


def test_stored_control_characters_are_left_out_of_the_register_export(client):
    accredit("Robin\x0b Fairley", trainer_name="Pat\x1b Trainer")
    signed_in(client, Role.MANAGER)
    for file_format in ("xlsx", "csv"):
        rows = exported(client, reverse("register:export", args=[file_format]), {}, file_format)
        assert rows[1][0] == "Robin Fairley"
        assert rows[1][rows[0].index("Trainer")] == "Pat Trainer"


@pytest.mark.parametrize(
    ("stored", "exported"),
    [
        ("\x0b=1+1", "'=1+1"),  # a control character cannot hide a formula
        ("Line one\nline two", "Line one\nline two"),  # line breaks are text, kept
        ("\tTab", "'\tTab"),
        ("Plain", "Plain"),
        (42, 42),
    ],
)
def test_one_sanitiser_removes_control_characters_and_then_neutralises_formulas(stored, exported):
    assert neutralise(stored) == exported


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_an_export_that_fails_part_way_marks_nothing_exported(finance, monkeypatch, file_format):
    charges = [late_cancellation() for _ in range(3)]
    written = []

    real = finance_exports.charge_row

    def fails_on_the_third(values, session_days):
        written.append(values[0])
        if len(written) == 3:
            raise RuntimeError("the disk filled up")
        return real(values, session_days)

    monkeypatch.setattr(finance_exports, "charge_row", fails_on_the_third)
    export = export_of(queued(finance, "post", reverse("finance:export"), {"format": file_format}))
    assert len(written) == 3
    export.refresh_from_db()
    assert export.status == "failed" and "the disk filled up" in export.error
    assert not ExportBatch.objects.exists()
    assert set(Charge.objects.values_list("status", flat=True)) == {ChargeStatus.PENDING}
    assert not ChargeEvent.objects.filter(action="exported").exists()

    monkeypatch.undo()
    queued(finance, "post", reverse("exports:retry", args=[export.pk]))
    export.refresh_from_db()
    assert export.status == "done"
    rows = stored_rows(download(finance, export), file_format)
    assert sorted(int(row[0]) for row in rows[1:]) == sorted(charge.pk for charge in charges)
