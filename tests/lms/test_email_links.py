"""Every emailed link comes from SITE_URL, whatever address the request that caused the email
came to: sign-up confirmation, password reset and booking emails alike."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from bookings import services
from lms.models import Role
from tests.bookings.conftest import make_session
from tests.factories import ProfileFactory, with_role

pytestmark = pytest.mark.django_db

SITE = "https://learning.example.org"
OTHER_HOST = "old-name.example.net"


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE


def links_in(message) -> list[str]:
    return re.findall(r"https?://[^\s]+", message.body)


def test_sign_up_confirmation_links_use_the_site_url_not_the_request_host(client):
    client.post(
        reverse("account_signup"),
        {
            "full_name": "Sam Taylor",
            "email": "sam@example.org",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
        },
        HTTP_HOST=OTHER_HOST,
    )
    (message,) = mail.outbox
    links = links_in(message)
    assert links and all(link.startswith(f"{SITE}/") for link in links)
    assert any("/account/confirm-email/" in link for link in links)


def test_password_reset_links_use_the_site_url(client):
    user = ProfileFactory().user
    client.post(reverse("account_reset_password"), {"email": user.email}, HTTP_HOST=OTHER_HOST)
    (message,) = mail.outbox
    assert any(link.startswith(f"{SITE}/account/password/reset/key/") for link in links_in(message))
    assert OTHER_HOST not in message.body


def test_an_unknown_address_asking_for_a_reset_gets_site_url_links(client):
    client.post(reverse("account_reset_password"), {"email": "nobody@example.org"}, HTTP_HOST=OTHER_HOST)
    (message,) = mail.outbox
    assert OTHER_HOST not in message.body
    assert all(link.startswith(f"{SITE}/") for link in links_in(message))


def test_booking_emails_use_the_site_url_when_the_request_came_to_another_host(
    client, django_capture_on_commit_callbacks
):
    session = make_session()
    user = ProfileFactory(manager_email="boss@example.org").user
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/courses/{session.pk}/book/",
            {
                "job_role": "Health visitor",
                "manager_name": "Bo Boss",
                "manager_email": "boss@example.org",
                "access_needs": "",
                "acknowledged_policy": "on",
            },
            HTTP_HOST=OTHER_HOST,
        )
    received = next(m for m in mail.outbox if m.to == [user.email])
    approval = next(m for m in mail.outbox if m.to == ["boss@example.org"])
    assert links_in(received) == [f"{SITE}{reverse('bookings:my_bookings')}"]
    (approval_link,) = links_in(approval)
    assert approval_link.startswith(f"{SITE}/bookings/approve/")
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_session(
            session, by_user=with_role(Role.WORKSHOP_COORDINATOR), reason="Trainer unwell"
        )
    cancelled = next(m for m in mail.outbox if "cancel" in m.subject.lower() and m.to == [user.email])
    assert links_in(cancelled) == [f"{SITE}/courses/"]
