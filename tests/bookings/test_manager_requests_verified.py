"""Requests addressed to a manager's email are acted on only by an account that has proved it
owns that address: verified in allauth, for that exact address, on that account."""

import inspect

import pytest
from allauth.account.models import EmailAddress
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from bookings.models import BookingStatus
from tests.bookings.conftest import make_session, request
from tests.factories import UserFactory, practitioner

pytestmark = pytest.mark.django_db

MANAGER = "bo.boss@example.org"


@pytest.fixture
def booking():
    return request(make_session(), practitioner(manager_email=MANAGER))


def claimant_without_proof(how: str):
    """Accounts whose address is the manager's but which never proved it."""
    if how == "never verified":
        return UserFactory(email=MANAGER, verified=False)
    if how == "verified a different address":
        user = UserFactory(email=MANAGER, verified=False)
        EmailAddress.objects.create(user=user, email="elsewhere@example.org", verified=True, primary=True)
        return user
    if how == "unverified address row":
        user = UserFactory(email=MANAGER, verified=False)
        EmailAddress.objects.create(user=user, email=MANAGER, verified=False, primary=True)
        return user
    raise ValueError(how)


HOW = ["never verified", "verified a different address", "unverified address row"]


@pytest.mark.parametrize("how", HOW)
def test_an_unproved_address_sees_no_requests(client, booking, how):
    client.force_login(claimant_without_proof(how))
    response = client.get(reverse("bookings:manager_requests"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Confirm your email address first" in html
    assert booking.full_name not in html


@pytest.mark.parametrize("how", HOW)
def test_an_unproved_address_cannot_approve_or_decline(client, booking, how):
    client.force_login(claimant_without_proof(how))
    for action in ("approve", "decline"):
        form = {"booking": booking.pk, "action": action}
        response = client.post(reverse("bookings:manager_requests"), form)
        assert response.status_code == 403
    booking.refresh_from_db()
    assert booking.status == BookingStatus.REQUESTED


def test_the_verified_manager_approves(client, booking):
    client.force_login(UserFactory(email=MANAGER))
    assert booking.full_name in client.get(reverse("bookings:manager_requests")).content.decode()
    client.post(reverse("bookings:manager_requests"), {"booking": booking.pk, "action": "approve"})
    booking.refresh_from_db()
    assert booking.status != BookingStatus.REQUESTED


def _views(resolver):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _views(pattern)
        elif isinstance(pattern, URLPattern):
            yield pattern.callback


def test_every_view_that_reads_the_signed_in_persons_email_requires_it_verified():
    """A new view that looks things up by request.user.email fails here until it uses
    lms.permissions.verified_email_required."""
    checked = 0
    for view in _views(get_resolver()):
        try:
            source = inspect.getsource(inspect.unwrap(view))
        except (OSError, TypeError):
            continue
        if "request.user.email" in source:
            checked += 1
            assert getattr(view, "requires_verified_email", False), view.__qualname__
    assert checked, "no view reads request.user.email: the walk is broken"
