"""The register's export is a stored file only the person who asked for it can see or download."""

import pytest
from django.urls import reverse

from certificates.permissions import REGISTER_READERS
from lms.models import Role
from tests.certificates.conftest import accredit, signed_in
from tests.stored_exports import download, export_of, queued, rows_of

pytestmark = pytest.mark.django_db


def test_a_register_export_is_the_askers_alone(client):
    accredit("Robin Fairley")
    signed_in(client, Role.MANAGER)
    export = export_of(
        queued(client, "post", reverse("register:export", args=["csv"]), {"query": "name=robin"})
    )
    assert export.params == {"query": "name=robin"}
    assert rows_of(download(client, export))[1][0] == "Robin Fairley"
    assert "Robin Fairley" not in client.get(reverse("exports:progress", args=[export.pk])).content.decode()
    for other in REGISTER_READERS:
        if other == Role.ADMINISTRATOR:
            continue  # a superuser
        signed_in(client, other)
        assert client.get(reverse("exports:progress", args=[export.pk])).status_code == 403
        assert client.get(reverse("exports:download", args=[export.pk])).status_code == 403
    signed_in(client, Role.FINANCE)
    assert client.get(reverse("exports:download", args=[export.pk])).status_code == 403
