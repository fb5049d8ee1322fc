import pytest
from django.urls import reverse

from lms.models import Role
from tests.factories import TEST_PASSWORD, UserFactory, practitioner, with_role

pytestmark = pytest.mark.django_db


def sign_in(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


@pytest.mark.parametrize(
    ("role", "lands_on"),
    [
        (Role.PRACTITIONER, "/account/"),
        (Role.MANAGER, "/account/"),
        (Role.TRAINER, "/account/"),
        (Role.FINANCE, "/account/"),
        (Role.WORKSHOP_COORDINATOR, "/account/"),
        (Role.EDITOR, "/admin/"),
        (Role.ADMINISTRATOR, "/admin/"),
    ],
)
def test_each_role_lands_where_it_works(client, role, lands_on):
    # Staff need no profile; a practitioner or manager without one would be sent to make it.
    person = with_role(role)
    if role in (Role.PRACTITIONER, Role.MANAGER):
        practitioner(user=person)
    response = sign_in(client, person.email, TEST_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == lands_on
    assert client.get(lands_on).status_code == 200


def test_a_new_practitioner_without_a_profile_is_sent_to_complete_it(client):
    UserFactory(email="new@example.org")
    response = sign_in(client, "new@example.org", TEST_PASSWORD)
    assert response["Location"] == reverse("profile")


def test_wrong_password_gives_a_clear_error_and_keeps_the_email(client):
    practitioner(user__email="priya@example.org")
    response = sign_in(client, "priya@example.org", "not-the-password")
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "The email address and/or password you specified are not correct." in html
    assert 'value="priya@example.org"' in html
    assert "_auth_user_id" not in client.session


def test_repeated_failures_are_rate_limited_even_with_the_right_password(client):
    email = practitioner().email
    for _ in range(5):
        sign_in(client, email, "wrong-password")
    response = sign_in(client, email, TEST_PASSWORD)
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_unverified_email_cannot_sign_in(client):
    UserFactory(email="unverified@example.org", verified=False)
    response = sign_in(client, "unverified@example.org", TEST_PASSWORD)
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_an_empty_sign_in_says_what_to_enter(client):
    html = client.post(reverse("account_login"), {"login": "", "password": ""}).content.decode()
    assert '<a href="#id_login">Enter your email address</a>' in html
    assert '<a href="#id_password">Enter your password</a>' in html
    assert "placeholder=" not in html


def test_sign_out_asks_then_signs_out(client):
    client.force_login(practitioner())
    assert "Are you sure you want to sign out?" in client.get(reverse("account_logout")).content.decode()
    response = client.post(reverse("account_logout"))
    assert response["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link_without_revealing_whether_the_account_exists(client):
    from django.core import mail

    practitioner(user__email="priya@example.org")
    for email in ["priya@example.org", "nobody@example.org"]:
        response = client.post(reverse("account_reset_password"), {"email": email})
        assert response["Location"] == reverse("account_reset_password_done")
    reset = [m for m in mail.outbox if m.to == ["priya@example.org"]]
    assert len(reset) == 1
    assert reset[0].subject == "[Safeguarding Learning Hub] Reset your password"
    assert "/account/password/reset/key/" in reset[0].body
