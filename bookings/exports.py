"""Finance's stored exports (lms.exports): new charges put in a batch, and a past batch's file.

"charges" marks every pending charge exported in a new batch inside the transaction that
stores the file and records the export finished, so a charge is never recorded as sent to
finance in a file that finance never got. "charge-batch" writes the file of a batch made
before files were stored (or in the other format).

The rows are read as plain tuples of the twelve columns (one joined query, fetched in chunks)
and turned into cells here: building a model instance for the charge, its booking, session,
course and organisation and passing each through django-import-export's per-field export took
nearly all of the 38 s that 20,000 charges once took. bookings.resources.ChargeResource still
defines the same columns, and a test holds the two to the same file."""

from bookings.models import Charge, ChargeReason, ChargeStatus, ExportBatch
from lms import exports
from lms.formatting import on_partnership_clock
from lms.models import Role
from lms.spreadsheets import neutralise

HEADER = [
    "Charge reference",
    "Raised on",
    "Organisation",
    "Council (LBC)",
    "Practitioner",
    "Course",
    "Session date",
    "Reason",
    "Amount (GBP)",
    "Status",
    "Export batch",
    "Invoice reference",
]
COLUMNS = (
    "pk",
    "raised_at",
    "organisation__name",
    "organisation_is_council",
    "booking__full_name",
    "booking__session__course__title",
    "booking__session__starts_at",
    "reason",
    "amount",
    "status",
    "export_batch_id",
    "invoice_reference",
)
REASONS = dict(ChargeReason.choices)
STATUSES = dict(ChargeStatus.choices)


def _text(value) -> str:
    """A cell as django-import-export's default widget rendered it: None as ""."""
    return "" if value is None else str(value)


def charge_row(values: tuple, session_days: dict) -> list:
    """One charge's cells, each through lms.spreadsheets.neutralise. `session_days` remembers
    each session's date on the partnership's clock: a batch holds thousands of charges for a
    few hundred sessions."""
    (
        pk,
        raised_at,
        organisation,
        council,
        attendee,
        course,
        starts_at,
        reason,
        amount,
        status,
        batch,
        invoice,
    ) = values
    session_day = session_days.get(starts_at)
    if session_day is None:
        session_day = session_days[starts_at] = on_partnership_clock(starts_at).date().isoformat()
    return [
        neutralise(cell)
        for cell in (
            str(pk),
            on_partnership_clock(raised_at).date().isoformat(),
            _text(organisation),
            "Yes" if council else "No",
            _text(attendee),
            _text(course),
            session_day,
            str(REASONS.get(reason, reason)),
            f"{amount:.2f}",
            str(STATUSES.get(status, status)),
            _text(batch),
            _text(invoice),
        )
    ]


def batch_rows(batch: ExportBatch):
    """The batch's header and rows, in charge order, read in chunks rather than all at once."""
    charges = Charge.objects.filter(export_batch=batch).order_by("pk").values_list(*COLUMNS)
    session_days: dict = {}
    return HEADER, (
        charge_row(values, session_days) for values in charges.iterator(chunk_size=exports.CHUNK_ROWS)
    )


def batch_filename(batch: ExportBatch, file_format: str) -> str:
    return f"charges-batch-{batch.pk}.{file_format}"


def build_new_charges(export, write) -> str:
    from bookings.services import export_pending

    batch = export_pending(by_user=export.requested_by)  # locks the pending charges until commit
    if batch is None:
        export.filename = f"no-new-charges.{export.file_format}"
        write(HEADER, [])
        return "There were no new charges to export."
    export.params = {**export.params, "batch": batch.pk}
    export.filename = batch_filename(batch, export.file_format)
    write(*batch_rows(batch))
    batch.files.add(export)
    return f"Batch {batch.pk}."


def build_batch_file(export, write) -> str:
    batch = ExportBatch.objects.get(pk=export.params["batch"])
    export.filename = batch_filename(batch, export.file_format)
    write(*batch_rows(batch))
    batch.files.add(export)
    return f"Batch {batch.pk}."


NEW_CHARGES = exports.register(
    exports.Kind(
        name="charges",
        title="New charges",
        roles=(Role.FINANCE,),
        build=build_new_charges,
        back="finance:charges",
        shared=True,
    )
)
BATCH_FILE = exports.register(
    exports.Kind(
        name="charge-batch",
        title="Charges batch",
        roles=(Role.FINANCE,),
        build=build_batch_file,
        back="finance:charges",
        shared=True,
    )
)
