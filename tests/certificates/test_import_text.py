"""An import cell is held to the same text rules as a form (lms.validators): a NUL byte, another
control character or a formula in a name stops the import at the preview, with its row, so
nothing reaches the database (PostgreSQL cannot store NUL) or a later export."""

from html import unescape

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


def csv_file(*rows) -> SimpleUploadedFile:
    lines = [",".join(HEADER)] + [",".join(row) for row in rows]
    return SimpleUploadedFile("trained.csv", ("\n".join(lines) + "\n").encode())


def post(client, file):
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    return client.post(reverse("register:import"), {"scheme": scheme.pk, "file": file})


@pytest.mark.parametrize(
    ("name", "trainer_name", "message"),
    [
        ("Ola\x00Member", "Tessa Okafor", "characters could not be read"),
        ("Ola Member", "Tessa\x0bOkafor", "Row 3: the trainer's name contains hidden control characters"),
        ('=HYPERLINK("http://evil.example")', "Tessa Okafor", "Row 3: the name starts with"),
        ("Ola Member", "@SUM(A1)", "Row 3: the trainer's name starts with"),
    ],
)
def test_a_bad_cell_stops_the_import_at_the_preview(client, trainer, name, trainer_name, message):
    good = ("Pip Newcomer", "pip@example.org", "Harbour Health Centre", "14/03/2023", "")
    bad = (name, "ola@example.org", "Harbour Health Centre", "14/03/2023", trainer_name)
    response = post(client, csv_file(good, bad))
    assert message in unescape(response.content.decode())
    assert response.context["preview_token"] is None  # nothing to confirm
    assert not Accreditation.objects.exists()
