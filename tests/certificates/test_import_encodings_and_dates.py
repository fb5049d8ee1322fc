"""Lists arrive as Excel saves them: UTF-8 with or without a BOM, UTF-16 ("Unicode text"), or
Windows-1252 from an older Excel. Each is read; a file that is none of them gets a sentence
saying what to do, not a Python exception's name. Training dates are checked for sense."""

from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from certificates.models import Accreditation, AccreditationScheme
from lms.models import Role
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
TEXT = (
    "Name,Email,Organisation,Date trained,Trainer\n"
    "Zoë Brontë,zoe@example.org,Café Crèche,01/02/2023,Siân Ó Dálaigh\n"
)


@pytest.fixture
def trainer(client):
    user = UserFactory(roles=[Role.TRAINER])
    client.force_login(user)
    OrganisationFactory(name="Café Crèche")
    OrganisationFactory(name="Harbour Health Centre")
    return user


def upload(client, content: bytes, name="trained.csv"):
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    file = SimpleUploadedFile(name, content)
    return client.post(reverse("register:import"), {"scheme": scheme.pk, "file": file})


def confirm(client, preview):
    return client.post(
        reverse("register:import"), {"confirm": "1", "preview": preview.context["preview_token"]}
    )


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(TEXT.encode("utf-8-sig"), id="utf-8 with BOM"),
        pytest.param(TEXT.encode("cp1252"), id="windows-1252"),
        pytest.param(TEXT.encode("utf-16"), id="utf-16 with BOM"),
        pytest.param(b"\xff\xfe" + TEXT.encode("utf-16-le"), id="utf-16 LE BOM"),
        pytest.param(b"\xfe\xff" + TEXT.encode("utf-16-be"), id="utf-16 BE BOM"),
        pytest.param(TEXT.replace(",", "\t").encode("utf-16"), id="excel unicode text, tab separated"),
    ],
)
def test_each_encoding_excel_saves_is_read(client, trainer, content):
    preview = upload(client, content)
    html = preview.content.decode()
    assert "Check before saving" in html, html
    confirm(client, preview)
    saved = Accreditation.objects.get(holder_email="zoe@example.org")
    assert (saved.holder_name, saved.trainer_name) == ("Zoë Brontë", "Siân Ó Dálaigh")
    assert saved.organisation.name == "Café Crèche"


def test_a_file_in_no_known_encoding_says_what_to_do(client, trainer):
    content = TEXT.encode("cp1252").replace("ë".encode("cp1252"), b"\x81")  # 0x81 means nothing in 1252
    html = upload(client, content).content.decode()
    assert "UnicodeDecodeError" not in html
    assert "Save the file as CSV UTF-8" in html


HEADER = "Name,Email,Organisation,Date trained,Trainer\n"


@time_machine.travel(date(2026, 12, 3))
@pytest.mark.parametrize(
    ("trained", "message"),
    [
        ("01/01/0001", "the date trained, 01/01/0001, is before 01/01/2000"),
        ("31/12/1999", "the date trained, 31/12/1999, is before 01/01/2000"),
        ("04/12/2026", "the date trained, 04/12/2026, is in the future"),
    ],
)
def test_a_training_date_outside_2000_to_today_is_refused_saying_the_range(client, trainer, trained, message):
    html = upload(
        client, (HEADER + f"Old Timer,old@example.org,Harbour Health Centre,{trained},T\n").encode()
    ).content.decode()
    assert message in html
    assert "use a date from 01/01/2000 to today" in html
    assert "Check before saving" not in html


@time_machine.travel(date(2026, 12, 3))
@pytest.mark.parametrize("trained", ["01/01/2000", "03/12/2026"])
def test_the_ends_of_the_range_are_accepted(client, trainer, trained):
    html = upload(
        client, (HEADER + f"Edge Case,edge@example.org,Harbour Health Centre,{trained},T\n").encode()
    ).content.decode()
    assert "Check before saving" in html
