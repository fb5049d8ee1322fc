"""Charges: raised by a late cancellation or a no-show, waived with a reason, exported to finance
in batches so each is billed once, and invoiced with the reference finance sends back."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from bookings.models import (
    Booking,
    BookingStatus,
    Charge,
    ChargeEvent,
    ChargeReason,
    ChargeStatus,
    ExportBatch,
)
from bookings.models.bookings import BookingError
from bookings.models.charges import MACHINE as CHARGE
from bookings.resources import ChargeResource, charges_for_export
from bookings.services.common import event, notify
from lms.spreadsheets import UnreadableFile, cell_problem, export_content, read_dataset


def charge_if_cancelled_now(booking: Booking, at=None) -> Decimal | None:
    """What cancelling now would cost: shown before the person confirms."""
    if booking.status == BookingStatus.CONFIRMED and booking.session.in_charge_window(at):
        return booking.session.course.charge_amount
    return None


def raise_charge(booking: Booking, reason: ChargeReason) -> Charge | None:
    course = booking.session.course
    if not course.charges_apply or Charge.objects.filter(booking=booking).exists():
        return None
    charge = Charge.objects.create(
        booking=booking,
        amount=course.charge_amount,
        reason=reason,
        organisation=booking.organisation,
        organisation_is_council=booking.organisation.is_council,
    )
    detail = f"£{charge.amount}, {charge.get_reason_display().lower()}"
    CHARGE.record(charge, "raised", from_state="", detail=detail)
    event(booking, "charge raised", detail=detail)
    notify(booking, "charge_raised")
    return charge


def reinstate(charge: Charge, *, by_user) -> Charge:
    """Marked absent again after a correction: the non-attendance charge stands again, to be
    exported afresh."""
    CHARGE.move(
        charge,
        "reinstate",
        actor=by_user,
        error=BookingError,
        waived_reason="",
        waived_by=None,
        waived_at=None,
        export_batch=None,
    )
    event(charge.booking, "charge reinstated", actor=by_user)
    return charge


@transaction.atomic
def waive(charge: Charge, *, by_user, reason: str) -> Charge:
    charge = Charge.objects.select_for_update().select_related("booking").get(pk=charge.pk)
    CHARGE.move(
        charge,
        "waive",
        actor=by_user,
        detail=reason,
        error=BookingError,
        waived_reason=reason.strip(),
        waived_by=by_user,
        waived_at=timezone.now(),
    )
    event(charge.booking, "charge waived", actor=by_user, detail=charge.waived_reason)
    return charge


# Finance: export batches and invoice references coming back --------------------------------


@transaction.atomic
def export_pending(*, by_user) -> ExportBatch | None:
    """Put every pending charge in a new batch and mark it exported, so the next export holds
    only charges raised since; nothing is billed twice. One UPDATE and one INSERT for the whole
    batch (an export can hold thousands): the query picks exactly the charges the table lets
    "export" move, and each gets the event `move` would have written."""
    export = CHARGE.table["export"]
    pending = list(Charge.objects.select_for_update().pending().values_list("pk", flat=True))
    if not pending:
        return None
    batch = ExportBatch.objects.create(created_by=by_user)
    Charge.objects.filter(pk__in=pending).update(status=export.target, export_batch=batch)
    ChargeEvent.objects.bulk_create(
        [
            ChargeEvent(
                charge_id=pk,
                at=batch.created_at,
                actor=by_user,
                actor_email=getattr(by_user, "email", "") or "",
                action=export.event_action,
                from_state=ChargeStatus.PENDING,
                to_state=export.target,
                detail=f"Exported in batch {batch.pk}.",
            )
            for pk in pending
        ],
        batch_size=1000,
    )
    return batch


@transaction.atomic
def export_pending_file(*, by_user, file_format: str) -> tuple[ExportBatch, bytes] | None:
    """The new batch and its file, written inside the transaction that marks its charges
    exported. If the file cannot be written, nothing is marked exported and no batch exists:
    a charge is never recorded as sent to finance in a file that finance never got."""
    batch = export_pending(by_user=by_user)
    if batch is None:
        return None
    charges = charges_for_export(Charge.objects.filter(export_batch=batch))
    return batch, export_content(ChargeResource(), charges, file_format)


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
        if problem := cell_problem("the invoice reference", invoice):
            result.errors.append(f"Row {number}: {problem}.")
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
def save_invoice_references(rows: list[tuple[int, str]], *, by_user=None) -> int:
    """Record each invoice reference. A reference that replaces another keeps both in the
    charge's history; the same reference again changes nothing."""
    charges = Charge.objects.select_for_update().filter(
        pk__in=[pk for pk, _ in rows], status__in=[ChargeStatus.EXPORTED, ChargeStatus.INVOICED]
    )
    by_pk = {charge.pk: charge for charge in charges}
    for pk, invoice in rows:
        charge = by_pk.get(pk)
        if charge is None or (charge.status == ChargeStatus.INVOICED and charge.invoice_reference == invoice):
            continue
        old = charge.invoice_reference
        detail = (
            f"Invoice reference changed from {old} to {invoice}." if old else f"Invoice reference {invoice}."
        )
        CHARGE.move(
            charge, "invoice", actor=by_user, detail=detail, error=BookingError, invoice_reference=invoice
        )
    return len(rows)
