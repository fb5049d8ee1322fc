"""Sign-up -> email verification -> profile, through the real allauth views and mail outbox."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from lms.models import AgencyType, PractitionerProfile, Role, User
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "full_name": "Sam Taylor",
    "email": "Sam.Taylor@Example.org",
    "password1": "a-long-unusual-passphrase",
    "password2": "a-long-unusual-passphrase",
}


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/account/confirm-email/[^\s]+/)", message.body).group(1)


def test_sign_up_verify_email_then_complete_profile(client):
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")

    user = User.objects.get(email="sam.taylor@example.org")
    assert user.full_name == "Sam Taylor"
    assert list(user.groups.values_list("name", flat=True)) == [Role.PRACTITIONER]

    # Mandatory verification: not signed in until the emailed link is followed.
    assert client.get(reverse("dashboard"))["Location"].startswith(reverse("account_login"))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sam.taylor@example.org"]
    link = confirmation_link(mail.outbox[0])

    assert client.get(link).status_code == 200  # a page with a button, never confirm on GET
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == reverse("profile")

    luton = OrganisationFactory(name="Harbour Primary School", agency_type=AgencyType.EDUCATION)
    response = client.post(
        reverse("profile"),
        {
            "organisation": luton.pk,
            "job_role": "Designated safeguarding lead",
            "local_authority": luton.local_authority.pk,
            "manager_name": "Jo Head",
            "manager_email": "Jo.Head@Example.org",
            "phone": "",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    profile = PractitionerProfile.objects.get(user=user)
    assert profile.organisation == luton
    assert profile.manager_email == "jo.head@example.org"

    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "Designated safeguarding lead" in dashboard
    assert "Your profile has been saved." in dashboard


def test_sign_up_errors_re_render_with_an_error_summary_and_keep_input(client):
    response = client.post(reverse("account_signup"), {**SIGNUP, "password2": "something-else-entirely"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'class="govuk-error-summary"' in html
    assert "<title>Error: Create an account" in html
    assert 'value="Sam Taylor"' in html  # nothing typed is lost
    assert not User.objects.filter(email="sam.taylor@example.org").exists()


def test_signing_up_with_an_existing_email_does_not_reveal_the_account(client):
    """Enumeration prevention: the response is the same as for a new address."""
    UserFactory(email="priya@example.org")
    response = client.post(reverse("account_signup"), {**SIGNUP, "email": "priya@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email="priya@example.org").count() == 1


def test_the_confirmation_email_is_in_the_partnerships_words(client):
    client.post(reverse("account_signup"), SIGNUP)
    message = mail.outbox[0]
    assert message.subject == "[Safeguarding Learning Hub] Confirm your email address"
    assert "create an account on the Safeguarding Learning Hub" in message.body
    body_without_link = re.sub(r"https?://\S+", "", message.body)
    assert "testserver" not in body_without_link


def test_a_confirmation_link_works_once(client):
    client.post(reverse("account_signup"), SIGNUP)
    link = confirmation_link(mail.outbox[0])
    client.post(link)
    client.logout()
    assert "This email confirmation link expired or is invalid." in client.get(link).content.decode()
    assert client.post(link).status_code == 404
    assert "_auth_user_id" not in client.session
