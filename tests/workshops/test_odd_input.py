"""Whatever a coordinator types or puts in the address bar, the admin screens answer with the
page or a form error, never a server error: years are held to 2000-2100."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.urls import reverse

from tests.workshops.helpers import coordinator, delivered, submit, trainer
from workshops.models import WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 5, 12, 9, tzinfo=UTC)


@pytest.fixture
def admin_client(client):
    with time_machine.travel(NOW, tick=False):
        client.force_login(coordinator())
        yield client


@pytest.mark.parametrize("month", ["0001-01", "1999-12", "2101-01", "9999-12", "2027-13", "soon", ""])
def test_a_month_out_of_range_or_unreadable_shows_the_current_month(admin_client, month):
    response = admin_client.get(reverse("workshops_admin:calendar"), {"month": month})
    assert response.status_code == 200
    page = response.content.decode()
    assert "May 2027" in page and "?month=2027-04" in page and "?month=2027-06" in page


@pytest.mark.parametrize("month", ["2000-01", "2100-12"])
def test_the_first_and_last_months_in_range_are_shown(admin_client, month):
    response = admin_client.get(reverse("workshops_admin:calendar"), {"month": month})
    assert response.status_code == 200
    assert datetime.strptime(month, "%Y-%m").strftime("%B %Y") in response.content.decode()


@pytest.mark.parametrize(
    "period",
    [
        {"delivered_to": "9999-12-31"},
        {"delivered_from": "0001-01-01"},
        {"delivered_from": "0001-01-01", "delivered_to": "9999-12-31"},
    ],
)
@pytest.mark.parametrize("csv", [False, True])
def test_a_report_period_out_of_range_is_a_form_error_not_a_server_error(admin_client, period, csv):
    WorkshopRequest.objects.all().delete()
    delivered(attendance=7)
    query = {**period, **({"format": "csv"} if csv else {})}
    response = admin_client.get(reverse("workshops_admin:report"), query)
    assert response.status_code == 200
    if csv:
        body = response.getvalue().decode()
        assert body.splitlines()[-1] == "Total,,1,7"  # the unfiltered report
    else:
        assert "Enter a date between 2000 and 2100" in response.content.decode()


def test_a_proposal_at_the_end_of_time_is_a_form_error_not_a_server_error(admin_client):
    request = submit()
    response = admin_client.post(
        reverse("workshops_admin:detail", args=[request.pk]),
        {
            "action": "propose",
            "date": "9999-12-31",
            "start_time": "23:00",
            "duration": "180",
            "facilitator": trainer().pk,
        },
    )
    assert response.status_code == 400
    assert "Enter a date between 2000 and 2100" in response.content.decode()
    request.refresh_from_db()
    assert request.status == WorkshopStatus.REQUESTED
