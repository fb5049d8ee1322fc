"""Finance: the charges list, exports in batches, formula neutralising, invoice references, waivers."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from bookings import services
from bookings.models import Charge, ChargeStatus, ExportBatch
from bookings.resources import neutralise
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session
from tests.factories import OrganisationFactory, ProfileFactory, practitioner, with_role
from tests.stored_exports import content_of, exported, queued

pytestmark = pytest.mark.django_db


def late_cancellation(organisation=None):
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    user = ProfileFactory(**({"organisation": organisation} if organisation else {})).user
    booking = confirmed(session, user)
    return services.cancel(booking, by_user=user)


@pytest.fixture
def finance(client):
    client.force_login(with_role(Role.FINANCE))
    return client


def rows_of(response):
    return list(csv.reader(io.StringIO(content_of(response).decode(), newline="")))


def batch_file(finance, batch, file_format: str):
    """A past batch's stored file: built on the first request if it has none in this format."""
    url = reverse("finance:batch", args=[batch.pk, file_format])
    first = queued(finance, "get", url)
    return first if first.status_code == 200 else finance.get(url)


def test_an_export_holds_only_new_charges_and_marks_them_exported(finance):
    first = late_cancellation()
    rows = exported(finance, reverse("finance:export"), {"format": "csv"})
    assert rows[0][0] == "Charge reference"
    assert [row[0] for row in rows[1:]] == [str(first.pk)]
    assert rows[1][rows[0].index("Amount (GBP)")] == "105.00"
    first.refresh_from_db()
    assert first.status == ChargeStatus.EXPORTED

    second = late_cancellation()
    rows = exported(finance, reverse("finance:export"), {"format": "csv"})
    assert [row[0] for row in rows[1:]] == [str(second.pk)]  # never billed twice

    response = finance.post(reverse("finance:export"), {"format": "csv"}, follow=True)
    assert "There are no new charges to export." in response.content.decode()


def test_a_past_batch_can_be_downloaded_again_as_csv_and_xlsx(finance):
    charge = late_cancellation()
    queued(finance, "post", reverse("finance:export"), {"format": "xlsx"})
    batch = ExportBatch.objects.get()
    rows = rows_of(batch_file(finance, batch, "csv"))
    assert rows[1][0] == str(charge.pk)
    workbook = load_workbook(io.BytesIO(content_of(batch_file(finance, batch, "xlsx"))))
    sheet = workbook.active
    assert sheet.cell(row=2, column=1).value in (charge.pk, str(charge.pk))


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"])
def test_every_export_neutralises_cells_a_spreadsheet_would_run(finance, dangerous):
    organisation = OrganisationFactory(name=dangerous + " Ltd", agency_type="other")
    late_cancellation(organisation)
    assert neutralise(dangerous) == "'" + dangerous
    rows = exported(finance, reverse("finance:export"), {"format": "csv"})
    cell = rows[1][rows[0].index("Organisation")]
    assert cell == "'" + dangerous + " Ltd"
    batch = ExportBatch.objects.get()
    sheet = load_workbook(io.BytesIO(content_of(batch_file(finance, batch, "xlsx")))).active
    headers = [c.value for c in sheet[1]]
    xlsx_cell = sheet.cell(row=2, column=headers.index("Organisation") + 1).value
    assert xlsx_cell == ("'" + dangerous + " Ltd").replace("\r", "\n")  # XML stores a CR as a line feed


def test_invoice_references_import_all_or_nothing(finance):
    one, two = late_cancellation(), late_cancellation()
    queued(finance, "post", reverse("finance:export"), {"format": "csv"})
    bad = f"Charge reference,Invoice reference\n{one.pk},INV-1\n999999,INV-2\n"
    response = finance.post(reverse("finance:import"), {"file": SimpleUploadedFile("refs.csv", bad.encode())})
    html = response.content.decode()
    assert "The file was not imported" in html and "Row 3: there is no charge 999999." in html
    assert not Charge.objects.filter(status=ChargeStatus.INVOICED).exists()

    good = f"Charge reference,Invoice reference\n{one.pk},INV-1\n{two.pk},INV-2\n"
    preview = finance.post(reverse("finance:import"), {"file": SimpleUploadedFile("refs.csv", good.encode())})
    assert "Check before saving" in preview.content.decode()
    assert not Charge.objects.filter(status=ChargeStatus.INVOICED).exists()  # preview saves nothing
    finance.post(reverse("finance:import"), {"confirm": "1", "preview": preview.context["preview_token"]})
    assert dict(Charge.objects.values_list("pk", "invoice_reference")) == {one.pk: "INV-1", two.pk: "INV-2"}
    assert set(Charge.objects.values_list("status", flat=True)) == {ChargeStatus.INVOICED}


def test_a_pending_charge_cannot_get_an_invoice_reference(finance):
    charge = late_cancellation()
    upload = SimpleUploadedFile(
        "refs.csv", f"Charge reference,Invoice reference\n{charge.pk},INV-9\n".encode()
    )
    html = finance.post(reverse("finance:import"), {"file": upload}).content.decode()
    assert f"Row 2: charge {charge.pk} is pending, not exported." in html


def test_waiving_from_the_list_needs_a_reason(finance):
    charge = late_cancellation()
    html = finance.post(reverse("finance:waive", args=[charge.pk]), {"reason": ""}).content.decode()
    assert "Enter a reason for waiving the charge" in html
    finance.post(reverse("finance:waive", args=[charge.pk]), {"reason": "Family emergency"})
    charge.refresh_from_db()
    assert (charge.status, charge.waived_reason) == (ChargeStatus.WAIVED, "Family emergency")
    assert charge.amount == Decimal("105.00")


@pytest.mark.parametrize("role", [Role.PRACTITIONER, Role.TRAINER, Role.MANAGER])
def test_only_finance_sees_charges(client, role):
    client.force_login(practitioner(user=with_role(role)))
    assert client.get(reverse("finance:charges")).status_code == 403
    assert client.post(reverse("finance:export"), {"format": "csv"}).status_code == 403


@pytest.mark.parametrize("extra", [1, 30])
def test_charges_list_queries_stay_flat(finance, django_assert_max_num_queries, extra):
    for _ in range(extra):
        late_cancellation()
    with django_assert_max_num_queries(14):
        response = finance.get(reverse("finance:charges"))
    assert response.content.decode().count("Late cancellation") >= extra


@pytest.mark.parametrize("reference", ["\u00b2", "99999999999999999999999", "-1"])
def test_odd_charge_references_are_row_errors_not_crashes(finance, reference):
    upload = SimpleUploadedFile(
        "refs.csv", f"Charge reference,Invoice reference\n{reference},INV-1\n".encode()
    )
    response = finance.post(reverse("finance:import"), {"file": upload})
    assert response.status_code == 200
    assert "is not a charge reference" in response.content.decode()
