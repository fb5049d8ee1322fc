"""Stored exports: the one way every spreadsheet leaves the site once it can be large.

A view asks for an export (`request_export`), which records it and queues `build_export`;
the person waits on a progress page and downloads the stored file when it is done. Each app
registers what its kinds of export contain (`register`), and its builder runs inside the one
transaction that also records the export finished: a builder that marks rows as exported (the
finance batch) commits that only with the file. If the builder raises, nothing it did is kept
and the export is recorded failed, in a transaction of its own, ready to try again. If the worker
dies, the progress page notices the lock it held has gone and records the failure then.

Files are written row by row to a temporary file (CSV through csv.writer, XLSX through
openpyxl's write-only mode), so memory stays flat however many rows there are.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.core.files import File
from django.db import connection, transaction
from django.http import FileResponse
from django.utils import timezone
from django_tasks import task

from lms.models import Export, ExportStatus
from lms.models.exports import MACHINE
from lms.spreadsheets import XLSX_TYPE

CHUNK_ROWS = 2000  # rows fetched per query while writing (QuerySet.iterator's chunk_size)
# Where the database cannot say whether a worker still holds an export (SQLite), one building
# for longer than this is taken to have died.
ABANDONED_AFTER = timedelta(hours=1)
ABANDONED = "The export stopped before it finished (the background worker running it ended). Try again."


@dataclass(frozen=True)
class Kind:
    """One kind of export: who may see it, and the builder that writes its file.

    `build(export, write)` writes the file by calling `write(header, rows)` once, inside the
    transaction that records the export finished, and returns a short note for the progress
    page (or ""). `shared`: everyone with the role sees every export of the kind (finance's
    batches); otherwise only the person who asked for it.
    """

    name: str
    title: str
    roles: tuple
    build: Callable
    back: str  # the URL name of the page the export was asked for from
    shared: bool = False


KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    KINDS[kind.name] = kind
    return kind


def kind_of(export: Export) -> Kind:
    return KINDS[export.kind]


def may_see(user, export: Export) -> bool:
    kind = KINDS.get(export.kind)
    if kind is None or not user.has_role(*kind.roles):
        return False
    return kind.shared or export.requested_by_id == user.pk


# Asking ------------------------------------------------------------------------------------


def request_export(
    kind: str, file_format: str, *, by_user, params: dict | None = None, filename: str
) -> Export:
    """Record the export and queue its build once the record is committed."""
    with transaction.atomic():
        export = Export.objects.create(
            kind=kind, file_format=file_format, params=params or {}, requested_by=by_user, filename=filename
        )
        MACHINE.record(export, "queued", actor=by_user, from_state="")
        _enqueue_after_commit(export)
    return export


@transaction.atomic
def retry(export: Export, *, by_user) -> Export:
    export = Export.objects.select_for_update().get(pk=export.pk)
    export.error = ""
    MACHINE.move(export, "retry", actor=by_user, started_at=None, finished_at=None, row_count=None)
    _enqueue_after_commit(export)
    return export


def _enqueue_after_commit(export: Export) -> None:
    transaction.on_commit(lambda: build_export.enqueue(export.pk))


# Building ----------------------------------------------------------------------------------


def build(export_id: int) -> None:
    """Build one export: what the `build_export` task runs."""
    with transaction.atomic():
        export = Export.objects.select_for_update().filter(pk=export_id).first()
        if export is None or export.status != ExportStatus.QUEUED:
            return  # built already, or taken by another worker
        MACHINE.move(export, "start", started_at=timezone.now())
    try:
        with transaction.atomic():
            # Held until this commits or rolls back: the progress page reads a building export it
            # can lock as one whose worker died.
            export = Export.objects.select_for_update().get(pk=export_id)
            if export.status != ExportStatus.BUILDING:
                return  # already recorded failed by a progress page that found no lock
            kind = kind_of(export)

            note = kind.build(export, lambda header, rows: write_file(export, header, rows))
            if not export.file:
                raise RuntimeError("The export wrote no file.")
            MACHINE.move(export, "finish", detail=note or "", finished_at=timezone.now())
    except Exception as error:
        if export.file.name:  # storage is not transactional: a file the rollback orphaned goes too
            export.file.storage.delete(export.file.name)
        _record_failure(export_id, f"{type(error).__name__}: {error}"[:2000])
        raise


def _record_failure(export_id: int, error: str) -> None:
    with transaction.atomic():
        export = Export.objects.select_for_update().get(pk=export_id)
        if export.status in (ExportStatus.QUEUED, ExportStatus.BUILDING):
            export.error = error  # `move` takes `error` as the exception to raise, so set it here
            MACHINE.move(export, "fail", detail=error, file="", row_count=None, finished_at=timezone.now())


def write_file(export: Export, header: list, rows: Iterable[list]) -> int:
    """Write the rows to a temporary file one at a time, then store it as the export's file.
    Returns the number of rows (not counting the header)."""
    with tempfile.TemporaryFile() as out:
        count = (
            _write_xlsx(out, header, rows) if export.file_format == "xlsx" else _write_csv(out, header, rows)
        )
        out.seek(0)
        export.row_count = count
        export.file.save(export.filename or f"export.{export.file_format}", File(out), save=False)
    return count


def _write_csv(out, header: list, rows: Iterable[list]) -> int:
    import io

    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow(header)
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
        text.flush()
    finally:
        text.detach()  # the temporary file is the caller's to close
    return count


def _write_xlsx(out, header: list, rows: Iterable[list]) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append(row)
        count += 1
    book.save(out)
    return count


# Watching and downloading ------------------------------------------------------------------


def notice_abandoned(export: Export) -> Export:
    """A building export whose worker has gone is recorded failed, so it can be tried again.
    PostgreSQL says so exactly: the worker holds the export's row lock for as long as it builds,
    so a lock we can take means nobody is building it. Elsewhere, one building for longer than
    ABANDONED_AFTER is taken as dead."""
    if export.status != ExportStatus.BUILDING:
        return export
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked:
            free = Export.objects.select_for_update(skip_locked=True).filter(pk=export.pk).first()
            if free is None:
                return export  # a worker holds it: still building
        else:
            free = Export.objects.get(pk=export.pk)
            if free.started_at and timezone.now() - free.started_at < ABANDONED_AFTER:
                return free
        if free.status == ExportStatus.BUILDING:
            free.error = ABANDONED
            MACHINE.move(free, "fail", detail=ABANDONED, finished_at=timezone.now())
        return free


def download_response(export: Export) -> FileResponse:
    """The stored file, streamed from storage in blocks."""
    content_type = XLSX_TYPE if export.file_format == "xlsx" else "text/csv; charset=utf-8"
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.filename or f"export-{export.pk}.{export.file_format}",
        content_type=content_type,
    )


@task()
def build_export(export_id: int) -> None:
    """Build a stored export in the background: the file, and whatever its kind records with it,
    in one transaction. A failure is recorded on the export, which can then be tried again.
    Defined here, beside what it runs, so this module and lms.tasks do not import each other."""
    build(export_id)
