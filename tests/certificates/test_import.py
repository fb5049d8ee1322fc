"""Importing the lists partnerships already keep: previewed, checked row by row, all or nothing,
matched to accounts by confirmed email or held until that person registers."""

import io
import re
from datetime import date, timedelta

import openpyxl
import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from certificates.models import Accreditation, AccreditationScheme, AccreditationStatus
from lms.models import LocalAuthority, Role, User
from tests.certificates.conftest import accredit
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
HEADER = "Name,Email,Organisation,Date trained,Trainer\n"


@pytest.fixture
def trainer(client):
    user = UserFactory(roles=[Role.TRAINER])
    client.force_login(user)
    return user


@pytest.fixture
def organisations():
    return OrganisationFactory(name="Harbour Health Centre"), OrganisationFactory(name="St Brigid's School")


def upload(client, text: str, name="trained.csv", content=None, scheme=None):
    file = SimpleUploadedFile(name, content if content is not None else text.encode())
    return client.post(reverse("register:import"), {"scheme": scheme or scheme_pk(), "file": file})


def confirm(client, preview):
    return client.post(
        reverse("register:import"), {"confirm": "1", "preview": preview.context["preview_token"] or ""}
    )


def scheme_pk():
    return AccreditationScheme.objects.get(name="GCP2 assessment lead").pk


def test_a_good_file_is_previewed_then_saved_matching_confirmed_accounts(client, trainer, organisations):
    member = UserFactory(email="ola.member@example.org", full_name="Ola Member")
    response = upload(
        client,
        HEADER
        + "Ola Member,OLA.member@example.org,harbour health centre,14/03/2023,Tessa Okafor\n"
        + "Pip Newcomer,pip.newcomer@example.org,St Brigid's School,2024-06-30,\n",
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Check before saving" in html
    assert "Matched to the account of Ola Member" in html and "Held until they register" in html
    assert not Accreditation.objects.filter(holder_email__in=["ola.member@example.org"]).exists()

    assert confirm(client, response).status_code == 302
    matched = Accreditation.objects.get(holder_email="ola.member@example.org")
    assert matched.holder == member and matched.granted_on == date(2023, 3, 14)
    assert matched.organisation == organisations[0] and matched.trainer_name == "Tessa Okafor"
    assert matched.source_type == "import" and matched.status == AccreditationStatus.ACTIVE
    assert list(matched.events.values_list("action", "actor")) == [("imported", trainer.pk)]
    held = Accreditation.objects.get(holder_email="pip.newcomer@example.org")
    assert held.holder is None and held.is_held


def test_an_xlsx_with_real_date_cells_imports(client, trainer, organisations):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Email", "Organisation", "Date trained", "Trainer"])
    sheet.append(["Rae Dunmore", "rae@example.org", "Harbour Health Centre", date(2022, 9, 5), "T. Okafor"])
    content = io.BytesIO()
    book.save(content)
    response = upload(client, "", name="list.xlsx", content=content.getvalue())
    assert "Check before saving" in response.content.decode()
    confirm(client, response)
    assert Accreditation.objects.get(holder_email="rae@example.org").granted_on == date(2022, 9, 5)


def test_every_bad_row_is_reported_and_nothing_is_saved(client, trainer, organisations):
    accredit("Already There", holder_email="already@example.org")
    before = Accreditation.objects.count()
    response = upload(
        client,
        HEADER
        + "Good Row,good@example.org,Harbour Health Centre,01/02/2023,T\n"
        + "Nowhere Person,nowhere@example.org,Imaginary Trust,01/02/2023,T\n"
        + "Bad Date,baddate@example.org,Harbour Health Centre,31/02/2023,T\n"
        + "Twice,twice@example.org,Harbour Health Centre,01/02/2023,T\n"
        + "Twice Again,TWICE@example.org,Harbour Health Centre,01/02/2023,T\n"
        + "Already There,already@example.org,Harbour Health Centre,01/02/2023,T\n"
        + ",not-an-email,Harbour Health Centre,01/01/2099,T\n",
    )
    html = response.content.decode()
    assert "The file was not imported" in html and "Nothing has been saved" in html
    assert "Row 3: there is no organisation called &#x27;Imaginary Trust&#x27;" in html
    assert "Row 4: &#x27;31/02/2023&#x27; is not a date: use DD/MM/YYYY." in html
    assert "Row 6: twice@example.org appears more than once in the file." in html
    assert "Row 7: already@example.org is already on the register for GCP2 assessment lead." in html
    assert "Row 8: the name is empty; &#x27;not-an-email&#x27; is not an email address" in html
    assert "is in the future" in html
    assert "Check before saving" not in html and response.context["preview_token"] is None
    assert confirm(client, response).status_code == 302
    assert Accreditation.objects.count() == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "list.csv",
            b"Name,Email\nA,a@example.org\n",
            "Missing: &#x27;Organisation&#x27;, &#x27;Date trained&#x27;",
        ),
        ("list.xlsx", b"this is not a spreadsheet", "The file could not be read as XLSX"),
        ("list.csv", HEADER.encode(), "The file has no rows."),
        ("list.pdf", b"%PDF", "The file must be a CSV or XLSX spreadsheet"),
    ],
)
def test_unusable_files_get_a_clear_message(client, trainer, name, content, message):
    response = upload(client, "", name=name, content=content)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_an_organisation_name_in_two_areas_needs_the_area_column(client, trainer):
    bedford = LocalAuthority.objects.get(slug="bedford-borough")
    OrganisationFactory(name="Twin Surgery")
    OrganisationFactory(name="Twin Surgery", local_authority=bedford)
    html = upload(client, HEADER + "Di Twin,di@example.org,Twin Surgery,01/02/2023,T\n").content.decode()
    assert "in more than one area: add an &#x27;Area&#x27; column" in html
    html = upload(
        client,
        "Name,Email,Organisation,Area,Date trained,Trainer\n"
        "Di Twin,di@example.org,Twin Surgery,Bedford Borough,01/02/2023,T\n",
    ).content.decode()
    assert "Check before saving" in html


def test_a_held_accreditation_joins_the_account_when_its_owner_confirms_that_email(
    client, trainer, organisations
):
    confirm(
        client,
        upload(client, HEADER + "Sol Later,sol.later@example.org,Harbour Health Centre,01/02/2023,T\n"),
    )
    held = Accreditation.objects.get(holder_email="sol.later@example.org")
    client.logout()
    mail.outbox.clear()
    signup = {
        "full_name": "Sol Later",
        "email": "Sol.Later@example.org",
        "password1": "a-long-unusual-passphrase",
        "password2": "a-long-unusual-passphrase",
    }
    assert client.post(reverse("account_signup"), signup).status_code == 302
    held.refresh_from_db()
    assert held.holder is None  # signing up with the address proves nothing until it is confirmed

    link = re.search(r"https?://[^/\s]+(/account/confirm-email/[^\s]+/)", mail.outbox[0].body).group(1)
    assert client.post(link).status_code == 302
    held.refresh_from_db()
    assert held.holder == User.objects.get(email__iexact="sol.later@example.org")
    assert held.events.last().action == "claimed"


def test_confirm_saves_the_file_previewed_in_this_tab_once(client, trainer, organisations):
    assert client.post(reverse("register:import"), {"confirm": "1"}).status_code == 302  # no preview
    other_scheme = AccreditationScheme.objects.create(name="Other scheme")
    tab_one = upload(client, HEADER + "First Tab,first@example.org,Harbour Health Centre,01/02/2023,T\n")
    tab_two = upload(
        client,
        HEADER + "Second Tab,second@example.org,Harbour Health Centre,01/02/2023,T\n",
        scheme=other_scheme.pk,
    )
    response = confirm(client, tab_one)  # replaced by the preview in the other tab
    assert response.status_code == 302
    assert not Accreditation.objects.filter(
        holder_email__in=["first@example.org", "second@example.org"]
    ).exists()
    confirm(client, tab_two)
    confirm(client, tab_two)  # a double click
    saved = Accreditation.objects.get(holder_email="second@example.org")
    assert saved.scheme == other_scheme


def test_a_preview_left_for_over_an_hour_saves_nothing(client, trainer, organisations):
    preview = upload(client, HEADER + "Slow Coach,slow@example.org,Harbour Health Centre,01/02/2023,T\n")
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        confirm(client, preview)
    assert not Accreditation.objects.filter(holder_email="slow@example.org").exists()


def test_a_matched_account_with_another_name_is_flagged_in_the_preview(client, trainer, organisations):
    UserFactory(email="typo@example.org", full_name="Someone Else Entirely")
    html = upload(
        client, HEADER + "Tilly Typo,typo@example.org,Harbour Health Centre,01/02/2023,T\n"
    ).content.decode()
    assert "Matched to the account of Someone Else Entirely" in html
    assert "not the name in the file" in html
