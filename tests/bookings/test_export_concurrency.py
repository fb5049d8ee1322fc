"""Two exports of new charges built at the same moment never put a charge in two batches: the
second waits for the first's row locks, then finds only what is still pending."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from bookings import services
from bookings.models import Charge, ChargeEvent, ChargeStatus, ExportBatch
from lms import exports
from lms.models import Export, ExportStatus
from tests.bookings.conftest import confirmed, make_session
from tests.conftest import ensure_demo_site
from tests.factories import ProfileFactory, UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def test_two_exports_at_once_never_put_a_charge_in_two_batches():
    ensure_demo_site()
    charges = []
    for _ in range(6):
        session = make_session(starts_at=timezone.now() + timedelta(days=3))
        user = ProfileFactory().user
        charges.append(services.cancel(confirmed(session, user), by_user=user))
    finance = UserFactory()
    queued = [
        Export.objects.create(kind="charges", file_format=file_format, requested_by=finance)
        for file_format in ("csv", "xlsx")
    ]
    barrier = threading.Barrier(len(queued))
    errors = []

    def build(export):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            exports.build(export.pk)
        except Exception as error:
            errors.append(error)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=build, args=[export]) for export in queued]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert set(Export.objects.values_list("status", flat=True)) == {ExportStatus.DONE}
    assert sorted(Export.objects.values_list("row_count", flat=True)) == [0, 6]
    batch = ExportBatch.objects.get()  # the second found nothing pending: no empty batch
    assert set(Charge.objects.values_list("status", "export_batch")) == {(ChargeStatus.EXPORTED, batch.pk)}
    assert ChargeEvent.objects.filter(action="exported").count() == len(charges)
