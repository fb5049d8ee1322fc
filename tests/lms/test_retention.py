"""The daily retention job: each rule at its boundary, and a second run the same day changes
nothing. Periods come from settings.RETENTION, which the privacy notice also reads."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.core.management import call_command

from courses.models import Attempt, Enrolment, LessonCompletion
from lms.models import ImportPreview, Role, User
from lms.privacy import retention
from tests.factories import BookingFactory, LessonPageFactory, ProfileFactory, UserFactory
from tests.factories.workshops import WorkshopRequestFactory
from workshops.models import WorkshopEvent, WorkshopRequest

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 15, 3, 0, tzinfo=ZoneInfo("Europe/London"))


def days_ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def run():
    with time_machine.travel(NOW, tick=False):
        return retention.apply_retention()


# Anonymous visitors' learning -----------------------------------------------------------------


def visitor_learning(last_step_days_ago: int, started_days_ago: int | None = None) -> Enrolment:
    lesson = LessonPageFactory()
    with time_machine.travel(days_ago(started_days_ago or last_step_days_ago), tick=False):
        enrolment = Enrolment.objects.create(module=lesson.get_parent().specific, anonymous_key="k" * 40)
    with time_machine.travel(days_ago(last_step_days_ago), tick=False):
        LessonCompletion.objects.create(enrolment=enrolment, lesson=lesson)
    return enrolment


@pytest.mark.parametrize(("days", "kept"), [(29, True), (31, False)])
def test_a_visitors_unclaimed_learning_goes_30_days_after_their_last_step(days, kept):
    enrolment = visitor_learning(days)
    run()
    assert Enrolment.objects.filter(pk=enrolment.pk).exists() is kept


def test_a_visitor_who_started_long_ago_but_worked_recently_keeps_their_learning():
    enrolment = visitor_learning(last_step_days_ago=29, started_days_ago=60)
    run()
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


def test_a_recent_assessment_attempt_counts_as_a_step():
    enrolment = visitor_learning(last_step_days_ago=60)
    with time_machine.travel(days_ago(29), tick=False):
        Attempt.objects.create(enrolment=enrolment, fingerprint="f")
    run()
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


def test_claimed_learning_is_never_removed_as_a_visitors():
    enrolment = visitor_learning(90)
    enrolment.user, enrolment.anonymous_key = UserFactory(), ""
    enrolment.save()
    run()
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()


# Unverified accounts --------------------------------------------------------------------------


def unverified_account(days: int, **fields) -> User:
    return UserFactory(verified=False, date_joined=days_ago(days), **fields)


@pytest.mark.parametrize(("days", "kept"), [(13, True), (15, False)])
def test_an_unverified_account_goes_14_days_after_sign_up(days, kept):
    user = unverified_account(days)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    run()
    assert User.objects.filter(pk=user.pk).exists() is kept


@pytest.mark.parametrize(
    "keeps_it",
    ["verified", "signed_in", "booking", "staff", "trainer"],
)
def test_an_old_account_stays_if_it_was_ever_used_or_given_a_role(keeps_it):
    """A trainer's account an administrator made, not yet signed in to, is not an abandoned
    sign-up: only practitioners' own sign-ups are removed."""
    roles = [Role.TRAINER] if keeps_it == "trainer" else []
    user = unverified_account(30, is_staff=keeps_it == "staff", roles=roles)
    if keeps_it == "verified":
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    if keeps_it == "signed_in":
        User.objects.filter(pk=user.pk).update(last_login=days_ago(20))
    if keeps_it == "booking":
        ProfileFactory(user=user)
        BookingFactory(user=user)
    run()
    assert User.objects.filter(pk=user.pk).exists()


# Workshop hosts' contact details --------------------------------------------------------------


def workshop(delivered_days_ago: int) -> WorkshopRequest:
    with time_machine.travel(days_ago(delivered_days_ago + 30), tick=False):
        request = WorkshopRequestFactory(
            delivered=True,
            starts_at=days_ago(delivered_days_ago),
            ends_at=days_ago(delivered_days_ago) + timedelta(hours=1),
            accessibility_needs="A hearing loop",
        )
    return request


@pytest.mark.parametrize(("days", "blanked"), [(2 * 365 - 1, False), (2 * 366 + 1, True)])
def test_a_hosts_contact_details_go_two_years_after_the_workshop(days, blanked):
    request = workshop(days)
    run()
    request.refresh_from_db()
    assert (request.contact_email == "") is blanked
    assert (request.contact_name == "") is blanked
    assert (request.contact_phone == "") is blanked
    assert (request.accessibility_needs == "") is blanked
    # What reports count stays.
    assert request.organisation_type == "club"
    assert request.starts_at == days_ago(days)
    assert request.attendance == 15
    assert request.preferred_dates.count() == 2
    host_events = WorkshopEvent.objects.filter(request=request, by_host=True)
    assert (host_events.get().actor_email == "") is blanked


def test_a_request_that_never_got_a_date_counts_from_its_last_preferred_date():
    with time_machine.travel(days_ago(800), tick=False):
        old = WorkshopRequestFactory(status="declined")
        recent = WorkshopRequestFactory(
            status="declined", preferred_dates=[(days_ago(700).date(), "morning")]
        )
    run()
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.contact_email == ""
    assert recent.contact_email != ""


# The job as a whole ---------------------------------------------------------------------------


def test_running_twice_changes_nothing_the_second_time():
    visitor_learning(31)
    unverified_account(15)
    workshop(800)

    first = run()
    second = run()

    assert first == retention.RetentionReport(visitor_learning=1, unverified_accounts=1, workshop_contacts=1)
    assert second == retention.RetentionReport(visitor_learning=0, unverified_accounts=0, workshop_contacts=0)


def test_the_command_runs_the_job_and_says_what_it_did(capsys):
    visitor_learning(31)
    with time_machine.travel(NOW, tick=False):
        call_command("apply_retention")
    assert "1 visitor" in capsys.readouterr().out


def test_the_task_runs_the_job():
    from lms.privacy.tasks import apply_retention

    unverified_account(15)
    with time_machine.travel(NOW, tick=False):
        result = apply_retention.enqueue()
    assert result.return_value == {
        "visitor_learning": 0,
        "unverified_accounts": 1,
        "workshop_contacts": 0,
        "import_previews": 0,
        "task_results": 0,
    }


def test_a_request_without_its_contact_still_opens_for_coordinators_and_in_reports(client):
    from django.urls import reverse

    from lms.models import Role
    from tests.factories import with_role

    request = workshop(800)
    run()
    client.force_login(with_role(Role.WORKSHOP_COORDINATOR))
    for url in (
        reverse("workshops_admin:detail", args=[request.pk]),
        reverse("workshops_admin:index"),
        reverse("workshops_admin:report"),
    ):
        assert client.get(url).status_code == 200, url


def test_a_backlog_larger_than_a_batch_is_all_removed(monkeypatch):
    monkeypatch.setattr(retention, "BATCH", 2)
    for _ in range(5):
        unverified_account(15)
    assert run().unverified_accounts == 5
    assert run().unverified_accounts == 0


def test_an_import_preview_nobody_confirmed_goes_once_it_can_no_longer_be_confirmed():
    """A preview holds the uploaded file's names and addresses; after its hour it is of no use."""
    keeper = UserFactory()
    for minutes in (59, 61):
        ImportPreview.objects.create(
            token=f"t{minutes}",
            kind="accreditations",
            user=keeper,
            payload={"rows": []},
            created_at=NOW - timedelta(minutes=minutes),
        )
    assert run().import_previews == 1
    assert list(ImportPreview.objects.values_list("token", flat=True)) == ["t59"]
    assert run().import_previews == 0
