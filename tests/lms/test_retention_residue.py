"""What the retention job removes from tables our code writes through other packages: the
background tasks' stored arguments (an email's recipients and text), and the contact's name in
Wagtail's log of a workshop request whose contact details it blanks."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from lms.privacy import retention
from lms.tasks import send_email
from tests.factories.workshops import WorkshopRequestFactory
from workshops.models import WorkshopRequest

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 15, 3, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(autouse=True)
def tasks_in_the_database(settings):
    """As in production: the worker's queue is a table."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def email_task(status: str | None, finished_days_ago: int = 0) -> str:
    with time_machine.travel(NOW - timedelta(days=finished_days_ago + 1), tick=False):
        result = send_email.enqueue("Your account has been deleted", "Dear Amira", ["amira@example.org"])
    if status:
        finished_at = NOW - timedelta(days=finished_days_ago)
        DBTaskResult.objects.filter(pk=result.id).update(status=status, finished_at=finished_at)
    return str(result.id)


def remaining() -> set[str]:
    return {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)}


@pytest.mark.parametrize(
    ("status", "days", "kept"),
    [
        ("SUCCESSFUL", 6, True),
        ("SUCCESSFUL", 8, False),
        ("FAILED", 6, True),
        ("FAILED", 8, False),
        (None, 30, True),  # still waiting for the worker: never removed
    ],
)
def test_a_finished_task_and_its_arguments_go_seven_days_after_it_finished(status, days, kept):
    task = email_task(status, days)

    report = retention.apply_retention(NOW)

    assert (task in remaining()) is kept
    assert report.task_results == (0 if kept else 1)


def test_a_running_task_is_never_removed():
    task = email_task(None, 30)
    DBTaskResult.objects.filter(pk=task).update(status="RUNNING")
    retention.apply_retention(NOW)
    assert task in remaining()


def test_a_backlog_of_task_results_larger_than_a_batch_is_all_removed(monkeypatch):
    monkeypatch.setattr(retention, "BATCH", 2)
    tasks = {email_task("SUCCESSFUL", 10) for _ in range(5)}
    assert retention.apply_retention(NOW).task_results == 5
    assert not tasks & remaining()


def test_wagtails_log_of_a_request_loses_the_contact_name_with_the_contact_details():
    request = WorkshopRequestFactory(
        contact_name="Amira Quayle", organisation_name="Amira Quayle Childminding"
    )
    log(instance=request, action="wagtail.edit")
    other = WorkshopRequestFactory(contact_name="Ben Other", organisation_name="Ben Other Childminding")
    log(instance=other, action="wagtail.edit")

    retention.blank_workshop_contacts(WorkshopRequest.objects.filter(pk=request.pk))

    labels = dict(ModelLogEntry.objects.values_list("object_id", "label"))
    assert "Amira" not in labels[str(request.pk)]
    assert retention.REMOVED_CONTACT in labels[str(request.pk)]
    assert "Ben Other" in labels[str(other.pk)]
