"""Charges: raised by a late cancellation or a no-show, waived with a reason, exported to finance
in batches so each is billed once, and invoiced with the reference finance sends back."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection, transaction
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
from bookings.services.common import event, notify
from lms.spreadsheets import RowErrors, UnreadableFile, cell_problem, read_sheet


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
    only charges raised since; nothing is billed twice. The pending charges are locked until the
    caller's transaction ends: lms.exports builds the batch's file and records it in that same
    transaction (bookings.exports), so a second export waits, then finds none of them pending.
    One UPDATE per thousand charges and one INSERT ... SELECT for all their events (an export
    can hold a hundred thousand; building an event object per charge took most of an export's
    time): the query picks exactly the charges the table lets "export" move, and each gets the
    event `move` would have written."""
    export = CHARGE.table["export"]
    pending = list(Charge.objects.select_for_update().pending().order_by("pk").values_list("pk", flat=True))
    if not pending:
        return None
    batch = ExportBatch.objects.create(created_by=by_user)
    for start in range(0, len(pending), EXPORT_CHUNK):
        chunk = pending[start : start + EXPORT_CHUNK]
        Charge.objects.filter(pk__in=chunk).update(status=export.target, export_batch=batch)
    _record_exported(batch, by_user, export)
    return batch


def _record_exported(batch: ExportBatch, by_user, export) -> None:
    """Each charge now in the batch gets its "exported" event, in charge order, in one statement."""
    event_table, charge_table = ChargeEvent._meta, Charge._meta
    quote = connection.ops.quote_name
    columns = ("charge", "at", "actor", "actor_email", "action", "from_state", "to_state", "detail")
    targets = ", ".join(quote(event_table.get_field(name).column) for name in columns)
    charge_pk = quote(charge_table.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(event_table.db_table)} ({targets}) "  # noqa: S608 - names from _meta
            f"SELECT {charge_pk}, %s, %s, %s, %s, %s, %s, %s FROM {quote(charge_table.db_table)} "
            f"WHERE {quote(charge_table.get_field('export_batch').column)} = %s ORDER BY {charge_pk}",
            [
                connection.ops.adapt_datetimefield_value(batch.created_at),
                getattr(by_user, "pk", None),
                getattr(by_user, "email", "") or "",
                export.event_action,
                ChargeStatus.PENDING,
                export.target,
                f"Exported in batch {batch.pk}.",
                batch.pk,
            ],
        )


EXPORT_CHUNK = 1000  # charges marked per UPDATE, within every database's limit on parameters


INVOICE_PREVIEW_KIND = "invoices"


@dataclass
class InvoiceImport:
    # Each row as the preview shows it: the file's row number, the charge, the new reference and
    # the charge's status and reference now, so an overwrite is shown before it happens.
    rows: list[dict] = field(default_factory=list)
    errors: RowErrors = field(default_factory=RowErrors)
    changed: str = ""  # at confirm: why nothing was saved and the preview is shown again
    saved: int = 0
    unchanged: int = 0

    @property
    def overwrites(self) -> list[dict]:
        return [row for row in self.rows if row["replaces"]]


def read_invoice_references(upload, file_format: str) -> InvoiceImport:
    """Check every row; the import is all or nothing, so one bad row stops it with its row number."""
    result = InvoiceImport()
    try:
        sheet = read_sheet(upload, file_format)
    except UnreadableFile as error:
        result.errors.append(str(error))
        return result
    headers = [str(h).strip() for h in sheet.headers]
    if "Charge reference" not in headers or "Invoice reference" not in headers:
        result.errors.append("The file needs the columns 'Charge reference' and 'Invoice reference'.")
        return result
    ref_col, invoice_col = headers.index("Charge reference"), headers.index("Invoice reference")
    seen = set()
    parsed = []
    for number, row in sheet.rows:
        reference = str(row[ref_col] if ref_col < len(row) and row[ref_col] is not None else "")
        invoice = str(row[invoice_col] if invoice_col < len(row) and row[invoice_col] is not None else "")
        reference, invoice = reference.strip().lstrip("'"), invoice.strip()
        if not reference.isdecimal() or not reference.isascii() or len(reference) > 12:
            result.errors.append(f"Row {number}: '{reference[:60]}' is not a charge reference.")
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
        parsed.append({"row": number, "charge": int(reference), "invoice": invoice})
    if not parsed and not result.errors:
        result.errors.append("The file has no rows.")
        return result
    checked = _checked_against_charges(
        parsed, Charge.objects.filter(pk__in=[row["charge"] for row in parsed])
    )
    for error in checked.errors:
        result.errors.append(error)
    result.rows = [] if result.errors else checked.rows
    return result


def _checked_against_charges(parsed: list[dict], charges) -> InvoiceImport:
    """Each row against its charge as it is now: there, exported or invoiced, and what reference
    it already has. Run at preview and again, under row locks, at confirm."""
    result = InvoiceImport()
    by_pk = {charge.pk: charge for charge in charges}
    for row in parsed:
        number, pk, invoice = row["row"], row["charge"], row["invoice"]
        charge = by_pk.get(pk)
        if charge is None:
            result.errors.append(f"Row {number}: there is no charge {pk}.")
        elif charge.status not in (ChargeStatus.EXPORTED, ChargeStatus.INVOICED):
            result.errors.append(
                f"Row {number}: charge {pk} is {charge.get_status_display().lower()}, not exported."
            )
        else:
            current = charge.invoice_reference
            result.rows.append(
                {
                    "row": number,
                    "charge": pk,
                    "invoice": invoice,
                    "status": charge.status,
                    "replaces": current if current and current != invoice else "",
                    "same": charge.status == ChargeStatus.INVOICED and current == invoice,
                }
            )
    if result.errors:
        result.rows = []
    return result


@transaction.atomic
def save_invoice_references(previewed: list[dict], *, by_user=None) -> InvoiceImport:
    """Record a previewed file's invoice references, all or nothing, inside the caller's
    transaction. The charges are locked and checked again: if any changed since the preview
    (waived, or given another reference), nothing is saved and the rows come back, checked
    afresh, with the reason."""
    locked = (
        Charge.objects.select_for_update().filter(pk__in=[row["charge"] for row in previewed]).order_by("pk")
    )
    charges = list(locked)
    again = _checked_against_charges(previewed, charges)
    if again.errors or again.rows != previewed:
        again.changed = (
            "Some charges changed since the preview, so nothing was saved. "
            + ("Check the rows below and save them again." if not again.errors else "")
        ).strip()
        return again
    by_pk = {charge.pk: charge for charge in charges}
    again.saved = _record_invoices(
        [(by_pk[row["charge"]], row["invoice"]) for row in previewed], by_user=by_user
    )
    again.unchanged = len(previewed) - again.saved
    return again


@transaction.atomic
def record_invoice_reference(charge: Charge, invoice: str, *, by_user=None) -> bool:
    """One charge's invoice reference, as finance sent it back; False when it already had it."""
    charge = Charge.objects.select_for_update().get(pk=charge.pk)
    return _record_invoices([(charge, invoice)], by_user=by_user) == 1


def _record_invoices(references: list[tuple[Charge, str]], *, by_user) -> int:
    """The one rule for locked charges and their new references: the same reference again
    changes nothing; a new one is recorded, and one that replaces another keeps both in the
    charge's history. Each change is checked by the charge machine's "invoice" transition and
    gets the event `move` would write, all inserted at once rather than one statement a row:
    an import holds up to 5,000 (export_pending does the same for exports)."""
    invoice = CHARGE.table["invoice"]
    at = timezone.now()
    changed, events = [], []
    for charge, reference in references:
        if charge.status == ChargeStatus.INVOICED and charge.invoice_reference == reference:
            continue
        CHARGE.check(charge, "invoice", at=at, user=by_user, error=BookingError)
        old, was = charge.invoice_reference, charge.status
        charge.status, charge.invoice_reference = invoice.target_for(charge), reference
        changed.append(charge)
        events.append(
            ChargeEvent(
                charge=charge,
                at=at,
                actor=by_user,
                actor_email=getattr(by_user, "email", "") or "",
                action=invoice.event_action,
                from_state=was,
                to_state=charge.status,
                detail=f"Invoice reference changed from {old} to {reference}."
                if old
                else f"Invoice reference {reference}.",
            )
        )
    for charge in changed:  # bulk_update's CASE over 5,000 rows took four times as long as this
        Charge.objects.filter(pk=charge.pk).update(
            status=charge.status, invoice_reference=charge.invoice_reference
        )
    ChargeEvent.objects.bulk_create(events, batch_size=1000)
    return len(changed)
