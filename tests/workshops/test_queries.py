"""The coordinators' queue and calendar and the facilitator's list take the same number of
queries for 5 requests as for 200."""

import random
from datetime import timedelta

import pytest
from django.urls import reverse_lazy

from lms.models import LocalAuthority
from tests.factories.workshops import WorkshopRequestFactory
from tests.workshops.helpers import at, coordinator, in_days, trainer
from workshops.models import WorkshopStatus

pytestmark = pytest.mark.django_db


def make_requests(count: int, first: int = 0) -> None:
    """Requests in every state, half with the one trainer on the same day (so clash flags have
    work to do), each with preferred dates and an event."""
    first_area, *other_areas = LocalAuthority.objects.order_by("name")
    areas = [first_area, None, *other_areas]  # so WS-2099-0001 is proposed, online and outside
    statuses = list(WorkshopStatus)
    facilitator = trainer()
    for n in range(first, first + count):
        status = statuses[n % len(statuses)]
        scheduled = status in (WorkshopStatus.PROPOSED, WorkshopStatus.CONFIRMED, WorkshopStatus.DELIVERED)
        starts = at(10 + n % 20, 9 + n % 8) if scheduled else None
        WorkshopRequestFactory(
            reference=f"WS-2099-{n:04d}",
            workshop=random.choice(["listen_up_speak_up", "neglect_matters"]),
            organisation_type="school",
            local_authority=areas[n % len(areas)],
            online=bool(n % 2),
            status=status,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1) if starts else None,
            facilitator=facilitator if scheduled else None,
            attendance=12 if status == WorkshopStatus.DELIVERED else None,
            preferred_dates=[(in_days(8), "morning"), (in_days(9), "morning")],
        )


COORDINATOR, TRAINER = coordinator, trainer
SCREENS = {
    # name: (who, url, query, the most queries allowed)
    "queue": (COORDINATOR, reverse_lazy("workshops_admin:index"), {}, 16),
    "queue filtered": (
        COORDINATOR,
        reverse_lazy("workshops_admin:index"),
        {"status": "proposed", "area": "outside", "format": "online"},
        16,
    ),
    "calendar": (COORDINATOR, reverse_lazy("workshops_admin:calendar"), "month", 12),
    "facilitator's list": (TRAINER, reverse_lazy("workshops:facilitator_list"), {}, 10),
    "report": (COORDINATOR, reverse_lazy("workshops_admin:report"), {}, 12),
}


@pytest.mark.parametrize("screen", SCREENS)
def test_the_same_number_of_queries_for_5_requests_as_for_200(client, django_assert_max_num_queries, screen):
    who, url, query, maximum = SCREENS[screen]
    if query == "month":
        query = {"month": f"{at(10):%Y-%m}"}
    client.force_login(who())
    client.get(url, query)  # caches (site root, content types) filled before counting

    def count_queries(requests: int) -> int:
        with django_assert_max_num_queries(maximum) as captured:
            response = client.get(url, query)
        assert response.status_code == 200
        html = response.content.decode()
        if screen == "queue":
            assert html.count("WS-2099-") == min(requests, 50)  # one page
        elif screen == "queue filtered":
            assert "WS-2099-0001" in html  # so the rows' own queries run at both sizes
        elif screen in ("calendar", "facilitator's list"):
            assert "WS-2099-" in html
        return len(captured)

    make_requests(5)
    few = count_queries(5)
    make_requests(195, first=5)
    assert count_queries(200) == few
