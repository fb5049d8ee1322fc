"""Each import's time and peak memory on the worst files an outside test sent it, and on the
largest files it accepts (`make bench`). The bar is 100MB over the worker's resting size.

Each upload runs in a forked copy of this process, so its peak is its own: the child's high-
water mark (VmHWM) less its size when it began (VmRSS), after a warm-up import in the parent
has loaded openpyxl and the templates. That counts everything (Python, lxml, the allocator),
unlike tracemalloc, which would also slow the timings threefold. The child ends with os._exit,
so it never closes the parent's database connection; what it writes stays in the parent's
test transaction."""

import functools
import io
import json
import os
import struct
import time
import zipfile
import zlib
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from bench.charges import bulk_charges
from bench.proc import status
from bookings.models import ChargeStatus
from certificates.models import AccreditationScheme
from lms.models import Role
from tests.certificates.test_import_bounds import declared_wide_workbook
from tests.factories import OrganisationFactory, UserFactory, with_role

pytestmark = pytest.mark.django_db
LIMIT_MB = 100
MB = 1024 * 1024
SHEET_START = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_END = b"</sheetData></worksheet>"


# Measuring ----------------------------------------------------------------------------------


def measured(label: str, action) -> None:
    """Run `action` in a forked child; print its time, its peak over its start, and its answer."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        try:
            resting = status("VmRSS")
            started = time.perf_counter()
            answer = action()
            result = (time.perf_counter() - started, status("VmHWM") - resting, answer)
        except BaseException as error:  # whatever happened, the parent reports it
            result = (0.0, 0, f"failed: {error!r}")
        with os.fdopen(writer, "w") as pipe:
            json.dump(result, pipe)
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        elapsed, peak, answer = json.load(pipe)
    os.waitpid(pid, 0)
    verdict = "within" if peak < LIMIT_MB * MB else "OVER"
    print(f"\n{label}: {elapsed:.2f} s, peak +{peak / MB:.0f} MB ({verdict} {LIMIT_MB} MB)\n    -> {answer}")


def answer_of(response) -> str:
    """What the page told the person, in a line: the error, the preview, or where it went."""
    if response.status_code in (301, 302):
        return f"{response.status_code} to {response['Location']}"
    html = response.content.decode()
    for marker in ("govuk-error-summary__list", "govuk-error-summary__body", "govuk-table__caption"):
        if marker in html:
            text = html.split(marker, 1)[1].split(">", 1)[1]
            plain = " ".join(text.replace("<", " <").split())
            return f"{response.status_code}, {len(response.content) // 1024} KB page: {_strip(plain)[:200]}"
    return f"{response.status_code}, {len(response.content) // 1024} KB page"


def _strip(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", html).replace("&#x27;", "'")


# Building the files -------------------------------------------------------------------------


def small_workbook(rows) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    content = io.BytesIO()
    book.save(content)
    return content.getvalue()


def repacked(workbook: bytes, replacements: dict) -> bytes:
    """The workbook's parts with some replaced by (crc, size, raw deflate) triples, written as a
    plain zip by hand: zipfile cannot take data already compressed, and compressing gigabytes
    to build a bench file would take minutes."""
    parts = []
    source = zipfile.ZipFile(io.BytesIO(workbook))
    names = source.namelist() + [name for name in replacements if name not in source.namelist()]
    for name in names:
        if name in replacements:
            crc, size, deflated = replacements[name]
        else:
            crc, size, deflated = deflated_stream([source.read(name)])
        parts.append((name.encode(), crc, size, deflated))
    out, directory = io.BytesIO(), io.BytesIO()
    for name, crc, size, deflated in parts:
        offset = out.tell()
        fields = (20, 0, 8, 0, 0x21, crc, len(deflated), size, len(name), 0)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + name + deflated)
        directory.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, offset) + name)
    start, listing = out.tell(), directory.getvalue()
    out.write(listing)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(listing), start, 0))
    return out.getvalue()


def deflated_repeats(prefix: bytes, chunk: bytes, repeats: int, suffix: bytes):
    """prefix + chunk * repeats + suffix as (crc, size, raw deflate), compressing `chunk` once:
    after a full flush a deflate block refers to nothing before it, so the same bytes can be
    repeated. The CRC still needs every byte, which is fast."""

    def block(data, mode):
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(mode)

    crc = zlib.crc32(prefix)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    body = block(chunk, zlib.Z_FULL_FLUSH) * repeats
    deflated = block(prefix, zlib.Z_FULL_FLUSH) + body + block(suffix, zlib.Z_FINISH)
    return crc, len(prefix) + len(chunk) * repeats + len(suffix), deflated


def deflated_stream(pieces):
    compressor, crc, size, out = zlib.compressobj(6, zlib.DEFLATED, -15), 0, 0, []
    for piece in pieces:
        crc, size = zlib.crc32(piece, crc), size + len(piece)
        out.append(compressor.compress(piece))
    out.append(compressor.flush())
    return crc, size, b"".join(out)


def sheet_part(workbook: bytes) -> str:
    return next(n for n in zipfile.ZipFile(io.BytesIO(workbook)).namelist() if n.startswith("xl/worksheets/"))


REGISTER_HEADER = ["Name", "Email", "Organisation", "Date trained", "Trainer"]


@functools.cache
def one_cell_bomb(unpacked_mb: int) -> bytes:
    """The outside test's XLSX: one inline-string cell of `unpacked_mb` MB of "A"."""
    base = small_workbook([REGISTER_HEADER])
    bomb = deflated_repeats(
        SHEET_START + b'<row r="1"><c r="A1" t="inlineStr"><is><t>',
        b"A" * MB,
        unpacked_mb,
        b"</t></is></c></row>" + SHEET_END,
    )
    return repacked(base, {sheet_part(base): bomb})


def million_rows() -> bytes:
    """The outside test's 236KB XLSX: every one of Excel's 1,048,576 rows filled."""
    base = small_workbook([REGISTER_HEADER])

    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'  # numbered by position, as Excel allows
    return repacked(base, {sheet_part(base): deflated_repeats(SHEET_START, row * 1024, 1024, SHEET_END)})


def padded_strings(padding_bytes: int) -> bytes:
    """5,000 real rows whose cells point into a shared-strings table padded with short unique
    strings, which openpyxl would hold in memory whole before it reads a row."""
    base = small_workbook([REGISTER_HEADER])
    texts, cells = [], []
    for row in [REGISTER_HEADER] + [register_row(n) for n in range(5_000)]:
        refs = "".join(f'<c t="s"><v>{len(texts) + i}</v></c>' for i in range(len(row)))
        cells.append(f"<row>{refs}</row>".encode())
        texts.extend(row)
    real = "".join(f"<si><t>{text}</t></si>" for text in texts).encode()
    padding = b"".join(b"<si><t>s%07d</t></si>" % n for n in range(padding_bytes // 24))  # 24 bytes each
    namespace = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    book = zipfile.ZipFile(io.BytesIO(base))
    types = book.read("[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml" /></Types>',
    )
    rels = book.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml" Id="rId99" /></Relationships>',
    )
    return repacked(
        base,
        {
            sheet_part(base): deflated_stream([SHEET_START, *cells, SHEET_END]),
            "xl/sharedStrings.xml": deflated_stream([namespace, real, padding, b"</sst>"]),
            "[Content_Types].xml": deflated_stream([types]),
            "xl/_rels/workbook.xml.rels": deflated_stream([rels]),
        },
    )


def many_parts() -> tuple[bytes, int]:
    """A zip just under 5MB of tens of thousands of empty parts: the directory is the load."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        count = 0
        while out.tell() < 2 * MB:
            archive.writestr(f"p/{count}", b"")
            count += 1
    return out.getvalue(), count


def register_row(n: int) -> list:
    return [
        f"Person {n:05d} " + "n" * 130,
        f"person{n}@example.org",
        "Harbour Health Centre",
        "01/02/2023",
        "Trainer " + "t" * 140,
    ]


def csv_bytes(rows) -> bytes:
    return "\n".join(",".join(row) for row in rows).encode()


# The benches ----------------------------------------------------------------------------------


def test_register_import_memory_and_time():
    OrganisationFactory(name="Harbour Health Centre")
    client = Client()
    client.force_login(UserFactory(roles=[Role.TRAINER]))
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")

    def post(name: str, content: bytes):
        file = SimpleUploadedFile(name, content)
        return lambda: answer_of(client.post(reverse("register:import"), {"scheme": scheme.pk, "file": file}))

    post("warm.xlsx", small_workbook([REGISTER_HEADER, register_row(0)]))()  # load openpyxl, templates

    bomb = one_cell_bomb(4_000)
    measured(
        f"Register: XLSX of {len(bomb) // 1024} KB, one cell of 4,000 MB (zip bomb)", post("b.xlsx", bomb)
    )
    rows = million_rows()
    measured(f"Register: XLSX of {len(rows) // 1024} KB, 1,048,576 rows", post("m.xlsx", rows))
    parts, count = many_parts()
    measured(f"Register: zip of {len(parts) // 1024} KB, {count:,} empty parts", post("p.xlsx", parts))
    strings = padded_strings(16 * MB)
    measured(f"Register: XLSX of {len(strings) // 1024} KB, 16MB of short strings", post("s.xlsx", strings))
    strings = padded_strings(24 * 70_000)  # 95,000 strings in all: just within the limit
    measured(
        f"Register: XLSX of {len(strings) // 1024} KB, 95,000 strings, 5,000 rows", post("s.xlsx", strings)
    )
    wide = declared_wide_workbook(5_000)
    measured(
        f"Register: XLSX of {len(wide) // 1024} KB declaring 16,384 columns, 5,000 rows", post("w.xlsx", wide)
    )
    bad = csv_bytes([REGISTER_HEADER] + [["x", "y", "z", "0", ""]] * 570_000)
    measured(f"Register: CSV of {len(bad) // 1024} KB, 570,000 bad rows", post("bad.csv", bad))
    long_cells = csv_bytes([REGISTER_HEADER] + [["x" * 999, "bad", "y" * 999, "0", "z" * 999]] * 1_600)
    measured(f"Register: CSV of {len(long_cells) // 1024} KB, 999-character cells", post("l.csv", long_cells))
    utf16 = "\n".join("\t".join(row) for row in [REGISTER_HEADER] + [register_row(n) for n in range(5_000)])
    utf16_bytes = utf16.encode("utf-16")
    measured(
        f"Register: UTF-16 text of {len(utf16_bytes) // 1024} KB, 5,000 rows", post("u.csv", utf16_bytes)
    )

    good = small_workbook([REGISTER_HEADER] + [register_row(n) for n in range(5_000)])
    measured(f"Register: XLSX of {len(good) // 1024} KB, 5,000 good rows, preview", post("g.xlsx", good))

    def preview_then_confirm():
        file = SimpleUploadedFile("g.xlsx", good)
        token = client.post(reverse("register:import"), {"scheme": scheme.pk, "file": file}).context[
            "preview_token"
        ]
        started = time.perf_counter()
        response = client.post(reverse("register:import"), {"confirm": "1", "preview": token})
        return f"confirm alone {time.perf_counter() - started:.2f} s; " + answer_of(response)

    measured("Register: 5,000 good rows, preview and confirm", preview_then_confirm)


def test_invoice_import_memory_and_time():
    pks = bulk_charges(5_000, ChargeStatus.EXPORTED)
    client = Client()
    client.force_login(with_role(Role.FINANCE))

    def post(name: str, content: bytes):
        file = SimpleUploadedFile(name, content)
        return lambda: answer_of(client.post(reverse("finance:import"), {"file": file}))

    header = ["Charge reference", "Invoice reference"]
    post("warm.xlsx", small_workbook([header, [pks[0], "INV-0"]]))()

    bad = csv_bytes([header] + [["x", "INV-1"]] * 600_000)
    measured(f"Invoices: CSV of {len(bad) // 1024} KB, 600,000 bad rows", post("bad.csv", bad))
    bomb = one_cell_bomb(4_000)
    measured(
        f"Invoices: XLSX of {len(bomb) // 1024} KB, one cell of 4,000 MB (zip bomb)", post("b.xlsx", bomb)
    )
    good = small_workbook([header] + [[pk, f"INV-{date.today():%Y}-{pk:08d}"] for pk in pks])
    measured(f"Invoices: XLSX of {len(good) // 1024} KB, 5,000 good rows, preview", post("g.xlsx", good))

    def preview_then_confirm():
        file = SimpleUploadedFile("g.xlsx", good)
        token = client.post(reverse("finance:import"), {"file": file}).context["preview_token"]
        started = time.perf_counter()
        response = client.post(reverse("finance:import"), {"confirm": "1", "preview": token})
        return f"confirm alone {time.perf_counter() - started:.2f} s; " + answer_of(response)

    measured("Invoices: 5,000 good rows, preview and confirm", preview_then_confirm)
