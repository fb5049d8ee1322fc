"""Finance's stored exports (lms.exports): new charges put in a batch, and a past batch's file.

"charges" marks every pending charge exported in a new batch inside the transaction that
stores the file and records the export finished, so a charge is never recorded as sent to
finance in a file that finance never got. "charge-batch" writes the file of a batch made
before files were stored (or in the other format)."""

from bookings.models import Charge, ExportBatch
from bookings.resources import ChargeResource, charges_for_export
from lms import exports
from lms.models import Role


def batch_rows(batch: ExportBatch):
    """The batch's rows exactly as the export has always written them: ChargeResource's columns,
    every cell through lms.spreadsheets.neutralise, read in chunks rather than all at once."""
    resource = ChargeResource()
    charges = charges_for_export(Charge.objects.filter(export_batch=batch))
    return resource.get_export_headers(), (
        resource.export_row(charge) for charge in charges.iterator(chunk_size=exports.CHUNK_ROWS)
    )


def batch_filename(batch: ExportBatch, file_format: str) -> str:
    return f"charges-batch-{batch.pk}.{file_format}"


def build_new_charges(export, write) -> str:
    from bookings.services import export_pending

    batch = export_pending(by_user=export.requested_by)  # locks the pending charges until commit
    if batch is None:
        export.filename = f"no-new-charges.{export.file_format}"
        write(ChargeResource().get_export_headers(), [])
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
