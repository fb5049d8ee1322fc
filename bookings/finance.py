"""Finance's part of the charging rule: export batches and invoice references coming back."""

from dataclasses import dataclass, field

from django.db import transaction

from bookings.models import Charge, ChargeStatus, ExportBatch
from lms.spreadsheets import UnreadableFile, read_dataset


@transaction.atomic
def export_pending(*, by_user) -> ExportBatch | None:
    """Put every pending charge in a new batch and mark it exported, so the next export holds
    only charges raised since; nothing is billed twice."""
    pending = list(
        Charge.objects.select_for_update().filter(status=ChargeStatus.PENDING).values_list("pk", flat=True)
    )
    if not pending:
        return None
    batch = ExportBatch.objects.create(created_by=by_user)
    Charge.objects.filter(pk__in=pending).update(status=ChargeStatus.EXPORTED, export_batch=batch)
    return batch


@dataclass
class InvoiceImport:
    rows: list[tuple[int, str]] = field(default_factory=list)  # (charge pk, invoice reference)
    errors: list[str] = field(default_factory=list)


def read_invoice_references(upload, file_format: str) -> InvoiceImport:
    """Check every row; the import is all or nothing, so one bad row stops it with its row number."""
    result = InvoiceImport()
    try:
        dataset = read_dataset(upload, file_format)
    except UnreadableFile as error:
        result.errors.append(str(error))
        return result
    headers = [str(h).strip() for h in (dataset.headers or [])]
    if "Charge reference" not in headers or "Invoice reference" not in headers:
        result.errors.append("The file needs the columns 'Charge reference' and 'Invoice reference'.")
        return result
    ref_col, invoice_col = headers.index("Charge reference"), headers.index("Invoice reference")
    seen = set()
    parsed = []
    for number, row in enumerate(dataset, start=2):
        reference, invoice = str(row[ref_col] or "").strip().lstrip("'"), str(row[invoice_col] or "").strip()
        if not reference.isdecimal() or not reference.isascii() or len(reference) > 12:
            result.errors.append(f"Row {number}: '{reference}' is not a charge reference.")
            continue
        if not invoice:
            result.errors.append(f"Row {number}: the invoice reference is empty.")
            continue
        if len(invoice) > 60:
            result.errors.append(f"Row {number}: the invoice reference is longer than 60 characters.")
            continue
        if reference in seen:
            result.errors.append(f"Row {number}: charge {reference} appears twice.")
            continue
        seen.add(reference)
        parsed.append((number, int(reference), invoice))
    charges = {c.pk: c for c in Charge.objects.filter(pk__in=[pk for _, pk, _ in parsed])}
    for number, pk, invoice in parsed:
        charge = charges.get(pk)
        if charge is None:
            result.errors.append(f"Row {number}: there is no charge {pk}.")
        elif charge.status not in (ChargeStatus.EXPORTED, ChargeStatus.INVOICED):
            result.errors.append(
                f"Row {number}: charge {pk} is {charge.get_status_display().lower()}, not exported."
            )
        else:
            result.rows.append((pk, invoice))
    if not parsed and not result.errors:
        result.errors.append("The file has no rows.")
    return result


@transaction.atomic
def save_invoice_references(rows: list[tuple[int, str]]) -> int:
    for pk, invoice in rows:
        Charge.objects.filter(pk=pk, status__in=[ChargeStatus.EXPORTED, ChargeStatus.INVOICED]).update(
            invoice_reference=invoice, status=ChargeStatus.INVOICED
        )
    return len(rows)
