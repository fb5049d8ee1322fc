"""Bookings move through one transition table: what it allows is what the services do, each
move records its from and to states, and a page asking `allowed_actions` gets the same answer
the service would give."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from bookings import services
from bookings.models import BookingStatus
from bookings.services import BookingError
from lms.states import allowed_actions
from tests.bookings.conftest import confirmed, make_session, request
from tests.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_confirmed_place_may_be_cancelled_or_passed_on_only_by_its_holder_before_the_start():
    session = make_session(starts_at=timezone.now() + timedelta(days=20))
    booking = confirmed(session)
    assert {"cancel", "transfer"} <= set(allowed_actions(booking, timezone.now(), booking.user))
    assert allowed_actions(booking, timezone.now(), UserFactory()) == []
    started = session.starts_at + timedelta(minutes=1)
    assert not {"cancel", "transfer"} & set(allowed_actions(booking, started, booking.user))


def test_what_allowed_actions_refuses_after_the_start_the_service_refuses_too():
    session = make_session(starts_at=timezone.now() + timedelta(days=20))
    booking = confirmed(session)
    with time_machine.travel(session.starts_at + timedelta(minutes=1)):
        assert "cancel" not in allowed_actions(booking, timezone.now(), booking.user)
        with pytest.raises(BookingError, match="session has started"):
            services.cancel(booking, by_user=booking.user)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED


def test_a_request_may_be_withdrawn_not_cancelled(session, practitioner):
    booking = request(session, practitioner)
    actions = allowed_actions(booking, timezone.now(), practitioner)
    assert "withdraw" in actions and "cancel" not in actions and "transfer" not in actions


def test_a_manager_may_decide_but_the_practitioner_may_not(session, practitioner):
    booking = request(session, practitioner)
    assert {"approve", "decline"} <= set(allowed_actions(booking, timezone.now(), None))
    assert not {"approve", "decline"} & set(allowed_actions(booking, timezone.now(), practitioner))


def test_an_offer_may_be_accepted_until_it_expires():
    session = make_session(capacity=1, starts_at=timezone.now() + timedelta(days=5))
    holder = confirmed(session)
    waiting = request(session, ProfileFactory().user)
    services.approve(waiting, by_email=waiting.manager_email)
    services.cancel(holder, by_user=holder.user)
    waiting.refresh_from_db()
    assert {"accept_offer", "cancel"} <= set(allowed_actions(waiting, timezone.now(), waiting.user))
    late = waiting.offer_expires_at + timedelta(minutes=1)
    assert "accept_offer" not in allowed_actions(waiting, late, waiting.user)


def test_automatic_moves_are_never_offered_to_a_person(session, practitioner):
    booking = request(session, practitioner)
    assert "expire" not in allowed_actions(booking, timezone.now(), practitioner)


@pytest.mark.parametrize(
    ("capacity", "to_state"), [(5, BookingStatus.CONFIRMED), (1, BookingStatus.WAITLISTED)]
)
def test_each_move_records_where_it_came_from_and_went(capacity, to_state):
    session = make_session(capacity=capacity)
    if capacity == 1:
        confirmed(session)
    booking = request(session, ProfileFactory(manager_email="boss@example.org").user)
    services.approve(booking, by_email="boss@example.org")
    events = list(booking.events.values_list("action", "from_state", "to_state", "actor_email"))
    assert events == [
        ("requested", "", "requested", booking.user.email),
        ("approved", "requested", to_state, "boss@example.org"),
    ]


def test_cancelling_records_the_move_and_the_charge_on_the_booking():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    booking = confirmed(session)
    services.cancel(booking, by_user=booking.user)
    assert list(booking.events.values_list("action", "from_state", "to_state"))[-2:] == [
        ("cancelled", "confirmed", "cancelled"),
        ("charge raised", "cancelled", "cancelled"),
    ]


@pytest.mark.parametrize("action", ["approve", "decline"])
def test_a_decision_from_another_address_or_the_practitioners_own_changes_nothing(
    session, practitioner, action
):
    """The table allows the move; who decides is checked after it, and a refusal records nothing."""
    booking = request(session, practitioner, manager_email="boss@example.org")
    local, domain = practitioner.email.split("@")
    decide = getattr(services, action)
    extra = {"reason": "Not now"} if action == "decline" else {}
    for by_email, refusal in [
        ("someone.else@example.org", "Only the line manager the request was sent to"),
        (f"{local}+boss@{domain}", "your own request"),
        (f"{local.upper()}@{domain.upper()}", "your own request"),
    ]:
        with pytest.raises(BookingError, match=refusal):
            decide(booking, by_email=by_email, **extra)
        booking.refresh_from_db()
        assert booking.status == BookingStatus.REQUESTED
        assert list(booking.events.values_list("action", flat=True)) == ["requested"]
