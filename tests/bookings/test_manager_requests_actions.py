"""The signed-in manager's list offers Approve and Decline only where the booking's transition
rules would accept them, so no button leads to a refusal."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests.bookings.conftest import make_session, request
from tests.factories import UserFactory, practitioner

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client):
    user = UserFactory(email="bo.boss@example.org")
    client.force_login(user)
    return user


def waiting_request(session):
    return request(session, practitioner(manager_email="bo.boss@example.org"))


def test_a_request_in_time_offers_both(client, manager):
    booking = waiting_request(make_session())
    html = client.get(reverse("bookings:manager_requests")).content.decode()
    assert 'value="approve"' in html and 'value="decline"' in html
    assert f'value="{booking.pk}"' in html


def test_once_the_session_has_started_only_declining_is_offered(client, manager):
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    waiting_request(session)
    with time_machine.travel(session.starts_at + timedelta(hours=1)):
        html = client.get(reverse("bookings:manager_requests")).content.decode()
    assert 'value="approve"' not in html and 'value="decline"' in html


def test_a_request_past_its_approval_time_offers_nothing_and_says_why(client, manager):
    booking = waiting_request(make_session(starts_at=timezone.now() + timedelta(days=30)))
    with time_machine.travel(booking.approval_expires_at + timedelta(minutes=1)):
        html = client.get(reverse("bookings:manager_requests")).content.decode()
    assert 'value="approve"' not in html and 'value="decline"' not in html
    assert "Nobody answered this request in time" in html
