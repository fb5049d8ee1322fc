"""An upload is bounded before it is parsed: a zip bomb, a sheet of a million rows, a giant cell
or a file of endless bad rows each get a clear sentence quickly, never a worker's memory or a
500; and the sentences name the limits, so the person knows what to send instead."""

import io
import time
import zipfile

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from certificates.models import Accreditation, AccreditationScheme
from lms.models import Role
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
HEADER = ["Name", "Email", "Organisation", "Date trained", "Trainer"]


@pytest.fixture
def trainer(client):
    user = UserFactory(roles=[Role.TRAINER])
    client.force_login(user)
    OrganisationFactory(name="Harbour Health Centre")
    return user


def upload(client, name: str, content: bytes):
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    file = SimpleUploadedFile(name, content)
    return client.post(reverse("register:import"), {"scheme": scheme.pk, "file": file})


def xlsx(rows) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    content = io.BytesIO()
    book.save(content)
    return content.getvalue()


def with_member_replaced(content: bytes, member: str, replacement: bytes) -> bytes:
    """The same workbook with one part swapped, compressed as Excel would (deflate)."""
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = replacement if info.filename == member else source.read(info.filename)
            target.writestr(info.filename, data)
    return out.getvalue()


def good_row(n: int) -> list:
    return [f"Person {n}", f"person{n}@example.org", "Harbour Health Centre", "01/02/2023", "T"]


def test_an_xlsx_that_inflates_far_beyond_its_size_is_refused_quickly_without_being_read(client, trainer):
    small = xlsx([HEADER, good_row(1)])
    book = zipfile.ZipFile(io.BytesIO(small))
    sheet_name = next(name for name in book.namelist() if name.startswith("xl/worksheets/sheet"))
    one_giant_cell = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + b"A" * (200 * 1024 * 1024) + b"</t></is></c></row>"
        b"</sheetData></worksheet>"
    )
    bomb = with_member_replaced(small, sheet_name, one_giant_cell)
    assert len(bomb) < 1024 * 1024  # 200 MB of XML in under 1 MB: what a zip bomb is

    started = time.perf_counter()
    response = upload(client, "bomb.xlsx", bomb)
    elapsed = time.perf_counter() - started

    html = response.content.decode()
    assert response.status_code == 200
    assert "The file was not imported" in html
    assert "unpacks to more than 20MB" in html
    assert elapsed < 2
    assert not Accreditation.objects.filter(holder_email="person1@example.org").exists()


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_file_with_more_rows_than_the_limit_is_refused_naming_the_limit(client, trainer, file_format):
    rows = [HEADER] + [good_row(n) for n in range(5_001)]
    content = "\n".join(",".join(row) for row in rows).encode() if file_format == "csv" else xlsx(rows)
    html = upload(client, f"many.{file_format}", content).content.decode()
    assert "The file has more than 5,000 rows" in html
    assert "Check before saving" not in html


def test_the_form_states_the_row_limit(client, trainer):
    html = client.get(reverse("register:import")).content.decode()
    assert "at most 5,000 rows" in html


def test_the_limit_itself_is_accepted(client, trainer):
    rows = [HEADER] + [good_row(n) for n in range(5_000)]
    html = upload(client, "exactly.csv", "\n".join(",".join(row) for row in rows).encode()).content.decode()
    assert "5000 people ready to add" in html


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_cell_longer_than_the_limit_is_refused_with_its_row(client, trainer, file_format):
    rows = [
        HEADER,
        good_row(1),
        ["x" * 1_001, "long@example.org", "Harbour Health Centre", "01/02/2023", "T"],
    ]
    content = "\n".join(",".join(row) for row in rows).encode() if file_format == "csv" else xlsx(rows)
    html = upload(client, f"long.{file_format}", content).content.decode()
    assert "Row 3 has a cell longer than 1,000 characters" in html


def test_a_csv_cell_beyond_the_csv_modules_own_limit_gets_the_same_sentence(client, trainer):
    content = ",".join(HEADER) + "\n" + "y" * 200_000 + ",a@example.org,Harbour Health Centre,01/02/2023,T\n"
    html = upload(client, "huge-cell.csv", content.encode()).content.decode()
    assert "Row 2 has a cell longer than 1,000 characters" in html


def test_only_the_first_fifty_row_errors_are_listed_with_a_count_of_the_rest(client, trainer):
    bad = [[f"Bad {n}", "not-an-email", "Harbour Health Centre", "01/02/2023", "T"] for n in range(3_000)]
    rows = [HEADER, *bad]
    response = upload(client, "bad.csv", "\n".join(",".join(row) for row in rows).encode())
    html = response.content.decode()
    assert html.count("is not an email address") == 50
    assert "Row 51: " in html and "Row 52: " not in html
    assert "and 2,950 more rows have errors" in html
    assert len(response.content) < 100_000


def test_an_xlsx_with_a_huge_table_of_texts_is_refused_before_openpyxl_loads_it(client, trainer):
    small = xlsx([HEADER, good_row(1)])
    book = zipfile.ZipFile(io.BytesIO(small))
    strings = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"".join(b"<si><t>s%07d</t></si>" % n for n in range(100_001))
        + b"</sst>"
    )
    types = book.read("[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml" /></Types>',
    )
    padded = with_member_replaced(small, "[Content_Types].xml", types)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(padded)) as source,
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.writestr("xl/sharedStrings.xml", strings)

    html = upload(client, "texts.xlsx", out.getvalue()).content.decode()
    assert "The file holds more than 100,000 different texts" in html


def test_a_nul_character_in_a_csv_cell_is_refused_before_it_reaches_the_database(client, trainer):
    """PostgreSQL cannot store a NUL, in text or in the JSON the preview is kept as. (An XLSX
    cannot hold one: XML has no NUL.)"""
    nul = ["Nul\x00Name", "nul@example.org", "Harbour Health Centre", "01/02/2023", "T"]
    rows = [HEADER, *[good_row(n) for n in range(200)], nul]
    response = upload(client, "nul.csv", "\n".join(",".join(row) for row in rows).encode())
    assert response.status_code == 200
    assert "Row 202 has a NUL character" in response.content.decode()


def declared_wide_workbook(rows: int) -> bytes:
    """An XLSX whose sheet says it is 16,384 columns wide (A1:XFD) while each row has one cell:
    openpyxl's read-only mode pads every row to the declared width."""
    content = xlsx([["Name", "Email", "Organisation", "Date trained", "Trainer"]] + [["x"]] * (rows - 1))
    source = zipfile.ZipFile(io.BytesIO(content))
    sheet = next(n for n in source.namelist() if n.startswith("xl/worksheets/"))
    part = source.read(sheet).decode()
    if "<dimension" in part:
        start = part.index("<dimension")
        part = part[:start] + part[part.index("/>", start) + 2 :]
    part = part.replace("<sheetData", f'<dimension ref="A1:XFD{rows}"/><sheetData', 1)
    return with_member_replaced(content, sheet, part.encode())


def test_a_sheet_declaring_thousands_of_columns_is_read_at_the_width_the_import_needs():
    from lms.spreadsheets import MAX_COLUMNS, read_sheet

    sheet = read_sheet(SimpleUploadedFile("wide.xlsx", declared_wide_workbook(200)), "xlsx")
    assert len(sheet.rows) == 199
    assert max(len(values) for _, values in sheet.rows) <= MAX_COLUMNS
    assert len(sheet.headers) <= MAX_COLUMNS


def test_a_csv_row_of_thousands_of_columns_is_read_at_the_width_the_import_needs():
    from lms.spreadsheets import MAX_COLUMNS, read_sheet

    content = b"Name,Email\n" + b"x" + b"," * 20_000 + b"\n"
    sheet = read_sheet(SimpleUploadedFile("wide.csv", content), "csv")
    assert [len(values) for _, values in sheet.rows] == [MAX_COLUMNS]
