"""The coordinators' queue pages through its requests, 50 at a time: page 2 carries on where page
1 stopped, keeps the filters and sort in its links, and rows that tie on the sorted column are
ordered by id too, so none is shown twice or skipped between pages."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.models import LocalAuthority
from tests.factories.workshops import WorkshopRequestFactory
from tests.workshops.helpers import coordinator
from workshops.models import WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db
QUEUE = reverse("workshops_admin:index")


def make(count: int, *, status=WorkshopStatus.REQUESTED, prefix="WS-2099-", first=0, **fields):
    """`count` requests received an hour apart, the highest number the newest."""
    start = timezone.now() - timedelta(days=30)
    for n in range(first, first + count):
        request = WorkshopRequestFactory(reference=f"{prefix}{n:04d}", status=status, **fields)
        WorkshopRequest.objects.filter(pk=request.pk).update(submitted_at=start + timedelta(hours=n))


def references(html: str, prefix: str = "WS-2099-") -> list[str]:
    """The references the page's rows link to, in order."""
    found = []
    for part in html.split(prefix)[1:]:
        reference = prefix + part[:4]
        if reference not in found:
            found.append(reference)
    return found


def link(html: str, which: str) -> str:
    """Where Wagtail's pagination's Previous or Next goes."""
    found = re.search(rf'<li class="{which}">\s*<a href="([^"]*)"', html)
    assert found, f"no {which} link"
    return unescape(found.group(1))


def test_page_two_shows_the_older_requests_and_keeps_the_filters(client):
    luton = LocalAuthority.objects.get(slug="luton")
    make(60, local_authority=luton, format="online")
    make(30, prefix="WS-2098-", local_authority=luton, format="face_to_face")  # filtered out
    make(5, prefix="WS-2097-", status=WorkshopStatus.DECLINED, local_authority=luton, format="online")
    client.force_login(coordinator())
    filters = {"status": "requested", "area": "luton", "format": "online"}

    first = client.get(QUEUE, filters).content.decode()
    assert references(first) == [f"WS-2099-{n:04d}" for n in range(59, 9, -1)]
    assert "WS-2098-" not in first and "WS-2097-" not in first
    next_link = link(first, "next")
    for name, value in {**filters, "p": "2"}.items():
        assert f"{name}={value}" in next_link

    second = client.get(QUEUE, {**filters, "p": "2"}).content.decode()
    assert references(second) == [f"WS-2099-{n:04d}" for n in range(9, -1, -1)]
    assert "WS-2098-" not in second and "WS-2097-" not in second
    previous_link = link(second, "prev")
    for name, value in filters.items():
        assert f"{name}={value}" in previous_link


@pytest.mark.parametrize("ordering", ["organisation_name", "-organisation_name", "status", "-status"])
def test_rows_that_tie_on_the_sort_are_ordered_by_id_so_pages_never_overlap(client, ordering):
    make(70, organisation_name="Hillside Scouts")  # every row ties on both columns
    client.force_login(coordinator())
    with CaptureQueriesContext(connection) as captured:
        first = references(client.get(QUEUE, {"ordering": ordering}).content.decode())
    listing = next(q["sql"] for q in captured.captured_queries if "LIMIT 50" in q["sql"])
    direction = "DESC" if ordering.startswith("-") else "ASC"
    assert f'"bookings_workshoprequest"."id" {direction}' in listing.split("ORDER BY")[1]
    second = references(client.get(QUEUE, {"ordering": ordering, "p": "2"}).content.decode())
    assert len(first) == 50 and len(second) == 20
    assert set(first) | set(second) == {f"WS-2099-{n:04d}" for n in range(70)}


@pytest.mark.parametrize("requests", [60, 300])
def test_page_two_of_a_filtered_queue_takes_the_same_queries_at_two_sizes(
    client, django_assert_max_num_queries, requests
):
    make(requests, format="online")
    client.force_login(coordinator())
    client.get(QUEUE)  # caches filled before counting
    with django_assert_max_num_queries(16):
        response = client.get(QUEUE, {"status": "requested", "format": "online", "p": "2"})
    assert len(references(response.content.decode())) == (50 if requests >= 100 else 10)
