"""Refresher periods: reminders to the holder and their manager 60 and 14 days before expiry,
and lapsing on the day, both safe to run again."""

from datetime import date, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from certificates import accreditation as register
from certificates.models import AccreditationStatus
from tests.certificates.conftest import accredit
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db
EXPIRES = date(2027, 3, 1)


@pytest.fixture
def holder():
    return ProfileFactory(user__full_name="Bea Lindqvist", manager_email="line.manager@example.org").user


@pytest.fixture
def expiring(holder):
    return accredit("Bea Lindqvist", holder=holder, granted_on=date(2024, 3, 1), expires_on=EXPIRES)


def run_on(day: date, django_capture_on_commit_callbacks) -> int:
    with time_machine.travel(day), django_capture_on_commit_callbacks(execute=True):
        return register.send_expiry_reminders()


def test_nothing_is_sent_more_than_60_days_before(expiring, django_capture_on_commit_callbacks):
    assert run_on(EXPIRES - timedelta(days=61), django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_the_holder_and_their_manager_hear_60_then_14_days_before_once_each(
    expiring, django_capture_on_commit_callbacks
):
    assert run_on(EXPIRES - timedelta(days=60), django_capture_on_commit_callbacks) == 1
    assert run_on(EXPIRES - timedelta(days=59), django_capture_on_commit_callbacks) == 0
    assert run_on(EXPIRES - timedelta(days=14), django_capture_on_commit_callbacks) == 1
    assert run_on(EXPIRES - timedelta(days=14), django_capture_on_commit_callbacks) == 0
    assert run_on(EXPIRES - timedelta(days=2), django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 2
    first, second = mail.outbox
    assert first.to == [expiring.holder_email] and first.cc == ["line.manager@example.org"]
    assert "expires in 60 days" in first.subject and "expires in 14 days" in second.subject
    assert "1 March 2027" in first.body and "/courses/" in first.body
    assert "cannot lead an assessment" in first.body
    actions = list(expiring.events.values_list("action", "detail"))
    assert actions == [("reminded", "60 days before expiry"), ("reminded", "14 days before expiry")]


def test_a_missed_run_sends_only_the_nearer_reminder(expiring, django_capture_on_commit_callbacks):
    assert run_on(EXPIRES - timedelta(days=10), django_capture_on_commit_callbacks) == 1
    assert run_on(EXPIRES - timedelta(days=9), django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 1 and "expires in 10 days" in mail.outbox[0].subject


def test_suspended_and_non_expiring_accreditations_get_no_reminder(
    holder, django_capture_on_commit_callbacks
):
    accredit(holder=holder, expires_on=EXPIRES, status=AccreditationStatus.SUSPENDED)
    accredit(holder=holder, expires_on=None)
    assert run_on(EXPIRES - timedelta(days=30), django_capture_on_commit_callbacks) == 0


def test_someone_not_yet_registered_is_reminded_at_the_imported_address(django_capture_on_commit_callbacks):
    accredit("Cal Moreno", holder_email="cal.moreno@example.net", expires_on=EXPIRES)
    run_on(EXPIRES - timedelta(days=60), django_capture_on_commit_callbacks)
    assert mail.outbox[0].to == ["cal.moreno@example.net"] and mail.outbox[0].cc == []
    assert "line manager" not in mail.outbox[0].body


def test_lapsing_happens_on_the_expiry_date_and_only_once(expiring):
    with time_machine.travel(EXPIRES - timedelta(days=1)):
        assert register.lapse_expired() == 0
    with time_machine.travel(EXPIRES):
        assert register.lapse_expired() == 1
        assert register.lapse_expired() == 0
    expiring.refresh_from_db()
    assert expiring.status == AccreditationStatus.LAPSED
    assert list(expiring.events.values_list("action", flat=True)) == ["lapsed"]
    assert not expiring.can_lead_on(EXPIRES)


def test_the_daily_command_reminds_and_lapses(expiring, holder, capsys):
    other = accredit(holder=holder, granted_on=date(2024, 1, 1), expires_on=EXPIRES - timedelta(days=14))
    with time_machine.travel(EXPIRES - timedelta(days=14)):
        call_command("run_accreditation_schedule")
        call_command("run_accreditation_schedule")
    output = capsys.readouterr().out.splitlines()
    assert output == [
        "Sent 1 expiry reminder(s); lapsed 1 accreditation(s).",
        "Sent 0 expiry reminder(s); lapsed 0 accreditation(s).",
    ]
    other.refresh_from_db()
    assert other.status == AccreditationStatus.LAPSED


def test_a_suspended_accreditation_lapses_at_its_expiry_too(holder):
    suspended = accredit(holder=holder, expires_on=EXPIRES, status=AccreditationStatus.SUSPENDED)
    with time_machine.travel(EXPIRES):
        assert register.lapse_expired() == 1
    suspended.refresh_from_db()
    assert suspended.status == AccreditationStatus.LAPSED


def test_a_refresher_replaces_the_earlier_accreditation_so_its_reminders_stop(
    expiring, holder, django_capture_on_commit_callbacks
):
    trainer = ProfileFactory().user
    with time_machine.travel(EXPIRES - timedelta(days=90)):
        renewed = register.grant(
            scheme=expiring.scheme,
            holder=holder,
            granted_on=EXPIRES - timedelta(days=90),
            source_type="session_attendance",
            source_id=987_654,
            trainer_name="Tessa Okafor",
            by_user=trainer,
        )
    expiring.refresh_from_db()
    assert expiring.status == AccreditationStatus.LAPSED
    assert expiring.events.get().action == "renewed"
    assert renewed.status == AccreditationStatus.ACTIVE
    assert run_on(EXPIRES - timedelta(days=60), django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_granting_twice_for_one_source_gives_one_accreditation(holder, scheme):
    first = register.grant(
        scheme=scheme,
        holder=holder,
        granted_on=date(2026, 1, 5),
        source_type="session_attendance",
        source_id=55,
    )
    again = register.grant(
        scheme=scheme,
        holder=holder,
        granted_on=date(2026, 1, 5),
        source_type="session_attendance",
        source_id=55,
    )
    assert first == again and first.status == AccreditationStatus.ACTIVE
