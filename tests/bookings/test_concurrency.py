"""Fifty managers approve at the same moment for a 10-seat session: exactly 10 are confirmed."""

import threading

import pytest
from django.db import connection

from bookings import services
from bookings.models import Booking, BookingStatus
from tests.bookings.conftest import make_session, request
from tests.conftest import ensure_demo_site
from tests.factories import ProfileFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def test_fifty_simultaneous_approvals_never_exceed_ten_seats():
    ensure_demo_site()
    session = make_session(capacity=10)
    bookings = [request(session, ProfileFactory().user) for _ in range(50)]
    barrier = threading.Barrier(len(bookings))
    errors = []

    def approve(booking):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            services.approve(booking, by_email=booking.manager_email)
        except Exception as error:
            errors.append(error)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=approve, args=(booking,)) for booking in bookings]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Booking.objects.filter(session=session).values_list("status", flat=True))
    assert statuses.count(BookingStatus.CONFIRMED) == 10
    assert statuses.count(BookingStatus.WAITLISTED) == 40
