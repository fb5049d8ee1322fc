"""Two spellings of one mailbox are one mailbox: what the self-approval check and every other
comparison of email addresses rests on (lms.addresses)."""

import pytest

from lms import addresses

pytestmark = pytest.mark.django_db


def fullwidth(text: str) -> str:
    """The same characters in their full-width forms (U+FF01 to U+FF5E), as a phone keyboard
    in Japanese or Chinese mode types them."""
    return "".join(chr(ord(character) + 0xFEE0) for character in text)


@pytest.mark.parametrize(
    "spelling",
    [
        "practitioner@example.com",
        "Practitioner@Example.COM",
        "practitioner+boss@example.com",
        "PRACTITIONER+Boss+x@example.com",
        "practitioner@" + fullwidth("example") + ".com",  # full-width letters: NFKC folds them
        fullwidth("practitioner@example.com"),  # full-width throughout, @ and dot too
        "practitioner@example\u3002com",  # an ideographic full stop separates labels in IDNA
        '"practitioner"@example.com',  # a quoted local part is the same mailbox
        '"prac\\titioner"@example.com',  # and so is one with a needless escape
        '"practitioner+tag"@example.com',
        "  practitioner@example.com. ",  # surrounding space, and the root's trailing dot
    ],
)
def test_every_spelling_of_one_mailbox_has_one_canonical_form(spelling):
    assert addresses.canonical(spelling) == "practitioner@example.com"


def test_an_international_domain_is_compared_in_its_ascii_form():
    assert addresses.canonical("anna@BÜCHER.example") == "anna@xn--bcher-kva.example"
    assert addresses.canonical("anna@xn--bcher-kva.example") == "anna@xn--bcher-kva.example"


@pytest.mark.parametrize(
    "other", ["practitioner2@example.com", "practitioner@example.org", "pract.itioner@example.com"]
)
def test_different_mailboxes_stay_different(other):
    assert addresses.canonical(other) != addresses.canonical("practitioner@example.com")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Boss@Example.org", "boss@example.org"),
        ("boss@" + fullwidth("example") + ".org", "boss@example.org"),
        ('"boss"@example.org', "boss@example.org"),
        ("boss@bücher.example", "boss@xn--bcher-kva.example"),
        # The +tag is the manager's to use: kept in what is stored and sent to.
        ("boss+training@example.org", "boss+training@example.org"),
        # A quoted local part that needs its quotes keeps them.
        ('"the boss"@example.org', '"the boss"@example.org'),
    ],
)
def test_the_stored_form_reaches_one_mailbox_in_one_spelling(typed, stored):
    assert addresses.normalise(typed) == stored


def test_every_address_on_an_account_counts_as_its_own_verified_or_not():
    from allauth.account.models import EmailAddress

    from tests.factories import UserFactory

    user = UserFactory(email="pat@example.org")
    EmailAddress.objects.create(user=user, email="pat.home@example.net", verified=True)
    EmailAddress.objects.create(user=user, email="pending@example.com", verified=False)
    for own in ("PAT+x@example.org", "pat.home@" + fullwidth("example") + ".net", '"pending"@example.com'):
        assert addresses.belongs_to(user, own), own
    assert not addresses.belongs_to(user, "boss@example.org")


@pytest.mark.parametrize(
    "own", ['"pat"@example.org', "pat@" + fullwidth("example") + ".org", "pat.home@example.net"]
)
def test_the_profile_refuses_the_practitioners_own_mailbox_as_their_manager(client, own):
    """The profile pre-fills every booking request: it holds the same rule as the booking."""
    from allauth.account.models import EmailAddress
    from django.urls import reverse

    from lms.models import LocalAuthority, PractitionerProfile
    from tests.factories import OrganisationFactory, UserFactory

    user = UserFactory(email="pat@example.org")
    EmailAddress.objects.create(user=user, email="pat.home@example.net", verified=True)
    client.force_login(user)
    data = {
        "organisation": OrganisationFactory().pk,
        "job_role": "Teacher",
        "local_authority": LocalAuthority.objects.get(slug="luton").pk,
        "manager_name": "Jo Head",
        "manager_email": own,
    }
    html = client.post(reverse("profile"), data).content.decode()
    assert 'href="#id_manager_email"' in html and "not your own" in html
    assert not PractitionerProfile.objects.filter(user=user).exists()
    data["manager_email"] = "Jo.Head@" + fullwidth("example") + ".org"
    assert client.post(reverse("profile"), data).status_code == 302
    assert PractitionerProfile.objects.get(user=user).manager_email == "jo.head@example.org"


@pytest.mark.parametrize(
    "spelling",
    [
        "janedoe@gmail.com",
        "Jane.Doe@GMAIL.com",
        "j.a.n.e.d.o.e@googlemail.com",
        "jane.doe+boss@googlemail.com",
    ],
)
def test_gmail_spellings_of_one_mailbox_are_one(spelling):
    """Gmail ignores dots and delivers googlemail.com to the same inbox: the requester gets the link."""
    assert addresses.canonical(spelling) == addresses.canonical("jane.doe@gmail.com")


def test_dots_still_count_everywhere_else():
    assert addresses.canonical("jane.doe@example.org") != addresses.canonical("janedoe@example.org")
