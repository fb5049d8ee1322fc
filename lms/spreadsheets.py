"""What every spreadsheet export and import shares (django-import-export's formats): cells a
spreadsheet could run as formulas are neutralised, and uploads are read in one forgiving place."""

from import_export.formats.base_formats import CSV, XLSX

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = {"csv": CSV(), "xlsx": XLSX()}


class UnreadableFile(Exception):
    pass


def neutralise(value):
    """A leading apostrophe makes Excel and LibreOffice show the text instead of running it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
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
