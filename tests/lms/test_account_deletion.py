"""A person deletes their own account: they confirm with their password, any future place is
cancelled first under the charging rule (which the confirm page tells them), their data is
erased as on request, they are signed out and told by email."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from bookings.models import Charge
from lms.models import User
from tests.factories import TEST_PASSWORD, BookingFactory, ProfileFactory, SessionFactory

pytestmark = pytest.mark.django_db

URL = reverse("privacy_delete_account")


@pytest.fixture
def person(client):
    user = ProfileFactory(user__full_name="Amira Quayle", user__email="amira@example.org").user
    client.login(email=user.email, password=TEST_PASSWORD)
    return user


def late_place(user):
    """A confirmed place on a session 5 days away: inside the 10-day cut-off."""
    session = SessionFactory(starts_at=timezone.now() + timedelta(days=5))
    return BookingFactory(user=user, confirmed=True, session=session)


def test_the_confirm_page_warns_of_the_charge_for_a_late_cancellation(client, person):
    late_place(person)
    html = client.get(URL).content.decode()
    assert "GCP2 Practitioner Training" in html
    assert "will be charged £105.00" in html
    assert 'autocomplete="current-password"' in html


def test_a_wrong_password_deletes_nothing_and_says_what_to_do(client, person, mailoutbox):
    response = client.post(URL, {"password": "not-my-password"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "The password is not right" in html
    person.refresh_from_db()
    assert person.is_active and person.full_name == "Amira Quayle"
    assert mailoutbox == []


def test_an_empty_password_asks_for_it(client, person):
    html = client.post(URL, {"password": ""}).content.decode()
    assert "Enter your password to delete your account" in html


def test_deleting_cancels_the_place_charges_by_the_rule_erases_signs_out_and_emails(
    client, person, django_capture_on_commit_callbacks
):
    booking = late_place(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {"password": TEST_PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("privacy_account_deleted")
    booking.refresh_from_db()
    assert booking.status == "cancelled"
    charge = Charge.objects.get(booking=booking)
    assert charge.amount == booking.session.course.charge_amount
    assert booking.full_name.startswith("Erased person ")
    user = User.objects.get(pk=person.pk)
    assert not user.is_active and user.full_name.startswith("Erased person ")

    confirmations = [m for m in mail.outbox if "account has been deleted" in m.subject]
    assert [m.to for m in confirmations] == [["amira@example.org"]]
    assert "£105.00" in confirmations[0].body
    assert all("erased.invalid" not in address for m in mail.outbox for address in m.to)

    assert client.get(reverse("dashboard")).status_code == 302  # signed out
    assert "Your account has been deleted" in client.get(response["Location"]).content.decode()


def test_too_many_wrong_passwords_are_refused_for_a_while(client, person):
    for _ in range(5):
        client.post(URL, {"password": "wrong-password"})
    html = client.post(URL, {"password": TEST_PASSWORD}).content.decode()
    assert "Too many attempts" in html
    person.refresh_from_db()
    assert person.is_active


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_deleting_signs_the_person_out_everywhere(client, person):
    from django.test import Client

    other_computer = Client()
    other_computer.login(email=person.email, password=TEST_PASSWORD)
    assert other_computer.get(reverse("dashboard")).status_code == 200

    client.post(URL, {"password": TEST_PASSWORD})

    assert other_computer.get(reverse("dashboard")).status_code == 302
