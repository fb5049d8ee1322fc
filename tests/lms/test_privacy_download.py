"""Download my data: everything held about a practitioner, as a ZIP of one JSON file and a CSV per
table, from My account, and never anything of anyone else's."""

import csv
import io
import json
import zipfile

import pytest
from django.urls import reverse

from tests.factories import TEST_PASSWORD, BookingFactory, UserFactory
from tests.lms.privacy_data import person_with_everything

pytestmark = pytest.mark.django_db

CATEGORIES = [
    "account",
    "email_addresses",
    "profile",
    "learning",
    "lessons_completed",
    "assessment_attempts",
    "assessment_answers",
    "module_completions",
    "bookings",
    "booking_events",
    "charges",
    "charge_events",
    "certificates",
    "certificate_events",
    "accreditations",
    "accreditation_events",
    "workshop_requests",
    "workshop_request_events",
]


def download(client, user):
    client.login(email=user.email, password=TEST_PASSWORD)
    response = client.get(reverse("privacy_download"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "no-store" in response["Cache-Control"]
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_zip_holds_every_category_of_the_persons_data_and_nothing_of_anyone_elses(client):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    person_with_everything("Ben Other", "ben@example.org")

    archive = download(client, amira.user)
    everything = json.loads(archive.read("my-data.json"))

    assert list(everything) == CATEGORIES
    for category in CATEGORIES:
        assert everything[category], f"{category} is empty"
        rows = list(csv.DictReader(io.StringIO(archive.read(f"{category}.csv").decode("utf-8-sig"))))
        assert len(rows) == len(everything[category]), category
    assert everything["account"][0]["full_name"] == "Amira Quayle"
    assert everything["profile"][0]["phone"] == "01632 960001"
    assert everything["learning"][0]["confidence_after"] == 4
    assert everything["assessment_answers"][0]["prompt"] == "A question Amira Quayle answered"
    assert everything["bookings"][0]["access_needs"] == "Step-free access for Amira Quayle"
    assert everything["charges"][0]["invoice_reference"] == "INV-amira@example.org"
    assert everything["certificates"][0]["title"] == "Certificate for Amira Quayle"
    assert everything["accreditation_events"][0]["action"] == "granted"
    assert everything["workshop_requests"][0]["organisation_name"] == "Club of Amira Quayle"

    every_file = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8-sig")
    assert "Ben Other" not in every_file
    assert "ben@example.org" not in every_file


def test_a_workshop_request_from_an_unverified_address_is_not_theirs_to_download(client):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    amira.user.emailaddress_set.update(verified=False)
    amira.user.emailaddress_set.create(email="amira.second@example.org", verified=True)

    everything = json.loads(download(client, amira.user).read("my-data.json"))

    assert everything["workshop_requests"] == []


def test_a_cell_that_a_spreadsheet_would_run_is_neutralised_in_the_csv(client):
    user = UserFactory(full_name="=HYPERLINK(1)")
    archive = download(client, user)
    row = next(csv.DictReader(io.StringIO(archive.read("account.csv").decode("utf-8-sig"))))
    assert row["full_name"] == "'=HYPERLINK(1)"
    assert json.loads(archive.read("my-data.json"))["account"][0]["full_name"] == "=HYPERLINK(1)"


def test_the_download_needs_a_signed_in_person(client):
    response = client.get(reverse("privacy_download"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_my_account_links_to_the_download(client):
    user = UserFactory()
    client.login(email=user.email, password=TEST_PASSWORD)
    html = client.get(reverse("dashboard")).content.decode()
    assert reverse("privacy_download") in html
    assert reverse("privacy_delete_account") in html


def test_the_download_takes_the_same_number_of_queries_however_much_is_held(
    client, django_assert_max_num_queries
):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    client.login(email=amira.user.email, password=TEST_PASSWORD)
    with django_assert_max_num_queries(60) as captured:
        b"".join(client.get(reverse("privacy_download")).streaming_content)
    few = len(captured.captured_queries)
    for n in range(3):
        person_with_everything(f"Extra {n}", f"extra{n}@example.org")
        BookingFactory(user=amira.user, cancelled=True)
    with django_assert_max_num_queries(few):
        b"".join(client.get(reverse("privacy_download")).streaming_content)
