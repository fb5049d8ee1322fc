"""The catalogue is a public page the page cache keeps for visitors, but its places left change
with every booking, not with an editor's publish: a booking or a session change empties the
cache, so a visitor never reads an old count."""

import pytest

from bookings import services
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session
from tests.factories import with_role

pytestmark = pytest.mark.django_db


def catalogue(client):
    response = client.get("/courses/")
    assert response.status_code == 200
    return response


def test_a_booking_shows_in_the_places_left_a_visitor_reads_next(client, django_capture_on_commit_callbacks):
    session = make_session(capacity=2)
    catalogue(client)
    assert catalogue(client)["X-Page-Cache"] == "hit"
    assert "2 places left" in catalogue(client).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed(session)
    after = catalogue(client)
    assert after["X-Page-Cache"] == "miss"
    assert "1 place left" in after.content.decode()


def test_a_cancelled_session_leaves_the_catalogue_at_once(client, django_capture_on_commit_callbacks):
    session = make_session()
    assert session.venue in catalogue(client).content.decode()
    assert catalogue(client)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_session(
            session, reason="Trainer unwell", by_user=with_role(Role.WORKSHOP_COORDINATOR)
        )
    assert session.venue not in catalogue(client).content.decode()
