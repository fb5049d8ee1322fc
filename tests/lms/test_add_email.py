"""Adding an email address to an account: the email to that address says whose account asked,
a confirmed extra address never becomes the account's own, and while someone else's claim on an
address is pending, the address's owner can still sign up with it."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from lms.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MANAGER = "bo.boss@example.org"
SIGNUP = {
    "full_name": "Bo Boss",
    "email": MANAGER,
    "password1": "a-long-unusual-passphrase",
    "password2": "a-long-unusual-passphrase",
}


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/account/confirm-email/[^\s]+/)", message.body).group(1)


def mail_to(address):
    return [m for m in mail.outbox if m.to == [address]]


def claim(client, account, address=MANAGER):
    """`account` signs in and adds `address` at /account/email/; returns the emailed link."""
    client.force_login(account)
    client.post(reverse("account_email"), {"action_add": "", "email": address})
    client.logout()
    return confirmation_link(mail_to(address)[-1])


@pytest.fixture
def claimant():
    return UserFactory(email="claimant@example.org")


def test_the_email_says_whose_account_asked_and_to_ignore_it_if_not_you(client, claimant):
    claim(client, claimant)
    [message] = mail_to(MANAGER)
    assert message.subject == (
        "[Safeguarding Learning Hub] Someone asked to add this email address to their account"
    )
    body = " ".join(message.body.split())
    assert "The person using the Safeguarding Learning Hub account claimant@example.org asked to add" in body
    assert "If you do not know about this, ignore this email" in body
    assert "create an account" not in body


def test_the_confirmation_page_says_which_account_the_address_joins(client, claimant):
    link = claim(client, claimant)
    html = " ".join(client.get(link).content.decode().split())
    question = f"Add <strong>{MANAGER}</strong> to the account <strong>{claimant.email}</strong>?"
    assert question in html


@pytest.mark.parametrize("own_address_recorded", [True, False], ids=["signed up", "made in the admin"])
def test_a_confirmed_extra_address_never_becomes_the_accounts_own(client, own_address_recorded):
    claimant = UserFactory(email="claimant@example.org", verified=own_address_recorded)
    link = claim(client, claimant)
    client.post(link)
    claimant.refresh_from_db()
    assert claimant.email == "claimant@example.org"
    added = EmailAddress.objects.get(user=claimant, email=MANAGER)
    assert added.verified and not added.primary
    assert EmailAddress.objects.get(user=claimant, primary=True).email == "claimant@example.org"


def test_the_owners_sign_up_wins_over_a_pending_claim(client, claimant):
    old_link = claim(client, claimant)
    mail.outbox.clear()

    response = client.post(reverse("account_signup"), SIGNUP)
    assert response["Location"] == reverse("account_email_verification_sent")
    owner = User.objects.get(email=MANAGER)
    assert owner != claimant
    assert not EmailAddress.objects.filter(user=claimant, email=MANAGER).exists()

    [message] = mail_to(MANAGER)
    assert "create an account on the Safeguarding Learning Hub" in message.body
    client.post(confirmation_link(message))
    assert EmailAddress.objects.get(user=owner, email=MANAGER).verified

    # The claim's old link confirms nothing now.
    client.logout()
    assert client.post(old_link).status_code == 404
    assert not EmailAddress.objects.filter(user=claimant, email=MANAGER).exists()


def test_an_address_another_account_signed_up_with_cannot_be_claimed(client, claimant):
    """The owner signed up and has not yet confirmed; a claim's link must not take the address."""
    client.post(reverse("account_signup"), SIGNUP)
    owner = User.objects.get(email=MANAGER)
    cache.clear()  # some minutes later: allauth sends one confirmation per address per 3 minutes
    link = claim(client, claimant)
    client.post(link)
    assert not EmailAddress.objects.filter(user=claimant, email=MANAGER, verified=True).exists()
    assert "already belongs to another account" in " ".join(client.get(link).content.decode().split())

    client.post(confirmation_link(mail_to(MANAGER)[0]))
    assert EmailAddress.objects.get(user=owner, email=MANAGER).verified


def test_an_address_is_stored_in_its_one_spelling_at_sign_up(client):
    """Full-width letters and capitals reach the same mailbox; the account holds one spelling, so a
    trainer typing the plain address later finds the person."""
    client.post(reverse("account_signup"), {**SIGNUP, "email": "Bo.Boss@ＥＸＡＭＰＬＥ.org"})
    owner = User.objects.get(full_name="Bo Boss")
    assert owner.email == "bo.boss@example.org"
    assert EmailAddress.objects.get(user=owner).email == "bo.boss@example.org"
