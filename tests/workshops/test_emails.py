"""What each workshop email says and carries: every host email has the private status link; the
facilitator's confirmation has the .ics; a facilitator is told when a confirmed date is off."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from tests.workshops.helpers import (
    coordinator,
    last_mail_to,
    propose,
    status_path,
    submit,
    trainer,
)
from workshops import services
from workshops.models import WorkshopRequest

pytestmark = pytest.mark.django_db
HOST = "sam@example.org"


@pytest.fixture
def send_now(django_capture_on_commit_callbacks):
    """Run each change's after-commit emails, as a committed transaction would."""

    def run(change, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return run


def assert_has_working_link(client, message, request):
    path = status_path(message)
    page = client.get(path)
    assert page.status_code == 200 and request.reference in page.content.decode()


def test_the_confirmation_of_a_request_lists_its_dates_and_link(client, send_now):
    request = send_now(submit)
    (message,) = mail.outbox
    assert message.to == [HOST]
    assert message.subject == f"[Safeguarding Learning Hub] Workshop request received: {request.reference}"
    assert (
        "Dear Sam Lee" in message.body
        and "free Listen Up, Speak Up workshop for Hillside Scouts" in message.body
    )
    first = request.preferred_dates.get()
    assert f"{first.date:%A %-d %B %Y}, evening" in message.body
    assert "please do not share it" in message.body
    assert_has_working_link(client, message, request)


def test_a_proposal_tells_the_host_the_date_time_place_and_facilitator(client, send_now):
    request = submit()
    request = send_now(propose, request, days=20, hour=18)
    message = last_mail_to(HOST)
    assert message.subject.endswith(f"A date for your workshop: {request.reference}")
    start = timezone.localtime(request.starts_at)
    assert f"{start:%A %-d %B %Y}, 6pm to 7pm" in message.body
    assert "Where: Scout hut, Hillside Road, LU2 7XA" in message.body
    assert "Facilitator: Tessa Okafor" in message.body
    assert "accept this date, or ask for another one" in message.body
    assert_has_working_link(client, message, request)
    assert trainer().email not in [address for m in mail.outbox for address in m.to]  # not until confirmed


def test_confirmation_sends_the_host_and_the_facilitator_a_calendar_file(send_now):
    request = send_now(services.accept, propose(submit(accessibility_needs="Wheelchair users attending.")))
    host = last_mail_to(HOST)
    facilitator = last_mail_to(trainer().email)
    assert "is confirmed" in host.subject and host.attachments[0][0] == f"{request.reference}.ics"
    assert facilitator.subject.startswith(
        "[Safeguarding Learning Hub] Workshop confirmed: Listen Up, Speak Up"
    )
    body = facilitator.body
    assert "Contact: Sam Lee, 01632 960100, sam@example.org" in body
    assert "Accessibility needs: Wheelchair users attending." in body
    assert "/training/workshops/" in body
    name, ics, content_type = facilitator.attachments[0]
    ics = ics.decode() if isinstance(ics, bytes) else ics
    assert (name, content_type) == (f"{request.reference}.ics", "text/calendar")
    assert "BEGIN:VEVENT" in ics and f"workshop-{request.pk}@safeguarding-learning-hub" in ics
    assert "Scout hut" in ics


def test_declining_gives_the_host_the_reason(client, send_now):
    request = send_now(services.decline, submit(), reason="No facilitator that month.", by_user=coordinator())
    message = last_mail_to(HOST)
    assert "We cannot run your workshop" in message.subject
    assert "The reason: No facilitator that month." in message.body
    assert_has_working_link(client, message, request)


def test_cancelling_tells_the_host_who_cancelled_and_frees_the_facilitator(send_now):
    request = services.accept(propose(submit()))
    send_now(services.cancel, request, reason="Facilitator unwell.", by_user=coordinator())
    host = last_mail_to(HOST)
    assert "we have had to cancel" in host.body and "The reason: Facilitator unwell." in host.body
    released = last_mail_to(trainer().email)
    assert "no longer in your diary" in released.subject and "cancelled" in released.body

    mail.outbox.clear()
    send_now(services.cancel, submit())
    assert "As you asked, we have cancelled" in last_mail_to(HOST).body
    assert [m.to for m in mail.outbox] == [[HOST]]  # no facilitator was committed


def test_rearranging_a_confirmed_workshop_with_someone_else_frees_the_first_facilitator(send_now):
    other = UserFactory(roles=["Trainers"])
    request = services.accept(propose(submit()))
    send_now(propose, request, days=25, facilitator=other)
    assert "being rearranged" in last_mail_to(trainer().email).body
    assert "A date for your workshop" in last_mail_to(HOST).subject


def test_asking_for_another_date_and_delivery_are_acknowledged(client, send_now):
    request = send_now(services.ask_for_another_date, propose(submit()), message="Weekends only")
    assert "We will look for another date" in last_mail_to(HOST).subject
    assert_has_working_link(client, last_mail_to(HOST), request)

    request = services.accept(propose(request))
    past = timezone.now() - timedelta(days=1)
    WorkshopRequest.objects.filter(pk=request.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    send_now(services.record_delivery, request, attendance=9, audience=["staff"], by_user=coordinator())
    assert "Thank you for hosting" in last_mail_to(HOST).subject


class BrokenMailServer:
    """An email backend whose server is always down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        import smtplib

        raise smtplib.SMTPServerDisconnected("mail server down")


def test_a_failed_workshop_email_is_retried_like_a_booking_email(settings):
    from django_tasks_db.models import DBTaskResult

    from workshops.tasks import send_workshop_email

    request = submit()
    settings.EMAIL_BACKEND = "tests.workshops.test_emails.BrokenMailServer"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    try:
        with pytest.raises(Exception, match="mail server down"):
            send_workshop_email.func(request.pk, "received", {}, 1)
        retry = DBTaskResult.objects.get()
        assert retry.run_after > timezone.now() and retry.args_kwargs["args"] == [
            request.pk,
            "received",
            {},
            2,
        ]
    finally:
        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_plain_text_emails_are_not_html_escaped(send_now):
    """'Pat O'Neil' must not arrive as 'Pat O&#x27;Neil': these emails are text, not HTML."""
    facilitator = UserFactory(roles=["Trainers"], full_name="Dáithí O'Brien")
    request = send_now(submit, organisation_name="St Mary's & St John's <Juniors>", contact_name="Pat O'Neil")
    request = send_now(propose, request, facilitator=facilitator)
    send_now(services.accept, request)
    host_mails = [m for m in mail.outbox if m.to == [HOST]]
    assert len(host_mails) == 3  # received, proposed, confirmed
    for message in host_mails:
        assert "Dear Pat O'Neil," in message.body
        assert "St Mary's & St John's <Juniors>" in message.body
        assert "&#x27;" not in message.body + message.subject and "&amp;" not in message.body
    assert "Facilitator: Dáithí O'Brien" in host_mails[1].body
    facilitator_mail = last_mail_to(facilitator.email)
    assert "Host: St Mary's & St John's <Juniors> (sports or activity club)" in facilitator_mail.body
    assert "Contact: Pat O'Neil," in facilitator_mail.body


def test_a_delayed_email_about_a_date_that_no_longer_stands_is_not_sent(
    send_now, django_capture_on_commit_callbacks
):
    """Emails are rendered when they are sent: a proposal's email still queued when the host
    asks for another date must not go out with a blank date."""
    request = send_now(submit)
    with django_capture_on_commit_callbacks() as queued_proposal:
        request = propose(request)
    send_now(services.ask_for_another_date, request, message="Evenings, please.")
    mail.outbox.clear()
    for callback in queued_proposal:  # the queue catches up
        callback()
    assert mail.outbox == []

    request = send_now(propose, request)  # a new proposal is emailed as usual
    assert last_mail_to(HOST).subject.endswith(f"A date for your workshop: {request.reference}")


def test_a_delayed_confirmation_is_not_sent_once_the_workshop_is_being_rearranged(
    send_now, django_capture_on_commit_callbacks
):
    request = send_now(propose, send_now(submit))
    with django_capture_on_commit_callbacks() as queued_confirmation:
        request = services.accept(request)
    send_now(propose, request, days=30)
    mail.outbox.clear()
    for callback in queued_confirmation:
        callback()
    assert mail.outbox == []


def test_an_email_queued_under_the_old_task_name_is_still_sent():
    """Tasks queued before workshops left bookings are stored as bookings.tasks.send_workshop_email."""
    from django.utils.module_loading import import_string

    request = submit()
    mail.outbox.clear()
    old_name = import_string("bookings.tasks.send_workshop_email")
    old_name.enqueue(request.pk, "received", {}, 1)
    assert [m.to for m in mail.outbox] == [[request.contact_email]]


def test_a_workshop_email_given_up_on_is_on_the_requests_history(client, settings, send_now):
    """The coordinator reads the history before telling a host anything; it must say the email failed."""
    settings.EMAIL_BACKEND = "tests.workshops.test_emails.BrokenMailServer"
    request = submit()
    send_now(propose, request)
    failed = WorkshopRequest.objects.get(pk=request.pk).events.get(action="email not sent")
    assert failed.detail.startswith("proposed:") and "mail server down" in failed.detail
    client.force_login(coordinator())
    page = client.get(reverse("workshops_admin:detail", args=[request.pk])).content.decode()
    assert "email not sent" in page.lower()
