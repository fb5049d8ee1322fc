import pytest
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


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
