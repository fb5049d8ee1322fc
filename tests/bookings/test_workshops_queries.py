"""The coordinators' queue and calendar and the facilitator's list take the same number of
queries for 5 requests as for 200."""

import random
from datetime import timedelta

import pytest
from django.urls import reverse

from bookings.models import PreferredDate, WorkshopEvent, WorkshopRequest, WorkshopStatus
from lms.models import LocalAuthority, User
from tests.bookings.workshop_helpers import at, in_days, trainer

pytestmark = pytest.mark.django_db


def make_requests(count: int) -> None:
    """Bulk-made requests in every state, half with the demo trainer on the same day (so clash
    flags have work to do), each with preferred dates and an event."""
    areas = [*LocalAuthority.objects.all(), None]
    statuses = list(WorkshopStatus)
    facilitator = trainer()
    requests = []
    for n in range(count):
        status = statuses[n % len(statuses)]
        scheduled = status in (WorkshopStatus.PROPOSED, WorkshopStatus.CONFIRMED, WorkshopStatus.DELIVERED)
        starts = at(10 + n % 20, 9 + n % 8) if scheduled else None
        requests.append(
            WorkshopRequest(
                reference=f"WS-2099-{n:04d}",
                secret=f"{n:032d}",
                workshop=random.choice(["listen_up_speak_up", "neglect_matters"]),
                organisation_name=f"Organisation {n}",
                organisation_type="school",
                local_authority=areas[n % len(areas)],
                format="online" if n % 2 else "face_to_face",
                audience=["staff"],
                audience_size=10,
                contact_name="Contact",
                contact_email=f"host{n}@example.org",
                contact_phone="01632 960100",
                consent_to_contact=True,
                status=status,
                starts_at=starts,
                ends_at=starts + timedelta(hours=1) if starts else None,
                facilitator=facilitator if scheduled else None,
                attendance=12 if status == WorkshopStatus.DELIVERED else None,
            )
        )
    created = WorkshopRequest.objects.bulk_create(requests)
    PreferredDate.objects.bulk_create(
        PreferredDate(request=r, date=in_days(7 + p), time_of_day="morning", position=p)
        for r in created
        for p in (1, 2)
    )
    WorkshopEvent.objects.bulk_create(
        WorkshopEvent(request=r, action="requested", by_host=True) for r in created
    )


@pytest.mark.parametrize("count", [5, 200])
def test_the_queue(client, django_assert_max_num_queries, count):
    make_requests(count)
    client.force_login(User.objects.get(email="coordinator@example.com"))
    with django_assert_max_num_queries(16):
        response = client.get(reverse("workshops_admin:index"))
    assert response.status_code == 200
    assert response.content.decode().count("WS-2099-") == min(count, 50)  # one page


@pytest.mark.parametrize("count", [5, 200])
def test_the_queue_filtered(client, django_assert_max_num_queries, count):
    make_requests(count)
    client.force_login(User.objects.get(email="coordinator@example.com"))
    with django_assert_max_num_queries(16):
        response = client.get(
            reverse("workshops_admin:index"), {"status": "proposed", "area": "outside", "format": "online"}
        )
    assert response.status_code == 200


@pytest.mark.parametrize("count", [5, 200])
def test_the_calendar(client, django_assert_max_num_queries, count):
    make_requests(count)
    client.force_login(User.objects.get(email="coordinator@example.com"))
    month = f"{at(10):%Y-%m}"
    with django_assert_max_num_queries(12):
        response = client.get(reverse("workshops_admin:calendar"), {"month": month})
    assert response.status_code == 200 and "WS-2099-" in response.content.decode()


@pytest.mark.parametrize("count", [5, 200])
def test_the_facilitators_list(client, django_assert_max_num_queries, count):
    make_requests(count)
    client.force_login(User.objects.get(email="trainer@example.com"))
    with django_assert_max_num_queries(10):
        response = client.get(reverse("bookings:facilitator_workshops"))
    assert response.status_code == 200 and "WS-2099-" in response.content.decode()


@pytest.mark.parametrize("count", [5, 200])
def test_the_report(client, django_assert_max_num_queries, count):
    make_requests(count)
    client.force_login(User.objects.get(email="coordinator@example.com"))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("workshops_admin:report"))
    assert response.status_code == 200
