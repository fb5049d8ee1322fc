"""References like WS-2026-0042: one sequence per year, never shared, even when requests arrive
at the same moment (PostgreSQL, real threads)."""

import threading
from datetime import datetime

import pytest
import time_machine
from django.db import connection

from tests.bookings.conftest import LONDON
from tests.conftest import ensure_demo_site
from tests.workshops.helpers import submit
from workshops.models import WorkshopRequest


@pytest.mark.django_db
def test_references_count_up_within_a_year_and_start_again_in_the_next():
    with time_machine.travel(datetime(2027, 12, 31, 23, 0, tzinfo=LONDON)):
        first, second = submit(), submit()
    with time_machine.travel(datetime(2028, 1, 1, 0, 30, tzinfo=LONDON)):  # the London new year
        third = submit()
    assert (first.reference, second.reference, third.reference) == (
        "WS-2027-0001",
        "WS-2027-0002",
        "WS-2028-0001",
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_twenty_simultaneous_requests_get_twenty_different_references():
    ensure_demo_site()
    WorkshopRequest.objects.all().delete()
    count = 20
    barrier = threading.Barrier(count)
    errors = []

    def send(n):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            submit(organisation_name=f"Club {n}")
        except Exception as error:
            errors.append(error)
        finally:
            thread_connection.close()

    # The first of a year creates the counter row: start from none to test that race too.
    from workshops.models import WorkshopReferenceCounter

    WorkshopReferenceCounter.objects.all().delete()
    threads = [threading.Thread(target=send, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    numbers = sorted(int(ref[-4:]) for ref in WorkshopRequest.objects.values_list("reference", flat=True))
    assert numbers == list(range(1, count + 1))
