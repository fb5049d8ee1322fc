"""Confirming an import checks it again: if the register or an account changed since the
preview, nothing is saved and the rows come back, checked afresh, with the reason."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from certificates.models import Accreditation, AccreditationScheme
from lms.models import Role
from tests.certificates.conftest import accredit
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db
LIST = (
    "Name,Email,Organisation,Date trained,Trainer\n"
    "Ann Early,ann.early@example.org,Harbour Health Centre,01/02/2023,T\n"
    "Ben Later,ben.later@example.org,Harbour Health Centre,01/02/2023,T\n"
)


@pytest.fixture
def trainer(client):
    user = UserFactory(roles=[Role.TRAINER])
    client.force_login(user)
    OrganisationFactory(name="Harbour Health Centre")
    return user


def preview(client):
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    file = SimpleUploadedFile("list.csv", LIST.encode())
    return client.post(reverse("register:import"), {"scheme": scheme.pk, "file": file})


def confirm(client, token: str):
    return client.post(reverse("register:import"), {"confirm": "1", "preview": token}, follow=True)


def token_in(html: str) -> str:
    return re.search(r'name="preview" value="([^"]+)"', html).group(1)


def test_someone_added_to_the_register_since_the_preview_saves_nobody(client, trainer):
    previewed = preview(client)
    accredit("Ben Later", holder_email="ben.later@example.org")  # by another trainer, meanwhile

    response = confirm(client, previewed.context["preview_token"])
    html = response.content.decode()
    assert response.status_code == 409
    assert "The register changed since the preview, so nothing was saved." in html
    assert "Row 3: ben.later@example.org is already on the register" in html
    assert not Accreditation.objects.filter(holder_email="ann.early@example.org").exists()


def test_an_account_confirmed_since_the_preview_is_shown_before_it_is_saved(client, trainer):
    previewed = preview(client)
    assert "Held until they register" in previewed.content.decode()
    ann = UserFactory(email="ann.early@example.org", full_name="Ann Early")
    EmailAddress.objects.update_or_create(
        user=ann, email="ann.early@example.org", defaults={"verified": True, "primary": True}
    )

    html = confirm(client, previewed.context["preview_token"]).content.decode()
    assert "Some rows changed since the preview" in html
    assert "Matched to the account of Ann Early" in html
    assert not Accreditation.objects.filter(holder_email="ann.early@example.org").exists()

    confirm(client, token_in(html))
    assert Accreditation.objects.get(holder_email="ann.early@example.org").holder == ann
    assert Accreditation.objects.get(holder_email="ben.later@example.org").holder is None
