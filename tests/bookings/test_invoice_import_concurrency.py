"""Four confirms of one invoice-reference preview at the same moment save it once: one says
so, the others that the preview was already used, and each charge has one history event."""

import copy
import threading
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bookings import services
from bookings.models import ChargeEvent
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session
from tests.conftest import ensure_demo_site
from tests.factories import ProfileFactory, UserFactory, with_role

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def test_four_simultaneous_confirms_of_one_invoice_preview_save_once():
    ensure_demo_site()
    charges = []
    for _ in range(2):
        session = make_session(starts_at=timezone.now() + timedelta(days=3))
        user = ProfileFactory().user
        charges.append(services.cancel(confirmed(session, user), by_user=user))
    services.export_pending(by_user=UserFactory())
    client = Client()
    client.force_login(with_role(Role.FINANCE))
    text = "Charge reference,Invoice reference\n" + "".join(f"{c.pk},INV-{c.pk}\n" for c in charges)
    preview = client.post(reverse("finance:import"), {"file": SimpleUploadedFile("refs.csv", text.encode())})
    token = preview.context["preview_token"]
    assert token

    clients = [client] + [Client() for _ in range(3)]
    for other in clients[1:]:
        other.cookies = copy.deepcopy(client.cookies)  # one browser's session, several requests
    barrier = threading.Barrier(len(clients))
    said, errors = [], []

    def post(each):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            response = each.post(reverse("finance:import"), {"confirm": "1", "preview": token})
            # This request's own message: the session they share is saved by each in turn.
            said.append(" ".join(str(m) for m in response.wsgi_request._messages._queued_messages))
        except Exception as error:
            errors.append(error)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=post, args=(each,)) for each in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == [] and len(said) == 4
    assert sum("Saved 2 invoice references." in told for told in said) == 1
    assert sum("that preview has expired, was already saved" in told for told in said) == 3
    for charge in charges:
        assert ChargeEvent.objects.filter(charge=charge, action="invoiced").count() == 1
