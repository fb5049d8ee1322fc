"""Finance exports are built in the background into a stored file, and a charge is marked exported
only in the transaction that stores the file it is in: a failure part way, or a worker that dies,
leaves every charge pending and the export failed, ready to try again."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from bookings import exports as finance_exports
from bookings import services
from bookings.models import Booking, Charge, ChargeEvent, ChargeStatus, ExportBatch
from bookings.resources import ChargeResource, charges_for_export
from lms import exports
from lms.models import Export, ExportStatus, Organisation, Role
from lms.models.exports import PRIVATE_EXPORTS
from lms.spreadsheets import export_content
from tests.bookings.conftest import confirmed, make_session
from tests.factories import ProfileFactory, UserFactory, with_role
from tests.stored_exports import content_of, download, export_of, queued, rows_of

pytestmark = pytest.mark.django_db


def late_cancellation(name: str = "Sam Lee"):
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    user = ProfileFactory().user
    charge = services.cancel(confirmed(session, user), by_user=user)
    Booking.objects.filter(pk=charge.booking_id).update(full_name=name)
    return charge


@pytest.fixture
def finance(client):
    client.force_login(with_role(Role.FINANCE))
    return client


def hostile_charges():
    charges = [
        late_cancellation('=HYPERLINK("http://evil")'),
        late_cancellation("-Minus"),
        late_cancellation(),
    ]
    Organisation.objects.filter(pk=charges[0].organisation_id).update(name="@SUM(A1) Care")
    return charges


def stored_files() -> list[str]:
    found = []

    def walk(folder):
        if not default_storage.exists(folder):
            return
        folders, files = default_storage.listdir(folder)
        found.extend(f"{folder}/{name}" for name in files)
        for sub in folders:
            walk(f"{folder}/{sub}")

    walk(PRIVATE_EXPORTS)
    return found


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_stored_file_holds_what_the_old_export_wrote_for_the_same_charges(finance, file_format):
    hostile_charges()
    export = export_of(queued(finance, "post", reverse("finance:export"), {"format": file_format}))
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE and export.row_count == 3
    batch = ExportBatch.objects.get()
    assert list(batch.files.all()) == [export]
    assert export.filename == f"charges-batch-{batch.pk}.{file_format}"
    stored = content_of(download(finance, export))
    old = export_content(
        ChargeResource(), charges_for_export(Charge.objects.filter(export_batch=batch)), file_format
    )
    if file_format == "csv":
        assert list(csv.reader(io.StringIO(stored.decode()))) == list(csv.reader(io.StringIO(old.decode())))
    else:

        def cells(content):
            sheet = openpyxl.load_workbook(io.BytesIO(content)).active
            return [[cell.value for cell in row] for row in sheet.iter_rows()]

        assert cells(stored) == cells(old)
    rows = rows_of(download(finance, export), file_format)
    assert rows[0] == ChargeResource().get_export_headers()
    names = {row[rows[0].index("Practitioner")] for row in rows[1:]}
    assert names == {'\'=HYPERLINK("http://evil")', "'-Minus", "Sam Lee"}
    assert "'@SUM(A1) Care" in {row[rows[0].index("Organisation")] for row in rows[1:]}
    assert set(Charge.objects.values_list("status", flat=True)) == {ChargeStatus.EXPORTED}


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize("fails_after", [0, 2])
def test_a_failure_while_writing_marks_nothing_and_the_export_can_be_tried_again(
    finance, monkeypatch, file_format, fails_after
):
    charges = hostile_charges()
    real = finance_exports.charge_row
    written = []

    def charge_row(values, session_days):
        if len(written) == fails_after:
            raise OSError("No space left on device")
        written.append(values[0])
        return real(values, session_days)

    monkeypatch.setattr(finance_exports, "charge_row", charge_row)
    before = set(stored_files())  # the test run's media folder is shared by every test
    export = export_of(queued(finance, "post", reverse("finance:export"), {"format": file_format}))
    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED and "No space left on device" in export.error
    assert not export.file and export.row_count is None
    assert not ExportBatch.objects.exists()
    assert set(Charge.objects.values_list("status", flat=True)) == {ChargeStatus.PENDING}
    assert not ChargeEvent.objects.filter(action="exported").exists()
    assert set(stored_files()) == before
    page = finance.get(reverse("exports:progress", args=[export.pk])).content.decode()
    assert "No space left on device" in page and "Try again" in page
    assert 'http-equiv="refresh"' not in page

    monkeypatch.undo()
    assert queued(finance, "post", reverse("exports:retry", args=[export.pk])).status_code == 302
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE and export.row_count == 3
    assert {int(row[0]) for row in rows_of(download(finance, export), file_format)[1:]} == {
        c.pk for c in charges
    }
    assert list(export.events.values_list("action", flat=True)) == [
        "queued",
        "started",
        "failed",
        "queued",
        "started",
        "finished",
    ]


def test_a_file_stored_before_the_failure_is_removed_with_the_rollback(finance, monkeypatch):
    late_cancellation()
    real = exports.write_file
    before = set(stored_files())

    def stored_then_fails(export, header, rows):
        real(export, header, rows)
        assert set(stored_files()) > before, "the file was stored"
        raise RuntimeError("the database went away")

    monkeypatch.setattr(exports, "write_file", stored_then_fails)
    export = export_of(queued(finance, "post", reverse("finance:export"), {"format": "csv"}))
    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED
    assert set(stored_files()) == before
    assert Charge.objects.get().status == ChargeStatus.PENDING


def test_an_export_whose_worker_died_is_shown_failed_and_can_be_tried_again(finance):
    charge = late_cancellation()
    export = exports.request_export("charges", "csv", by_user=UserFactory(), filename="x.csv")  # never run
    Export.objects.filter(pk=export.pk).update(
        status=ExportStatus.BUILDING,
        started_at=timezone.now() - exports.ABANDONED_AFTER - timedelta(minutes=1),
    )
    page = finance.get(reverse("exports:progress", args=[export.pk])).content.decode()
    assert "The export stopped before it finished" in page and "Try again" in page
    export.refresh_from_db()
    assert export.status == ExportStatus.FAILED
    assert Charge.objects.get().status == ChargeStatus.PENDING
    queued(finance, "post", reverse("exports:retry", args=[export.pk]))
    export.refresh_from_db()
    assert export.status == ExportStatus.DONE
    assert Charge.objects.get().export_batch.files.get() == export
    assert charge.pk == int(rows_of(download(finance, export))[1][0])


def test_the_progress_page_refreshes_itself_until_the_file_is_ready(finance):
    late_cancellation()
    response = finance.post(reverse("finance:export"), {"format": "xlsx"})  # queued, not yet built
    export = export_of(response)
    page = finance.get(response["Location"]).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in page
    assert "Waiting to start" in page and reverse("exports:download", args=[export.pk]) not in page
    assert finance.get(reverse("exports:download", args=[export.pk])).status_code == 404

    exports.build(export.pk)
    page = finance.get(response["Location"]).content.decode()
    assert 'http-equiv="refresh"' not in page
    assert reverse("exports:download", args=[export.pk]) in page
    assert "Your file is ready" in page and "1 row" in page
    listing = finance.get(reverse("finance:charges")).content.decode()
    assert "Recent exports" in listing and reverse("exports:progress", args=[export.pk]) in listing


def test_no_new_charges_makes_no_export(finance):
    response = finance.post(reverse("finance:export"), {"format": "csv"}, follow=True)
    assert "There are no new charges to export." in response.content.decode()
    assert not Export.objects.exists()


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_batch_made_before_files_were_stored_gets_one_built_once_then_streamed(finance, file_format):
    late_cancellation()
    batch = services.export_pending(by_user=UserFactory())  # as every batch before this change
    url = reverse("finance:batch", args=[batch.pk, file_format])
    export = export_of(queued(finance, "get", url))
    export.refresh_from_db()
    assert export.kind == "charge-batch" and export.status == ExportStatus.DONE
    for _ in range(2):
        again = finance.get(url)
        assert again.status_code == 200 and again.streaming
        assert f'filename="charges-batch-{batch.pk}.{file_format}"' in again["Content-Disposition"]
        assert rows_of(again, file_format)[1][0] in (str(batch.charges.get().pk), batch.charges.get().pk)
    assert Export.objects.count() == 1


def test_a_batch_file_being_built_is_not_queued_twice(finance):
    late_cancellation()
    batch = services.export_pending(by_user=UserFactory())
    url = reverse("finance:batch", args=[batch.pk, "csv"])
    first, second = export_of(finance.get(url)), export_of(finance.get(url))  # neither built yet
    assert first == second


@pytest.mark.parametrize("role", [r for r in Role if r not in (Role.FINANCE, Role.ADMINISTRATOR)])
def test_only_finance_sees_finance_exports(client, role):
    late_cancellation()
    finance_client = client
    finance_client.force_login(with_role(Role.FINANCE))
    export = export_of(queued(finance_client, "post", reverse("finance:export"), {"format": "csv"}))
    batch = ExportBatch.objects.get()
    client.force_login(with_role(role))
    assert client.post(reverse("finance:export"), {"format": "csv"}).status_code == 403
    assert client.get(reverse("finance:batch", args=[batch.pk, "csv"])).status_code == 403
    for name in ("exports:progress", "exports:download"):
        assert client.get(reverse(name, args=[export.pk])).status_code == 403
    assert client.post(reverse("exports:retry", args=[export.pk])).status_code == 403


def test_every_finance_officer_sees_the_teams_exports_and_signed_out_visitors_sign_in(client):
    late_cancellation()
    client.force_login(with_role(Role.FINANCE))
    export = export_of(queued(client, "post", reverse("finance:export"), {"format": "csv"}))
    client.force_login(with_role(Role.FINANCE))  # a colleague
    assert client.get(reverse("exports:download", args=[export.pk])).status_code == 200
    client.logout()
    response = client.get(reverse("exports:download", args=[export.pk]))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
