"""A workshop's length is real time, and a start time the clocks skip is refused with a message,
never a server error: proposals around the March and October changes on the London clock."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.bookings.conftest import LONDON
from tests.workshops.helpers import coordinator, submit, trainer
from workshops import services
from workshops.models import WorkshopRequest, WorkshopStatus
from workshops.services import WorkshopError

pytestmark = pytest.mark.django_db

WINTER = datetime(2027, 1, 10, 12, tzinfo=UTC)  # before both changes of 2027
SPRING_FORWARD = "2027-03-28"  # 1am GMT becomes 2am BST
FALL_BACK = "2027-10-31"  # 2am BST becomes 1am GMT: 1:00 to 1:59 happen twice


@pytest.fixture
def proposing(client):
    """Post the coordinator's propose form for a fresh request, at a fixed time before the changes."""

    def post(day: str, start: str, minutes: int):
        request = submit()
        client.force_login(coordinator())
        response = client.post(
            reverse("workshops_admin:detail", args=[request.pk]),
            {
                "action": "propose",
                "date": day,
                "start_time": start,
                "duration": str(minutes),
                "facilitator": trainer().pk,
            },
        )
        request.refresh_from_db()
        return response, request

    with time_machine.travel(WINTER, tick=False):
        yield post


def test_a_start_time_the_clocks_skip_is_a_form_error_not_a_server_error(proposing):
    response, request = proposing(SPRING_FORWARD, "01:30", 60)
    assert response.status_code == 400
    assert "There is no 01:30 on 28 March 2027 because the clocks go forward" in response.content.decode()
    assert request.status == WorkshopStatus.REQUESTED and request.starts_at is None


@pytest.mark.parametrize(
    ("day", "start", "minutes", "utc_start", "utc_end"),
    [
        # 12:30am GMT + 2 hours is 3:30am BST: on the wall the workshop looks 3 hours long.
        (SPRING_FORWARD, "00:30", 120, (0, 30), (2, 30)),
        # 1:30am BST (the first one) + 1 hour is 1:30am GMT: on the wall it looks no time at all.
        (FALL_BACK, "01:30", 60, (0, 30), (1, 30)),
        # 12:30am BST + 3 hours is 2:30am GMT.
        (FALL_BACK, "00:30", 180, (23, 30), (2, 30)),
    ],
)
def test_the_length_chosen_is_the_real_length_across_a_change(
    proposing, day, start, minutes, utc_start, utc_end
):
    response, request = proposing(day, start, minutes)
    assert response.status_code == 302
    assert request.status == WorkshopStatus.PROPOSED
    assert request.ends_at - request.starts_at == timedelta(minutes=minutes)
    assert (request.starts_at.astimezone(UTC).hour, request.starts_at.astimezone(UTC).minute) == utc_start
    assert (request.ends_at.astimezone(UTC).hour, request.ends_at.astimezone(UTC).minute) == utc_end


def test_the_service_compares_real_instants_not_wall_clock_times():
    """1:15am GMT is 45 minutes after 1:30am BST, though it reads earlier on the wall."""
    first_half_past_one = datetime(2027, 10, 31, 1, 30, tzinfo=LONDON)  # BST, fold=0
    quarter_past_one_again = datetime(2027, 10, 31, 1, 15, fold=1, tzinfo=LONDON)  # GMT
    with time_machine.travel(WINTER, tick=False):
        request = services.propose(
            submit(),
            starts_at=first_half_past_one,
            ends_at=quarter_past_one_again,
            facilitator=trainer(),
            by_user=coordinator(),
        )
        assert WorkshopRequest.objects.get(pk=request.pk).ends_at - request.starts_at == timedelta(minutes=45)
        with pytest.raises(WorkshopError, match="end after it starts"):
            services.propose(
                submit(),
                starts_at=datetime(2027, 10, 31, 1, 30, fold=1, tzinfo=LONDON),  # GMT
                ends_at=datetime(2027, 10, 31, 1, 45, tzinfo=LONDON),  # BST: 45 minutes earlier
                facilitator=trainer(),
                by_user=coordinator(),
            )


def test_a_coordinator_with_another_time_zone_still_proposes_on_the_london_clock(client):
    """Wagtail runs each admin request in the user's own time zone; a time typed is London's."""
    request = submit()
    user = coordinator()
    # chosen before the admin offered only London
    UserProfile.objects.update_or_create(user=user, defaults={"current_time_zone": "Asia/Tokyo"})
    with time_machine.travel(WINTER, tick=False):
        client.force_login(user)
        response = client.post(
            reverse("workshops_admin:detail", args=[request.pk]),
            {
                "action": "propose",
                "date": "2027-02-03",
                "start_time": "10:00",
                "duration": "60",
                "facilitator": trainer().pk,
            },
        )
    assert response.status_code == 302, response.content
    assert response.url == reverse("workshops_admin:detail", args=[request.pk])
    request.refresh_from_db()
    assert request.starts_at == datetime(2027, 2, 3, 10, tzinfo=LONDON)
    assert request.ends_at == datetime(2027, 2, 3, 11, tzinfo=LONDON)
