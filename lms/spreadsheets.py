"""What every spreadsheet export and import shares (django-import-export's formats): every cell
written passes one sanitiser, and uploads are read in one forgiving place."""

from import_export.formats.base_formats import CSV, XLSX

from lms.validators import ANY_CONTROL, FORMULA_STARTS, UNSAFE_CONTROL

FORMATS = {"csv": CSV(), "xlsx": XLSX()}


class UnreadableFile(Exception):
    pass


def neutralise(value):
    """The one sanitiser every export writes its cells through (ours, and Wagtail's admin
    exports through sanitise_wagtail_exports below). Control characters are removed: an XLSX file cannot
    hold most of them, and one stored before input was checked must not stop a download for
    good. Tab and line breaks stay; they are text. Then a leading apostrophe makes Excel and
    LibreOffice show a would-be formula as text instead of running it."""
    if not isinstance(value, str):
        return value
    value = UNSAFE_CONTROL.sub("", value)
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_dataset(dataset):
    neutral = type(dataset)(headers=dataset.headers)
    for row in dataset:
        neutral.append([neutralise(value) for value in row])
    return neutral


def read_dataset(upload, file_format: str):
    """The upload as a tablib Dataset with its first row as headers, or UnreadableFile."""
    try:
        content = upload.read()
        fmt = FORMATS[file_format]
        return fmt.create_dataset(content if fmt.is_binary() else content.decode("utf-8-sig"))
    except Exception as error:  # a spreadsheet library fails in many ways on a bad file; all mean this
        raise UnreadableFile(
            f"The file could not be read as {file_format.upper()}: {type(error).__name__}."
        ) from error


def cell_problem(what: str, value: str) -> str | None:
    """Why an import would refuse a one-line person cell (a name, a reference), in words for the
    row's error ("the name contains ..."), or None: the rules of lms.validators.PERSON_TEXT,
    which the same field refuses in a form, so a file cannot bring in what a person could not
    type. A NUL byte stopped here never reaches PostgreSQL, which cannot store it."""
    if ANY_CONTROL.search(value):
        return f"{what} contains hidden control characters, tabs or line breaks"
    if value.startswith(FORMULA_STARTS):
        return f"{what} starts with =, +, -, @ or a tab, as a spreadsheet formula does"
    return None


def check_upload(upload, max_megabytes: int = 5):
    """For a form's clean_<file>: a CSV or XLSX spreadsheet of sensible size, or a clear error."""
    from django import forms

    if not upload.name.lower().endswith((".csv", ".xlsx")):
        raise forms.ValidationError("The file must be a CSV or XLSX spreadsheet")
    if upload.size > max_megabytes * 1024 * 1024:
        raise forms.ValidationError(f"The file must be smaller than {max_megabytes}MB")
    return upload


def upload_format(upload) -> str:
    return upload.name.rsplit(".", 1)[-1].lower()


class _Echo:
    """A file-like object whose write returns the line, so csv.writer can feed a stream."""

    def write(self, value):
        return value


def streamed_csv(filename: str, header: list, rows):
    """A CSV download written row by row as it is sent, so 100,000 rows never sit in memory."""
    import csv

    from django.http import StreamingHttpResponse

    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_response(resource, queryset, file_format: str, filename: str):
    """A resource's rows as a download: CSV streamed, XLSX built whole (Excel needs the whole
    file). The resource neutralises every cell in export_row and export_dataset."""
    if file_format == "csv":
        rows = (resource.export_row(item) for item in queryset.iterator(chunk_size=2000))
        return streamed_csv(filename, resource.get_export_headers(), rows)
    return file_response(export_content(resource, queryset, "xlsx"), "xlsx", filename)


def export_content(resource, queryset, file_format: str) -> bytes:
    """A resource's rows as one whole file, for an export whose success must be known before
    anything is recorded as exported (the finance batch): a streamed CSV would fail after the
    response had begun."""
    content = resource.export_dataset(queryset).export(file_format)
    return content.encode("utf-8") if isinstance(content, str) else content


def file_response(content: bytes, file_format: str, filename: str):
    from django.http import HttpResponse

    content_type = XLSX_TYPE if file_format == "xlsx" else "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


PREVIEW_MAX_AGE = 3600  # seconds


def stash_preview(session, key: str, payload) -> str:
    """Keep a checked import until the person confirms it. The token goes in the confirm form,
    so confirming saves exactly the file that was previewed, not one previewed later in
    another tab."""
    import secrets
    import time

    token = secrets.token_urlsafe(16)
    session[key] = {"token": token, "at": time.time(), "payload": payload}
    return token


def take_preview(session, key: str, token: str):
    """The previewed payload, once, or None when it was replaced, has expired or never was."""
    import time

    from django.utils.crypto import constant_time_compare

    stored = session.get(key)
    if not stored or not constant_time_compare(stored["token"], token or ""):
        return None
    del session[key]
    if time.time() - stored["at"] > PREVIEW_MAX_AGE:
        return None
    return stored["payload"]


PREVIEW_GONE = (
    "Nothing was saved: that preview has expired or a newer file was previewed since. "
    "Upload the file again and check the preview."
)


def sanitise_wagtail_exports() -> None:
    """Wagtail's admin exports (site history and the other reports, any viewset with
    `list_export`) write cells through SpreadsheetExportMixin.preprocess_field_value, which in
    Wagtail 8 escapes nothing in CSV and lets a control character break the XLSX. Wagtail has
    no hook for it, so the one method every such export calls is wrapped, once, at start-up
    (lms.apps), to pass its result through `neutralise` as our own exports do."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(original(self, field, value, export_format))

    preprocess_field_value.neutralises = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
