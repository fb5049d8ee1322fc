"""Private links never reach the logs: Django logs the path of every refused request, and the
path of a host's status link or a manager's approval link is the key to what it opens."""

import logging
import smtplib
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from bookings import services as booking_services
from tests.bookings.conftest import make_session, request
from tests.factories import ProfileFactory
from tests.workshops.helpers import submit
from workshops import links

pytestmark = pytest.mark.django_db


def tampered(token: str) -> str:
    return token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")


@pytest.fixture
def request_log(caplog):
    caplog.set_level(logging.WARNING, logger="django.request")
    return caplog


def test_an_expired_status_link_is_logged_without_its_token(client, request_log):
    token = links.status_token(submit())
    with time_machine.travel(timezone.now() + timedelta(days=400)):
        response = client.get(reverse("workshops:status", args=[token]))
    assert response.status_code == 400
    assert "/workshops/status/[redacted]/" in request_log.text
    assert token not in request_log.text


def test_a_tampered_status_link_is_logged_without_its_token(client, request_log):
    token = tampered(links.status_token(submit()))
    response = client.get(reverse("workshops:status", args=[token]))
    assert response.status_code == 404
    assert "/workshops/status/[redacted]/" in request_log.text
    assert token not in request_log.text
    assert token.split(":")[0] not in request_log.text  # nor the signed payload alone


def test_a_refused_action_on_a_good_status_link_is_logged_without_its_token(client, request_log):
    token = links.status_token(submit())
    response = client.post(reverse("workshops:status", args=[token]), {"action": "accept"})
    assert response.status_code == 400
    assert request_log.records and token not in request_log.text


def test_a_tampered_manager_link_is_logged_without_its_token(client, request_log):
    booking = request(make_session(), ProfileFactory(manager_email="boss@example.org").user)
    token = tampered(booking_services.approval_token(booking))
    response = client.get(reverse("bookings:manager_decision", args=[token]))
    assert response.status_code == 400
    assert "/bookings/approve/[redacted]/" in request_log.text
    assert token not in request_log.text


@pytest.mark.django_db
def test_a_failed_email_is_logged_without_its_words_or_recipients(settings, caplog):
    """The log says which email failed, never what it said or whom it was to."""
    from lms.tasks import send_email

    settings.EMAIL_BACKEND = "tests.bookings.test_email_failures.MailServerDown"
    with caplog.at_level(logging.WARNING, logger="lms.emails"), pytest.raises(smtplib.SMTPException):
        send_email.func("Your account is deleted", "Dear Amira Quayle, we removed ...", ["amira@example.org"])
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "send_email" in logged
    assert "Amira" not in logged and "amira@example.org" not in logged and "deleted" not in logged
