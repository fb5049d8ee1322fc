"""Charges: raised by a late cancellation or a no-show, waived with a reason, exported to finance
in batches so each is billed once, and invoiced with the reference finance sends back."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from bookings.models import Booking, BookingStatus, Charge, ChargeReason, ChargeStatus, ExportBatch
from bookings.models.bookings import BookingError
from bookings.services.common import event, notify
from lms.spreadsheets import UnreadableFile, read_dataset

ATTENDANCE_CORRECTED = "Attendance corrected on the register."


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
    event(booking, "charge raised", detail=f"£{charge.amount}, {charge.get_reason_display().lower()}")
    notify(booking, "charge_raised")
    return charge


def reinstate(charge: Charge, *, by_user) -> Charge:
    """Marked absent again after a correction: the non-attendance charge stands again."""
    charge.status, charge.waived_reason, charge.waived_by, charge.waived_at = (
        ChargeStatus.PENDING,
        "",
        None,
        None,
    )
    charge.export_batch = None
    charge.save()
    event(charge.booking, "charge reinstated", actor=by_user)
    return charge


@transaction.atomic
def waive(charge: Charge, *, by_user, reason: str) -> Charge:
    if not reason.strip():
        raise BookingError("Give a reason for waiving the charge.")
    charge = Charge.objects.select_for_update().get(pk=charge.pk)
    if charge.status in (ChargeStatus.WAIVED, ChargeStatus.INVOICED):
        raise BookingError(f"This charge is {charge.get_status_display().lower()} and cannot be waived.")
    charge.status, charge.waived_reason = ChargeStatus.WAIVED, reason.strip()
    charge.waived_by, charge.waived_at = by_user, timezone.now()
    charge.save()
    event(charge.booking, "charge waived", actor=by_user, detail=charge.waived_reason)
    return charge


# Finance: export batches and invoice references coming back --------------------------------


@transaction.atomic
def export_pending(*, by_user) -> ExportBatch | None:
    """Put every pending charge in a new batch and mark it exported, so the next export holds
    only charges raised since; nothing is billed twice."""
    pending = list(Charge.objects.select_for_update().pending().values_list("pk", flat=True))
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
def save_invoice_references(rows: list[tuple[int, str]], *, by_user=None) -> int:
    for pk, invoice in rows:
        Charge.objects.filter(pk=pk, status__in=[ChargeStatus.EXPORTED, ChargeStatus.INVOICED]).update(
            invoice_reference=invoice, status=ChargeStatus.INVOICED
        )
    return len(rows)
