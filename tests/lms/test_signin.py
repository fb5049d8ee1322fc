import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def sign_in(client, email, password):
    return client.post(reverse("account_login"), {"login": email, "password": password})


@pytest.mark.parametrize(
    ("email", "lands_on"),
    [
        ("practitioner@example.com", "/account/"),
        ("manager@example.com", "/account/"),
        ("trainer@example.com", "/account/"),
        ("finance@example.com", "/account/"),
        ("coordinator@example.com", "/account/"),
        ("editor@example.com", "/admin/"),
        ("admin@example.com", "/admin/"),
    ],
)
def test_each_demo_account_lands_where_its_role_works(client, demo_password, email, lands_on):
    response = sign_in(client, email, demo_password)
    assert response.status_code == 302
    assert response["Location"] == lands_on
    assert client.get(lands_on).status_code == 200


def test_a_new_practitioner_without_a_profile_is_sent_to_complete_it(client):
    from tests.factories import UserFactory

    UserFactory(email="new@example.org")
    response = sign_in(client, "new@example.org", "correct-horse-battery")
    assert response["Location"] == reverse("profile")


def test_wrong_password_gives_a_clear_error_and_keeps_the_email(client):
    response = sign_in(client, "practitioner@example.com", "not-the-password")
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "The email address and/or password you specified are not correct." in html
    assert 'value="practitioner@example.com"' in html
    assert "_auth_user_id" not in client.session


def test_repeated_failures_are_rate_limited_even_with_the_right_password(client, demo_password):
    for _ in range(5):
        sign_in(client, "practitioner@example.com", "wrong-password")
    response = sign_in(client, "practitioner@example.com", demo_password)
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_unverified_email_cannot_sign_in(client):
    from tests.factories import UserFactory

    UserFactory(email="unverified@example.org", verified=False)
    response = sign_in(client, "unverified@example.org", "correct-horse-battery")
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_an_empty_sign_in_says_what_to_enter(client):
    html = client.post(reverse("account_login"), {"login": "", "password": ""}).content.decode()
    assert '<a href="#id_login">Enter your email address</a>' in html
    assert '<a href="#id_password">Enter your password</a>' in html
    assert "placeholder=" not in html


def test_sign_out_asks_then_signs_out(client):
    from lms.models import User

    client.force_login(User.objects.get(email="practitioner@example.com"))
    assert "Are you sure you want to sign out?" in client.get(reverse("account_logout")).content.decode()
    response = client.post(reverse("account_logout"))
    assert response["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link_without_revealing_whether_the_account_exists(client):
    from django.core import mail

    for email in ["practitioner@example.com", "nobody@example.org"]:
        response = client.post(reverse("account_reset_password"), {"email": email})
        assert response["Location"] == reverse("account_reset_password_done")
    reset = [m for m in mail.outbox if m.to == ["practitioner@example.com"]]
    assert len(reset) == 1
    assert reset[0].subject == "[Safeguarding Learning Hub] Reset your password"
    assert "/account/password/reset/key/" in reset[0].body
