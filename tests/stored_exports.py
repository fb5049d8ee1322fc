"""Helpers for tests of stored exports (lms.exports): ask for one as a person would, run the
build the request queued (tests use the immediate backend, which runs at commit), and read the
stored file through the download view."""

import csv
import io

import openpyxl
from django.test import TestCase
from django.urls import resolve, reverse

from lms.models import Export


def queued(client, method: str, url: str, data=None):
    """The response to the request, with whatever it queued built before returning."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return getattr(client, method)(url, data or {})


def export_of(response) -> Export:
    assert response.status_code == 302, response.status_code
    match = resolve(response["Location"])
    assert match.view_name == "exports:progress", response["Location"]
    return Export.objects.get(pk=match.kwargs["export_id"])


def download(client, export: Export):
    return client.get(reverse("exports:download", args=[export.pk]))


def content_of(response) -> bytes:
    if not response.streaming:
        return response.content
    # The test client closes a streamed response once it has been read. Closing it again here
    # would fire request_finished with close_old_connections connected, which closes
    # PostgreSQL's connection in the middle of the test's transaction.
    return b"".join(response.streaming_content)


def rows_of(response, file_format: str = "csv") -> list[list]:
    content = content_of(response)
    if file_format == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        return [[cell.value for cell in row] for row in sheet.iter_rows()]
    return list(csv.reader(io.StringIO(content.decode(), newline="")))


def exported(client, url: str, data=None, file_format: str = "csv") -> list[list]:
    """POST to an export button, build, download, and the file's rows."""
    export = export_of(queued(client, "post", url, data))
    export.refresh_from_db()
    assert export.status == "done", export.error
    return rows_of(download(client, export), file_format)
