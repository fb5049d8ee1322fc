"""An email that cannot be sent is never reported as sent, and the person who caused it is told
(issue 11, item 11). Emails go to Django's locmem outbox; the failing mail server is a real
backend class that refuses every message, as an SMTP server that is down does."""

import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client
from django.urls import reverse

from bookings import services
from bookings.models import Booking
from tests.bookings.conftest import make_session, request
from tests.factories import ProfileFactory

FAILING = "tests.bookings.test_email_failures.MailServerDown"


class MailServerDown(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def booking_form(**overrides):
    return {
        "job_role": "Health visitor",
        "manager_name": "Bo Boss",
        "manager_email": "boss@example.org",
        "acknowledged_policy": "on",
        **overrides,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["Pat\rSmith", "Pat\nSmith", "Pat\r\nSmith", "Pat\x0bSmith", "Pat\u2028Smith"]
)
def test_a_name_with_a_line_break_still_emails_the_manager(django_capture_on_commit_callbacks, name):
    """Names saved before input refused control characters must still reach the manager."""
    practitioner = ProfileFactory(user__full_name=name, manager_email="boss@example.org").user
    with django_capture_on_commit_callbacks(execute=True):
        booking = request(make_session(), practitioner)
    approval = next(m for m in mail.outbox if m.to == ["boss@example.org"])
    assert approval.subject.endswith("Please approve or decline a course place for Pat Smith")
    assert services.email_outcome(booking, "approval_needed") == "sent"
    assert booking.events.get(action="emailed", detail__startswith="approval_needed:")


@pytest.mark.django_db
def test_a_failed_email_is_recorded_on_the_booking(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        booking = request(make_session(), ProfileFactory(manager_email="boss@example.org").user)
    assert services.email_outcome(booking, "approval_needed") == "not sent"
    failed = booking.events.get(action="email not sent", detail__startswith="approval_needed:")
    assert "Connection unexpectedly closed" in failed.detail


@pytest.mark.django_db
def test_my_bookings_says_when_the_manager_could_not_be_emailed(
    client, settings, django_capture_on_commit_callbacks
):
    practitioner = ProfileFactory(manager_email="boss@example.org").user
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        request(make_session(), practitioner)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        request(make_session(), practitioner)  # another session, its email sent
    client.force_login(practitioner)
    page = client.get(reverse("bookings:my_bookings")).content.decode()
    assert page.count("We could not email your line manager") == 1
    assert "boss@example.org" in page.split("We could not email your line manager")[1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("backend", "said", "not_said"),
    [
        (FAILING, "we could not send the email asking Bo Boss to approve it", "We have emailed"),
        ("django.core.mail.backends.locmem.EmailBackend", "We have emailed Bo Boss", "could not"),
    ],
    ids=["mail server down", "mail server up"],
)
def test_the_request_page_says_whether_the_manager_was_emailed(settings, backend, said, not_said):
    """Committed for real, as in production: the email task runs after commit, before the page
    decides what to say (the immediate task backend; a queued one says the email is on its way)."""
    settings.EMAIL_BACKEND = backend
    practitioner = ProfileFactory(manager_email="boss@example.org").user
    session = make_session()
    client = Client()
    client.force_login(practitioner)
    response = client.post(f"/courses/{session.pk}/book/", booking_form(), follow=True)
    page = response.content.decode().replace("&#x27;", "'")
    assert Booking.objects.filter(user=practitioner).exists()
    assert said in page and not_said not in page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_manager_is_not_told_we_emailed_the_practitioner_when_we_could_not(settings):
    booking = request(make_session(), ProfileFactory(manager_email="boss@example.org").user)
    link = reverse("bookings:manager_decision", args=[services.approval_token(booking)])
    settings.EMAIL_BACKEND = FAILING
    page = Client().post(link, {"action": "approve"}).content.decode().replace("&#x27;", "'")
    assert "Place approved" in page
    assert "We have emailed" not in page and "We could not email" in page


@pytest.mark.django_db
def test_a_header_that_cannot_be_sent_is_recorded_and_not_tried_again(settings):
    """A permanent failure (an address saved with a line break in it) is not retried."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from django_tasks_db.models import DBTaskResult

    from bookings.tasks import send_booking_email

    booking = request(make_session(), ProfileFactory(manager_email="boss@example.org").user)
    Booking.objects.filter(pk=booking.pk).update(manager_email="boss@example.org\nBcc: x@example.net")
    queued = DBTaskResult.objects.count()
    with pytest.raises(ValueError):
        send_booking_email.func(booking.pk, "approval_needed", {}, 1)
    assert DBTaskResult.objects.count() == queued  # nothing queued to try again
    assert services.email_outcome(booking, "approval_needed") == "not sent"
    assert not mail.outbox


@pytest.mark.django_db
def test_cancelling_a_session_does_not_claim_everyone_was_told(
    client, settings, django_capture_on_commit_callbacks
):
    """The emails go after the page is drawn (by a worker, in production): the page says they are
    on their way, and each booking's history says whether its email went."""
    from lms.models import Role
    from tests.bookings.conftest import confirmed
    from tests.factories import with_role

    session = make_session()
    booking = confirmed(session)
    settings.EMAIL_BACKEND = FAILING
    client.force_login(with_role(Role.WORKSHOP_COORDINATOR))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("bookings:cancel_session", args=[session.pk]), {"reason": "Venue flooded"}
        )
    page = client.get(response["Location"]).content.decode()
    assert "told" not in page and "We are emailing the 1 person booked" in page
    assert services.email_outcome(booking, "session_cancelled") == "not sent"
