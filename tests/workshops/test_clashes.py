"""A facilitator booked twice at overlapping times is flagged: another proposed or confirmed
workshop, or a classroom session they train. Flagged in the queue, the calendar and the
facilitator's list; warned about (not refused) when proposing."""

from datetime import timedelta

import pytest
from django.urls import reverse

from tests.bookings.conftest import make_session
from tests.factories import UserFactory
from tests.workshops.helpers import at, coordinator, propose, submit, trainer
from workshops import services
from workshops.clashes import clashes
from workshops.models import WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db


def flagged(request) -> bool:
    return WorkshopRequest.objects.with_clash_flag().get(pk=request.pk).has_clash


@pytest.mark.parametrize(
    ("other_start_hour", "other_hours", "clash"),
    [
        (10, 1, True),  # the same hour
        (9, 2, True),  # overlapping the start
        (10, 3, True),  # overlapping the end
        (11, 1, False),  # straight after: touching is not a clash
        (8, 2, False),  # straight before
    ],
)
def test_overlapping_workshops_for_one_facilitator_clash(other_start_hour, other_hours, clash):
    first = propose(submit(), days=20, hour=10)
    second = propose(submit(organisation_name="Second"), days=20, hour=other_start_hour, hours=other_hours)
    assert flagged(first) is clash and flagged(second) is clash
    found = clashes(trainer(), first.starts_at, first.ends_at, ignore=first)
    assert [c.what for c in found] == (
        [f"Listen Up, Speak Up for Second ({second.reference})"] if clash else []
    )


def test_a_classroom_session_the_facilitator_trains_clashes():
    session = make_session(starts_at=at(20, 9, 30))  # 9:30am to 4:30pm
    session.trainers.add(trainer())
    request = propose(submit(), days=20, hour=13)
    assert flagged(request)
    (clash,) = clashes(trainer(), request.starts_at, request.ends_at, ignore=request)
    assert clash.what == "GCP2 Practitioner Training (classroom session)"


def test_only_the_same_facilitators_live_commitments_count():
    propose(submit(), days=20, hour=10, facilitator=UserFactory(roles=["Trainers"]))  # someone else
    cancelled = propose(submit(organisation_name="Cancelled"), days=20, hour=10)
    services.cancel(cancelled)
    session = make_session(starts_at=at(20, 9, 30))
    session.trainers.add(trainer())
    session.status = "cancelled"
    session.save()
    request = propose(submit(organisation_name="Mine"), days=20, hour=10)
    assert (
        not flagged(request) and clashes(trainer(), request.starts_at, request.ends_at, ignore=request) == []
    )


def test_requests_without_a_date_never_clash():
    assert not flagged(submit())


def test_proposing_over_a_clash_warns_and_needs_a_tick(client):
    first = propose(submit(), days=20, hour=10)
    second = submit(organisation_name="Second")
    client.force_login(coordinator())
    url = reverse("workshops_admin:detail", args=[second.pk])
    data = {
        "action": "propose",
        "date": first.starts_at.date().isoformat(),
        "start_time": "10:30",
        "duration": "60",
        "facilitator": trainer().pk,
    }
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Tessa Okafor is already down for something at that time" in html
    assert f"Listen Up, Speak Up for Hillside Scouts ({first.reference})" in html
    second.refresh_from_db()
    assert second.status == WorkshopStatus.REQUESTED

    response = client.post(url, {**data, "propose_despite_clash": "on"})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.status == WorkshopStatus.PROPOSED and flagged(second)


def test_the_service_refuses_a_clash_unless_the_coordinator_says_so():
    """The tick is the service's rule, not only the admin form's: any caller must say so."""
    first = propose(submit(), days=20, hour=10)
    second = submit(organisation_name="Second")
    with pytest.raises(services.ClashError) as refused:
        propose(second, days=20, hour=10, despite_clash=False)
    assert [c.what for c in refused.value.clashes] == [
        f"Listen Up, Speak Up for Hillside Scouts ({first.reference})"
    ]
    assert "Tessa Okafor is already down for something at that time" in str(refused.value)
    second.refresh_from_db()
    assert second.status == WorkshopStatus.REQUESTED and second.starts_at is None
    assert list(second.events.values_list("action", flat=True)) == ["request"]
    propose(second, days=20, hour=10, despite_clash=True)
    second.refresh_from_db()
    assert second.status == WorkshopStatus.PROPOSED and flagged(second)


def test_a_proposal_with_no_clash_needs_no_tick():
    request = propose(submit(), days=20, hour=10, despite_clash=False)
    assert request.status == WorkshopStatus.PROPOSED and not flagged(request)


def row_for(html: str, text: str) -> str:
    return next(row for row in html.split("<tr")[1:] if text in row)


def test_clashes_show_in_the_queue_the_calendar_and_the_facilitators_list(client):
    first = propose(submit(), days=20, hour=10)
    second = propose(submit(organisation_name="Second"), days=20, hour=10)
    alone = propose(submit(organisation_name="Alone"), days=20, hour=14)
    client.force_login(coordinator())
    queue = client.get(reverse("workshops_admin:index")).content.decode()
    assert "Clash" in row_for(queue, first.reference) and "Clash" in row_for(queue, second.reference)
    assert "Clash" not in row_for(queue, alone.reference)
    month = f"{first.starts_at:%Y-%m}"
    calendar = client.get(reverse("workshops_admin:calendar"), {"month": month}).content.decode()
    assert "Clash" in row_for(calendar, first.reference) and "Clash" not in row_for(calendar, alone.reference)
    detail = client.get(reverse("workshops_admin:detail", args=[first.pk])).content.decode()
    assert "Tessa Okafor is also down for" in detail
    client.force_login(trainer())
    mine = client.get(reverse("workshops:facilitator_list")).content.decode()
    assert "Clash" in row_for(mine, first.reference) and "Clash" not in row_for(mine, alone.reference)


def test_rearranging_a_workshop_does_not_clash_with_itself():
    request = propose(submit(), days=20, hour=10)
    starts = request.starts_at + timedelta(minutes=30)
    request = services.propose(
        request,
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        facilitator=trainer(),
        by_user=coordinator(),
    )
    assert not flagged(request)
