"""A practitioner can never name themselves as their own line manager, however they spell their
address, nor approve their own place from the link (issue 11, item 2)."""

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from bookings import services
from bookings.models import Booking, BookingStatus
from bookings.services import BookingError
from tests.bookings.conftest import make_session, request
from tests.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

OWN_SPELLINGS = {
    "full-width domain": "pat@" + "".join(chr(ord(c) + 0xFEE0) for c in "example") + ".org",
    "quoted local part": '"pat"@example.org',
    "+tag": "pat+boss@example.org",
    "upper case": "PAT@EXAMPLE.ORG",
    "second verified address": "pat.home@example.net",
    "address not yet verified": "pat.work@example.com",
}


@pytest.fixture
def pat():
    user = ProfileFactory(user__email="pat@example.org", manager_email="boss@example.org").user
    EmailAddress.objects.create(user=user, email="pat.home@example.net", verified=True)
    EmailAddress.objects.create(user=user, email="pat.work@example.com", verified=False)
    return user


def book(client, session, manager_email):
    return client.post(
        f"/courses/{session.pk}/book/",
        {
            "job_role": "Health visitor",
            "manager_name": "Bo Boss",
            "manager_email": manager_email,
            "acknowledged_policy": "on",
        },
    )


@pytest.mark.parametrize("spelling", OWN_SPELLINGS.values(), ids=OWN_SPELLINGS.keys())
def test_the_service_refuses_any_spelling_of_the_practitioners_own_address(pat, spelling):
    with pytest.raises(BookingError, match="not yours"):
        request(make_session(), pat, manager_email=spelling)
    assert not Booking.objects.filter(user=pat).exists()


@pytest.mark.parametrize("spelling", OWN_SPELLINGS.values(), ids=OWN_SPELLINGS.keys())
def test_the_form_says_why_in_the_error_summary_and_keeps_what_was_typed(client, pat, spelling):
    session = make_session()
    client.force_login(pat)
    response = book(client, session, spelling)
    assert response.status_code == 200
    page = response.content.decode()
    summary = page.split('class="govuk-error-summary"')[1].split("</div>")[0]
    assert 'href="#id_manager_email"' in summary and "not yours" in summary
    assert "Health visitor" in page and "Bo Boss" in page
    assert not Booking.objects.filter(user=pat).exists()


def test_a_different_manager_is_accepted_and_stored_in_one_spelling(client, pat):
    session = make_session()
    client.force_login(pat)
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in "example")
    response = book(client, session, f'"Boss"@{fullwidth}.org')
    assert response.status_code == 302
    assert Booking.objects.get(user=pat).manager_email == "boss@example.org"


@pytest.mark.parametrize(
    "stored",
    ['"pat"@example.org', "pat.home@example.net", "pat+x@example.org"],
    ids=["quoted", "second address", "+tag"],
)
def test_a_request_already_addressed_to_the_practitioner_cannot_be_approved_from_its_link(pat, stored):
    """Requests saved before this check, addressed to a spelling of the practitioner's own mailbox."""
    booking = request(make_session(), pat)
    Booking.objects.filter(pk=booking.pk).update(manager_email=stored)
    link = reverse(
        "bookings:manager_decision", args=[services.approval_token(Booking.objects.get(pk=booking.pk))]
    )
    response = Client().post(link, {"action": "approve"})
    assert response.status_code == 400 and "your own request" in response.content.decode()
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.REQUESTED


def test_a_second_account_on_the_practitioners_mailbox_cannot_approve(client, pat):
    """pat+manager@example.org reaches pat: an account on it is pat's, whatever the booking says."""
    booking = request(make_session(), pat)
    other_self = UserFactory(email="pat+manager@example.org")
    Booking.objects.filter(pk=booking.pk).update(manager_email=other_self.email)
    client.force_login(other_self)
    link = reverse(
        "bookings:manager_decision", args=[services.approval_token(Booking.objects.get(pk=booking.pk))]
    )
    response = client.post(link, {"action": "approve"})
    assert response.status_code == 400 and "your own request" in response.content.decode()
    client.post(reverse("bookings:manager_requests"), {"booking": booking.pk, "action": "approve"})
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.REQUESTED


def test_the_real_manager_still_approves_whatever_spelling_they_sign_in_with(client, pat):
    booking = request(make_session(), pat)
    manager = UserFactory(email="Boss@Example.org")
    client.force_login(manager)
    client.post(reverse("bookings:manager_requests"), {"booking": booking.pk, "action": "approve"})
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED


def test_the_migrations_store_addresses_saved_earlier_in_one_spelling(pat):
    from importlib import import_module

    from django.apps import apps

    from lms.models import PractitionerProfile

    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in "example")
    booking = request(make_session(), pat)
    Booking.objects.filter(pk=booking.pk).update(manager_email=f'"Boss"@{fullwidth}.org')
    PractitionerProfile.objects.filter(user=pat).update(manager_email=f"Boss@{fullwidth}.org")
    import_module("bookings.migrations.0014_normalise_manager_addresses").normalise_manager_addresses(
        apps, None
    )
    import_module("lms.migrations.0006_normalise_manager_addresses").normalise_manager_addresses(apps, None)
    assert Booking.objects.get(pk=booking.pk).manager_email == "boss@example.org"
    assert PractitionerProfile.objects.get(user=pat).manager_email == "boss@example.org"
    assert list(Booking.objects.addressed_to("boss@example.org")) == [booking]
