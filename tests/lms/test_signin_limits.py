"""Failed sign-ins are limited per account and per address separately: a council office shares
one address, so one person's mistakes must not lock out everyone behind it."""

import pytest
from django.urls import reverse

from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

OFFICE = "198.51.100.7"
HOME = "203.0.113.20"
LOCKED = "Too many failed login attempts"


def sign_in(client, email, password, address):
    return client.post(reverse("account_login"), {"login": email, "password": password}, REMOTE_ADDR=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_one_persons_failures_lock_their_account_not_the_office(client):
    alice, bob = UserFactory(), UserFactory()
    for _ in range(5):
        sign_in(client, alice.email, "not-the-password", OFFICE)

    response = sign_in(client, bob.email, TEST_PASSWORD, OFFICE)
    assert response.status_code == 302
    assert signed_in(client)
    client.logout()

    # Alice is locked wherever she tries from, even with the right password.
    for address in (OFFICE, HOME):
        response = sign_in(client, alice.email, TEST_PASSWORD, address)
        assert LOCKED in response.content.decode()
        assert not signed_in(client)


def test_thirty_wrong_then_the_right_password_is_refused_with_the_lockout_message(client):
    alice = UserFactory()
    for _ in range(30):
        sign_in(client, alice.email, "not-the-password", OFFICE)
    response = sign_in(client, alice.email, TEST_PASSWORD, OFFICE)
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert not signed_in(client)


def test_an_address_guessing_across_many_accounts_is_still_stopped(client):
    """The per-address limit is generous (100 failures in 5 minutes), not absent."""
    for n in range(100):
        sign_in(client, f"guess{n}@example.org", "not-the-password", OFFICE)
    bob = UserFactory()
    response = sign_in(client, bob.email, TEST_PASSWORD, OFFICE)
    assert LOCKED in response.content.decode()
    assert not signed_in(client)
    sign_in(client, bob.email, TEST_PASSWORD, HOME)
    assert signed_in(client)


def test_too_many_requests_gets_a_page_in_the_sites_words(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "1/m/ip"}
    sign_in(client, "someone@example.org", "not-the-password", OFFICE)
    response = sign_in(client, "someone@example.org", "not-the-password", OFFICE)
    assert response.status_code == 429
    html = response.content.decode()
    assert '<h1 class="govuk-heading-xl">Too many attempts</h1>' in html
    assert "<title>Too many attempts \u2013 Safeguarding Learning Hub</title>" in html
