"""What every spreadsheet export and import shares (django-import-export's formats): every cell
written passes one sanitiser, and uploads are read within bounds in one forgiving place."""

from dataclasses import dataclass

from lms.validators import ANY_CONTROL, FORMULA_STARTS, UNSAFE_CONTROL


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


# Imports: reading an upload within bounds ---------------------------------------------------
# A 5MB upload can still unpack to gigabytes or hold a million rows, so every limit is checked
# while reading, before anything grows: the zip's stated sizes before openpyxl opens it, then
# rows streamed one at a time (openpyxl's read-only mode; csv over a decoding stream), stopping
# at the first row past the limit.

MAX_UPLOAD_MEGABYTES = 5
MAX_ROWS = 5_000
MAX_CELL_CHARACTERS = 1_000
# Columns read from each row; the imports use six. A sheet may declare (or a row may reach) column
# XFD, 16,384 wide, and openpyxl pads every row to that width: 5,000 such rows took 750MB.
MAX_COLUMNS = 30
MAX_UNPACKED_MEGABYTES = 20  # far above what 5,000 rows need; a ceiling on what openpyxl reads
MAX_PART_RATIO = 100  # Excel's parts pack 5 to 20 times smaller; zip bombs 1,000 times or more
MAX_PARTS = 200
MAX_SHARED_STRINGS = 100_000  # 5,000 rows of 20 different texts; openpyxl loads them all first
SHOWN_ERRORS = 50
UPLOAD_LIMITS = f"at most {MAX_ROWS:,} rows and {MAX_UPLOAD_MEGABYTES}MB"
SAVE_AS_CSV_UTF8 = (
    "The file's characters could not be read. In Excel, choose File, Save As, pick "
    "'CSV UTF-8 (Comma delimited) (*.csv)' and upload that file. Save the file as CSV UTF-8 from "
    "other programs too, or as an Excel workbook (.xlsx)."
)
SAVE_AS_XLSX = (
    "The file could not be read as XLSX: open it in Excel, choose File, Save As, pick "
    "'Excel Workbook (*.xlsx)' and upload that file."
)


class UnreadableFile(Exception):
    """The whole file is refused; the message is a sentence the person can act on."""


@dataclass
class Sheet:
    """An upload's first non-blank row as headers, and its other non-blank rows with the row
    number the person sees in their spreadsheet (blank rows are left out, not renumbered)."""

    headers: list[str]
    rows: list[tuple[int, tuple]]


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


def check_upload(upload, max_megabytes: int = MAX_UPLOAD_MEGABYTES):
    """For a form's clean_<file>: a CSV or XLSX spreadsheet of sensible size, or a clear error."""
    from django import forms

    if not upload.name.lower().endswith((".csv", ".xlsx")):
        raise forms.ValidationError("The file must be a CSV or XLSX spreadsheet")
    if upload.size > max_megabytes * 1024 * 1024:
        raise forms.ValidationError(f"The file must be smaller than {max_megabytes}MB")
    return upload


def upload_format(upload) -> str:
    return upload.name.rsplit(".", 1)[-1].lower()


def read_sheet(upload, file_format: str) -> Sheet:
    """The upload's rows within every limit above, or UnreadableFile saying which was passed."""
    if file_format == "xlsx":
        return _within_limits(_xlsx_rows(upload))
    for encoding in _csv_encodings(_head(upload)):
        try:
            return _within_limits(_csv_rows(upload, encoding))
        except UnicodeDecodeError:
            continue  # read again from the start in the next likely encoding
    raise UnreadableFile(SAVE_AS_CSV_UTF8)


def _within_limits(numbered_rows) -> Sheet:
    headers = None
    rows = []
    for number, row in numbered_rows:
        values = row[:MAX_COLUMNS]
        if any(isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS for value in values):
            raise UnreadableFile(_too_long(number))
        if any(isinstance(value, str) and "\x00" in value for value in values):
            # PostgreSQL stores no NUL, in text or in the JSON a preview is kept as.
            raise UnreadableFile(
                f"Row {number} has a NUL character, which is not text. Save the file again from "
                "Excel as 'CSV UTF-8 (Comma delimited) (*.csv)' and upload that file."
            )
        if all(value is None or (isinstance(value, str) and not value.strip()) for value in values):
            continue
        if headers is None:
            headers = ["" if value is None else str(value).strip() for value in values]
            continue
        if len(rows) == MAX_ROWS:
            raise UnreadableFile(
                f"The file has more than {MAX_ROWS:,} rows. Split it into files of {MAX_ROWS:,} "
                "rows or fewer and upload each one."
            )
        rows.append((number, tuple(values)))
    return Sheet(headers=headers or [], rows=rows)


def _too_long(number: int) -> str:
    return (
        f"Row {number} has a cell longer than {MAX_CELL_CHARACTERS:,} characters. No column of "
        "this list needs that much: check the file is the right one."
    )


def _xlsx_rows(upload):
    import zipfile

    import openpyxl

    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            _check_unpacked_size(archive.infolist())
            _check_shared_strings(archive)
        upload.seek(0)
        book = openpyxl.load_workbook(upload, read_only=True, data_only=True)
    except UnreadableFile:
        raise
    except Exception as error:  # a damaged workbook fails in many ways inside openpyxl; all mean this
        raise UnreadableFile(SAVE_AS_XLSX) from error
    try:
        sheet = book.active
        sheet.reset_dimensions()  # the size the file declares is not to be trusted: read what is there
        yield from enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1)
    except Exception as error:
        raise UnreadableFile(SAVE_AS_XLSX) from error
    finally:
        book.close()


def _check_unpacked_size(parts) -> None:
    """Trust the zip's stated sizes: Python's zipfile never unpacks a part beyond the size its
    directory states (a part that lies fails its checksum instead), so these bound what openpyxl
    can read, and are known before a byte is unpacked."""
    refusal = (
        "The file unpacks to more than {what}, far more than a spreadsheet of "
        f"{MAX_ROWS:,} rows needs, so it was not opened. Save it again from Excel, or as CSV, "
        "and upload that file."
    )
    if len(parts) > MAX_PARTS:
        raise UnreadableFile(refusal.format(what=f"{MAX_PARTS} parts"))
    if sum(part.file_size for part in parts) > MAX_UNPACKED_MEGABYTES * 1024 * 1024:
        raise UnreadableFile(refusal.format(what=f"{MAX_UNPACKED_MEGABYTES}MB"))
    for part in parts:
        if part.file_size > 1024 * 1024 and part.file_size > MAX_PART_RATIO * max(part.compress_size, 1):
            raise UnreadableFile(refusal.format(what=f"{MAX_PART_RATIO} times its size"))


def _check_shared_strings(archive) -> None:
    """openpyxl reads the whole shared-strings table before the first row, and a short string
    costs far more as a Python object than in the file: 19MB of them took 130MB and 25 seconds.
    Count them first, streaming, at a few milliseconds a megabyte."""
    import re

    entry = re.compile(rb"<(?:\w+:)?si[\s/>]")
    for name in archive.namelist():
        if not name.lower().endswith("sharedstrings.xml"):
            continue
        count, carry = 0, b""
        with archive.open(name) as part:
            while chunk := part.read(1024 * 1024):
                # A tag cut by the chunk's end is counted with the next; none is counted twice.
                count += sum(1 for tag in entry.finditer(carry + chunk) if tag.end() > len(carry))
                carry = chunk[-16:]
                if count > MAX_SHARED_STRINGS:
                    raise UnreadableFile(
                        f"The file holds more than {MAX_SHARED_STRINGS:,} different texts, far more "
                        f"than a spreadsheet of {MAX_ROWS:,} rows needs, so it was not opened. Save "
                        "it again from Excel, or as CSV, and upload that file."
                    )


def _head(upload, size: int = 4096) -> bytes:
    upload.seek(0)
    return upload.read(size)


def _csv_encodings(head: bytes) -> list[str]:
    """The encodings to try, most likely first. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
    UTF-16 with a BOM ("Unicode Text"), or Windows-1252 ("CSV", on older Windows)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return ["utf-8-sig"]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ["utf-16"]  # the codec reads the BOM to choose little- or big-endian
    if b"\x00" in head:
        return []  # UTF-16 or UTF-32 without a BOM, or not text at all: nothing to guess from
    return ["utf-8", "cp1252"]


def _csv_rows(upload, encoding: str):
    import csv
    import io

    upload.seek(0)
    text = io.TextIOWrapper(upload, encoding=encoding, newline="")
    try:
        first_line = text.readline()
        # Excel's "Unicode Text" separates with tabs, and some European settings with semicolons.
        delimiter = max((",", "\t", ";"), key=first_line.count)
        text.seek(0)
        reader = csv.reader(text, delimiter=delimiter)
        number = 0
        try:
            for number, values in enumerate(reader, start=1):
                yield number, values
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise UnreadableFile(_too_long(number + 1)) from error
            raise UnreadableFile(
                f"Row {number + 1} could not be read as CSV. Save the file again from Excel as "
                "'CSV UTF-8 (Comma delimited) (*.csv)' and upload that file."
            ) from error
    finally:
        text.detach()  # the upload is Django's to close


class RowErrors:
    """Every row's problem is counted, but only the first SHOWN_ERRORS are kept to show: a file
    of thousands of bad rows gets a page that says how many, not a page that lists them all."""

    def __init__(self, shown: int = SHOWN_ERRORS):
        self.shown = shown
        self.kept: list[str] = []
        self.more = 0

    def append(self, message: str) -> None:
        if len(self.kept) < self.shown:
            self.kept.append(message)
        else:
            self.more += 1

    def __iter__(self):
        return iter(self.kept)

    def __len__(self) -> int:
        return len(self.kept) + self.more

    def __bool__(self) -> bool:
        return bool(self.kept)

    @property
    def more_sentence(self) -> str:
        if not self.more:
            return ""
        return f"and {self.more:,} more row{'s have' if self.more != 1 else ' has'} errors"


# Imports: the preview, confirmed once ---------------------------------------------------------

PREVIEW_MAX_AGE_SECONDS = 3600
PREVIEW_GONE = (
    "Nothing was saved: that preview has expired, was already saved, or a newer file was "
    "previewed since. Upload the file again and check the preview."
)


def stash_preview(user, kind: str, payload) -> str:
    """Keep a checked import until the person confirms it. The token goes in the confirm form,
    so confirming saves exactly the file that was previewed. One preview of each kind per
    person: a newer one replaces it. Expired previews, anyone's, go as a new one arrives."""
    import secrets
    from datetime import timedelta

    from django.db.models import Q
    from django.utils import timezone

    from lms.models import ImportPreview

    expired = timezone.now() - timedelta(seconds=PREVIEW_MAX_AGE_SECONDS)
    ImportPreview.objects.filter(Q(user=user, kind=kind) | Q(created_at__lt=expired)).delete()
    token = secrets.token_urlsafe(32)
    ImportPreview.objects.create(token=token, kind=kind, user=user, payload=payload)
    return token


def take_preview(user, kind: str, token: str):
    """The previewed payload, used up, or None when it was replaced, has expired, was taken
    already or never was. Call it inside the transaction that saves the import: the row lock
    makes a second confirm wait, then find nothing, so one preview saves once."""
    from datetime import timedelta

    from django.utils import timezone

    from lms.models import ImportPreview

    preview = (
        ImportPreview.objects.select_for_update().filter(user=user, kind=kind, token=token or "").first()
    )
    if preview is None:
        return None
    preview.delete()
    if preview.created_at < timezone.now() - timedelta(seconds=PREVIEW_MAX_AGE_SECONDS):
        return None
    return preview.payload


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
