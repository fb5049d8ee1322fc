"""Requested → proposed → confirmed → delivered, or declined or cancelled: every allowed move,
every refused one, and the audit trail each leaves."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.factories import UserFactory
from tests.factories.workshops import COORDINATOR_EMAIL
from tests.workshops.helpers import (
    at,
    confirmed,
    coordinator,
    delivered,
    in_days,
    propose,
    submit,
    trainer,
)
from workshops import services
from workshops.models import MACHINE, WorkshopRequest, WorkshopStatus
from workshops.services import WorkshopError

pytestmark = pytest.mark.django_db


def in_state(status: WorkshopStatus) -> WorkshopRequest:
    request = submit()
    if status == WorkshopStatus.REQUESTED:
        return request
    if status == WorkshopStatus.DECLINED:
        return services.decline(request, reason="No facilitator free.", by_user=coordinator())
    if status == WorkshopStatus.CANCELLED:
        return services.cancel(request)
    request = propose(request)
    if status == WorkshopStatus.PROPOSED:
        return request
    request = services.accept(request)
    if status == WorkshopStatus.CONFIRMED:
        return request
    return delivered()


def test_the_whole_journey_is_recorded_with_who_and_when():
    request = submit()
    request = propose(request)
    assert request.status == WorkshopStatus.PROPOSED and request.facilitator == trainer()
    request = services.accept(request)
    assert request.status == WorkshopStatus.CONFIRMED
    past = timezone.now() - timedelta(hours=2)
    WorkshopRequest.objects.filter(pk=request.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    request = services.record_delivery(
        request, attendance=18, audience=["volunteers"], note="Lively questions.", by_user=coordinator()
    )
    assert (request.status, request.attendance, request.delivered_audience) == (
        "delivered",
        18,
        ["volunteers"],
    )
    trail = list(
        request.events.values_list(
            "action", "from_state", "to_state", "by_host", "actor__email", "actor_email"
        )
    )
    assert trail == [
        ("request", "", "requested", True, None, "sam@example.org"),
        ("propose", "requested", "proposed", False, COORDINATOR_EMAIL, COORDINATOR_EMAIL),
        ("accept", "proposed", "confirmed", True, None, "sam@example.org"),
        ("deliver", "confirmed", "delivered", False, COORDINATOR_EMAIL, COORDINATOR_EMAIL),
    ]
    assert [event.label for event in request.events.all()] == [
        "Requested",
        "Date proposed",
        "Date accepted",
        "Delivered",
    ]


ACTIONS = {
    "propose": lambda r: propose(r),
    "accept": lambda r: services.accept(r),
    "confirm": lambda r: services.confirm(r, by_user=coordinator()),
    "ask for another date": lambda r: services.ask_for_another_date(r, message="A Saturday, please."),
    "decline": lambda r: services.decline(r, reason="Sorry.", by_user=coordinator()),
    "cancel": lambda r: services.cancel(r),
}
# Which actions each state allows; every other pair must be refused.
ALLOWED = {
    WorkshopStatus.REQUESTED: {"propose", "decline", "cancel"},
    WorkshopStatus.PROPOSED: {"propose", "accept", "confirm", "ask for another date", "decline", "cancel"},
    WorkshopStatus.CONFIRMED: {"propose", "ask for another date", "cancel"},
    WorkshopStatus.DELIVERED: set(),
    WorkshopStatus.DECLINED: set(),
    WorkshopStatus.CANCELLED: set(),
}


@pytest.mark.parametrize("status", list(WorkshopStatus))
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_each_action_is_allowed_only_from_the_right_state(status, action):
    request = in_state(status)
    events_before = request.events.count()
    if action in ALLOWED[status]:
        ACTIONS[action](request)
        assert request.events.count() == events_before + 1
    else:
        with pytest.raises(WorkshopError, match=r"This workshop request is|confirmed: cancel it instead"):
            ACTIONS[action](request)
        request.refresh_from_db()
        assert request.status == status
        assert request.events.count() == events_before


def test_a_refusal_says_why_in_words_a_host_understands():
    request = in_state(WorkshopStatus.CANCELLED)
    with pytest.raises(
        WorkshopError, match=r"^This workshop request is cancelled, so there is no date to accept\.$"
    ):
        services.accept(request)


def test_asking_for_another_date_clears_the_proposal_and_keeps_the_hosts_words():
    request = services.ask_for_another_date(propose(submit()), message="Evenings are better for us.")
    assert request.status == WorkshopStatus.REQUESTED
    assert (request.starts_at, request.facilitator) == (None, None)
    assert "Evenings are better for us." in request.events.last().detail


def test_asking_for_another_date_needs_a_message():
    with pytest.raises(WorkshopError, match="which dates or times"):
        services.ask_for_another_date(propose(submit()), message=" ")


def test_declining_and_a_coordinator_cancelling_need_a_reason_the_host_sees():
    with pytest.raises(WorkshopError, match="reason"):
        services.decline(submit(), reason="", by_user=coordinator())
    with pytest.raises(WorkshopError, match="reason"):
        services.cancel(confirmed(), reason="", by_user=coordinator())
    request = services.cancel(confirmed(), reason="Facilitator unwell.", by_user=coordinator())
    assert request.closed_reason == "Facilitator unwell." and not request.events.last().by_host


def test_a_proposal_must_be_in_the_future_end_after_it_starts_and_name_a_trainer():
    request = submit()
    with pytest.raises(WorkshopError, match="future"):
        services.propose(
            request,
            starts_at=at(-1),
            ends_at=at(-1) + timedelta(hours=1),
            facilitator=trainer(),
            by_user=coordinator(),
        )
    with pytest.raises(WorkshopError, match="end after"):
        services.propose(
            request, starts_at=at(5), ends_at=at(5), facilitator=trainer(), by_user=coordinator()
        )
    with pytest.raises(WorkshopError, match="trainer"):
        services.propose(
            request,
            starts_at=at(5),
            ends_at=at(5) + timedelta(hours=1),
            facilitator=UserFactory(),
            by_user=coordinator(),
        )


def test_a_proposal_whose_date_has_passed_cannot_be_accepted():
    request = propose(submit())
    WorkshopRequest.objects.filter(pk=request.pk).update(
        starts_at=at(-1), ends_at=at(-1) + timedelta(hours=1)
    )
    with pytest.raises(WorkshopError, match="has passed"):
        services.accept(request)


def test_delivery_is_recorded_only_once_the_workshop_has_started_and_can_be_corrected():
    with pytest.raises(WorkshopError, match="once the workshop has started"):
        services.record_delivery(confirmed(), attendance=10, audience=[], by_user=coordinator())
    request = delivered(attendance=10)
    request = services.record_delivery(request, attendance=12, audience=["staff"], by_user=coordinator())
    assert request.attendance == 12 and request.status == WorkshopStatus.DELIVERED
    assert request.events.last().action == "correct_delivery"


def test_a_started_workshop_can_no_longer_be_cancelled_by_anyone():
    request = confirmed()
    past = timezone.now() - timedelta(minutes=5)
    WorkshopRequest.objects.filter(pk=request.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    with pytest.raises(WorkshopError, match="already started"):
        services.cancel(request)


def test_submitting_enforces_its_rules_however_it_is_called():
    with pytest.raises(WorkshopError, match="at least one date"):
        submit(preferred_dates=[])
    with pytest.raises(WorkshopError, match="future"):
        submit(preferred_dates=[(in_days(0), "morning")])
    with pytest.raises(WorkshopError, match="contact you"):
        submit(consent_to_contact=False)
    with pytest.raises(WorkshopError, match="address"):
        submit(address="")
    assert submit(format="online", address="Ignored", postcode="X").address == ""


LAPSED_PROPOSAL_ACTIONS = {
    "ask for another date": lambda r: services.ask_for_another_date(r, message="Any Saturday."),
    "cancel": lambda r: services.cancel(r),
    "cancel by a coordinator": lambda r: services.cancel(
        r, reason="No longer needed.", by_user=coordinator()
    ),
}


@pytest.mark.parametrize("action", sorted(LAPSED_PROPOSAL_ACTIONS))
def test_a_proposal_whose_date_has_passed_can_be_re_asked_or_cancelled(action):
    """accept() sends a host with a lapsed proposal to 'ask for another date': that must work."""
    request = propose(submit(), days=3)
    with time_machine.travel(request.ends_at + timedelta(days=1)):
        with pytest.raises(WorkshopError, match="Ask for another date"):
            services.accept(request)
        request = LAPSED_PROPOSAL_ACTIONS[action](request)
    assert request.status in (WorkshopStatus.REQUESTED, WorkshopStatus.CANCELLED)
    assert request.events.last().from_state == WorkshopStatus.PROPOSED


@pytest.mark.parametrize("action", sorted(LAPSED_PROPOSAL_ACTIONS))
def test_a_confirmed_workshop_that_has_started_cannot_be_re_asked_or_cancelled(action):
    request = services.accept(propose(submit(), days=3))
    with (
        time_machine.travel(request.starts_at + timedelta(minutes=1)),
        pytest.raises(WorkshopError, match="already started"),
    ):
        LAPSED_PROPOSAL_ACTIONS[action](request)
    request.refresh_from_db()
    assert request.status == WorkshopStatus.CONFIRMED


def test_a_confirmed_workshop_that_has_started_cannot_be_rearranged():
    started = services.accept(propose(submit(), days=3))
    lapsed = propose(submit(), days=3)
    events_before = started.events.count()
    with time_machine.travel(started.starts_at + timedelta(minutes=10)):
        with pytest.raises(WorkshopError, match="already started, so it can no longer be rearranged"):
            propose(started, days=10)
        # A proposal whose date has passed never took place: it can still be replaced.
        assert propose(lapsed, days=10).status == WorkshopStatus.PROPOSED
    started.refresh_from_db()
    assert started.status == WorkshopStatus.CONFIRMED and started.events.count() == events_before


def test_the_audit_trail_gives_times_in_govuk_style_on_the_london_clock():
    request = propose(submit(), days=20, hour=9, hours=2)
    day = f"{in_days(20):%-d %B %Y}"
    assert request.events.last().detail == f"9am to 11am on {day} with {trainer().full_name}"
    request = services.ask_for_another_date(request, message="Evenings.")
    assert request.events.last().detail == f"Instead of 9am to 11am on {day}: Evenings."


def test_only_coordinators_take_the_coordinators_actions_and_only_the_host_the_hosts():
    """The table says who, not only when: a trainer cannot propose, a coordinator cannot accept
    on the host's behalf, and the status page (no account) is offered only the host's actions."""
    request = submit()
    with pytest.raises(WorkshopError, match="Only a workshop coordinator"):
        services.propose(
            request,
            starts_at=at(5),
            ends_at=at(5) + timedelta(hours=1),
            facilitator=trainer(),
            by_user=trainer(),
        )
    with pytest.raises(WorkshopError, match="Only a workshop coordinator"):
        services.decline(request, reason="No.", by_user=None)
    request = propose(request)
    assert MACHINE.allowed_actions(request, timezone.now(), None) == ["accept", "another_date", "cancel"]
    assert MACHINE.allowed_actions(request, timezone.now(), coordinator()) == [
        "propose",
        "confirm",
        "decline",
        "cancel",
    ]
    assert MACHINE.allowed_actions(request, timezone.now(), trainer()) == []
    assert request.events.count() == 2
