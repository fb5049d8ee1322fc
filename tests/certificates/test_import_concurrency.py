"""Four confirms of one import preview at the same moment (a double click, a second tab, a
retry) save it once: the preview is a database row each confirm locks and uses up."""

import copy
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse

from certificates.models import Accreditation, AccreditationEvent, AccreditationScheme
from lms.models import Role
from tests.conftest import ensure_demo_site
from tests.factories import OrganisationFactory, UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def confirm_at_once(first: Client, data: dict, times: int) -> list[int]:
    """`times` clients sharing `first`'s session post `data` together; their status codes."""
    clients = [first] + [Client() for _ in range(times - 1)]
    for other in clients[1:]:
        other.cookies = copy.deepcopy(first.cookies)  # one browser's session, several requests
    barrier = threading.Barrier(times)
    statuses, errors = [], []

    def post(client):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            statuses.append(client.post(reverse("register:import"), data).status_code)
        except Exception as error:
            errors.append(error)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=post, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return statuses


def test_four_simultaneous_confirms_of_one_preview_save_it_once():
    ensure_demo_site()
    OrganisationFactory(name="Harbour Health Centre")
    client = Client()
    client.force_login(UserFactory(roles=[Role.TRAINER]))
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    text = (
        "Name,Email,Organisation,Date trained,Trainer\n"
        "Ada Once,ada.once@example.org,Harbour Health Centre,01/02/2023,T\n"
        "Bo Once,bo.once@example.org,Harbour Health Centre,01/02/2023,T\n"
    )
    preview = client.post(
        reverse("register:import"), {"scheme": scheme.pk, "file": SimpleUploadedFile("l.csv", text.encode())}
    )
    token = preview.context["preview_token"]
    assert token

    statuses = confirm_at_once(client, {"confirm": "1", "preview": token}, times=4)

    assert statuses == [302] * 4  # one saves, three are told the preview was already used
    emails = ["ada.once@example.org", "bo.once@example.org"]
    assert Accreditation.objects.filter(holder_email__in=emails).count() == 2
    assert AccreditationEvent.objects.filter(accreditation__holder_email__in=emails).count() == 2
