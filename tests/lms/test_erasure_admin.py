"""Administrators erase a named person on request from the admin's Users list, with a confirm
step; nobody else can, and the admin's own history records it under the pseudonym only."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.models import Role, User
from tests.factories import with_role
from tests.lms.privacy_data import person_with_everything

pytestmark = pytest.mark.django_db


def erase_url(user) -> str:
    return reverse("privacy_erase_person", args=[user.pk])


def test_an_administrator_confirms_and_the_person_is_erased(client):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    client.force_login(with_role(Role.ADMINISTRATOR))

    confirm = client.get(erase_url(amira.user))
    assert confirm.status_code == 200
    assert "Amira Quayle" in confirm.content.decode()
    assert "GCP2 Practitioner Training" not in confirm.content.decode()  # no open places to cancel

    response = client.post(erase_url(amira.user))

    assert response.status_code == 302
    user = User.objects.get(pk=amira.user.pk)
    assert user.full_name.startswith("Erased person ")
    entry = ModelLogEntry.objects.get(action="lms.erase_person")
    assert entry.label == user.full_name
    assert "Amira" not in str(entry.data)


def test_the_users_list_offers_erasure_to_administrators(client):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    client.force_login(with_role(Role.ADMINISTRATOR))
    html = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert erase_url(amira.user) in html


@pytest.mark.parametrize("role", [Role.TRAINER, Role.FINANCE, Role.EDITOR, Role.WORKSHOP_COORDINATOR])
def test_other_staff_cannot_erase_anyone(client, role):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    client.force_login(with_role(role))
    assert client.post(erase_url(amira.user)).status_code in (302, 403)  # Wagtail redirects a refusal
    assert User.objects.get(pk=amira.user.pk).full_name == "Amira Quayle"


def test_an_administrator_cannot_erase_themselves_here(client):
    admin = with_role(Role.ADMINISTRATOR)
    client.force_login(admin)
    assert client.post(erase_url(admin)).status_code in (302, 403)  # Wagtail redirects a refusal
    admin.refresh_from_db()
    assert admin.is_active
