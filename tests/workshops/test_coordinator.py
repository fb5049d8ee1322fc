"""A coordinator works a request in the admin: propose, the host accepts, record delivery; or
confirm, decline, cancel. Filters narrow the queue; the report counts people reached."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lms.models import LocalAuthority
from tests.factories.workshops import WorkshopRequestFactory
from tests.workshops.helpers import (
    coordinator,
    delivered,
    in_days,
    last_mail_to,
    propose,
    status_path,
    submit,
    trainer,
)
from workshops import reports, services
from workshops.models import WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(coordinator())
    return client


def detail(request) -> str:
    return reverse("workshops_admin:detail", args=[request.pk])


def test_propose_then_the_host_accepts_from_the_emailed_link(
    admin_client, client, django_capture_on_commit_callbacks
):
    request = submit()
    page = admin_client.get(detail(request)).content.decode()
    assert (
        "Propose a date and facilitator" in page and "Hillside Scouts" in page and "sam@example.org" in page
    )
    day = in_days(21)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            detail(request),
            {
                "action": "propose",
                "date": day.isoformat(),
                "start_time": "18:30",
                "duration": "90",
                "facilitator": trainer().pk,
                "message": "Online joining details follow.",
            },
        )
    assert response.status_code == 302
    request.refresh_from_db()
    local = timezone.localtime(request.starts_at)
    assert (local.date(), local.hour, local.minute) == (day, 18, 30)
    assert request.ends_at - request.starts_at == timedelta(minutes=90)
    assert request.message_to_host == "Online joining details follow."
    assert "Date proposed" in admin_client.get(detail(request)).content.decode()

    host = last_mail_to("sam@example.org")
    assert "6:30pm to 8pm" in host.body and "Online joining details follow." in host.body
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(status_path(host), {"action": "accept"})
    request.refresh_from_db()
    assert request.status == WorkshopStatus.CONFIRMED
    assert (
        reverse("workshops:facilitator_ics", args=[request.pk])
        in admin_client.get(detail(request)).content.decode()
    )


def test_a_coordinator_confirms_a_date_agreed_by_phone(admin_client, django_capture_on_commit_callbacks):
    request = propose(submit())
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(detail(request), {"action": "confirm"})
    request.refresh_from_db()
    assert request.status == WorkshopStatus.CONFIRMED
    assert {tuple(m.to) for m in mail.outbox} >= {("sam@example.org",), (trainer().email,)}
    assert request.events.last().actor == coordinator()


def test_declining_needs_a_reason_and_emails_it(admin_client, django_capture_on_commit_callbacks):
    request = submit()
    response = admin_client.post(detail(request), {"action": "decline", "decline-reason": ""})
    assert response.status_code == 400 and "This field is required" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(detail(request), {"action": "decline", "decline-reason": "Outside our area."})
    request.refresh_from_db()
    assert request.status == WorkshopStatus.DECLINED
    assert "Outside our area." in last_mail_to("sam@example.org").body


def test_an_action_the_state_does_not_allow_is_a_message_not_an_error(admin_client):
    request = submit()
    response = admin_client.post(detail(request), {"action": "confirm"})
    assert response.status_code == 400
    assert (
        "This workshop request is waiting for a date, so it cannot be confirmed." in response.content.decode()
    )


def test_recording_delivery_after_the_workshop(admin_client):
    request = services.accept(propose(submit()))
    assert "Record the workshop as delivered" not in admin_client.get(detail(request)).content.decode()
    past = timezone.now() - timedelta(hours=3)
    WorkshopRequest.objects.filter(pk=request.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    assert "Record the workshop as delivered" in admin_client.get(detail(request)).content.decode()
    admin_client.post(
        detail(request),
        {"action": "deliver", "attendance": "23", "audience": ["staff", "volunteers"], "note": "Good."},
    )
    request.refresh_from_db()
    assert (request.status, request.attendance, request.delivered_audience, request.delivery_note) == (
        WorkshopStatus.DELIVERED,
        23,
        ["staff", "volunteers"],
        "Good.",
    )


def test_filters_narrow_the_queue(admin_client):
    luton = submit(organisation_name="Luton Lions")
    outside = submit(organisation_name="Far Away FC", local_authority=None, format="online")
    neglect = submit(organisation_name="Library Staff", workshop="neglect_matters")
    proposed = propose(submit(organisation_name="Proposed Club"))

    def listed(**filters):
        html = admin_client.get(reverse("workshops_admin:index"), filters).content.decode()
        return {
            r.organisation_name for r in (luton, outside, neglect, proposed) if r.organisation_name in html
        }

    assert listed() == {"Luton Lions", "Far Away FC", "Library Staff", "Proposed Club"}
    assert listed(area="outside") == {"Far Away FC"}
    assert listed(area="luton") == {"Luton Lions", "Library Staff", "Proposed Club"}
    assert listed(format="online") == {"Far Away FC"}
    assert listed(workshop="neglect_matters") == {"Library Staff"}
    assert listed(status="proposed") == {"Proposed Club"}
    assert listed(q="Lions") == {"Luton Lions"}


def test_the_report_counts_workshops_and_people_by_area_and_month(admin_client):
    WorkshopRequest.objects.all().delete()
    WorkshopRequestFactory(delivered=True, attendance=10)
    WorkshopRequestFactory(delivered=True, attendance=5)
    WorkshopRequestFactory(
        delivered=True, attendance=7, local_authority=LocalAuthority.objects.get(slug="bedford-borough")
    )
    WorkshopRequestFactory(delivered=True, attendance=3, local_authority=None)
    WorkshopRequestFactory(confirmed=True)  # not delivered: not counted
    WorkshopRequestFactory()
    rows = reports.delivered_by_area_and_month()
    assert [(r.area, r.workshops, r.people) for r in rows] == [
        ("Bedford Borough", 1, 7),
        ("Luton", 2, 15),
        ("Outside the partnership's areas", 1, 3),
    ]
    page = admin_client.get(reverse("workshops_admin:report")).content.decode()
    assert "<td>Luton</td><td>2</td><td>15</td>" in page
    assert '<th scope="row" colspan="2">Total</th><td>4</td><td>25</td>' in page


def test_the_report_csv_is_the_table_with_formula_cells_neutralised(admin_client):
    WorkshopRequest.objects.all().delete()
    area = LocalAuthority.objects.create(name="=HYPERLINK(1)", slug="formula")
    WorkshopRequestFactory(delivered=True, attendance=4, local_authority=area)
    response = admin_client.get(reverse("workshops_admin:report"), {"format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="workshops-delivered.csv"'
    assert response.streaming  # lms.spreadsheets.streamed_csv, as every other export
    rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
    assert rows[0] == ["Month", "Area", "Workshops delivered", "People reached"]
    assert rows[1][1:] == ["'=HYPERLINK(1)", "1", "4"]
    assert rows[-1] == ["Total", "", "1", "4"]


def test_the_report_period_filters_by_delivery_date(admin_client):
    WorkshopRequest.objects.all().delete()
    delivered(attendance=4)
    today = in_days(0)
    assert reports.delivered_by_area_and_month(start=today) == []
    assert len(reports.delivered_by_area_and_month(end=today)) == 1
    response = admin_client.get(
        reverse("workshops_admin:report"), {"delivered_from": today.isoformat(), "delivered_to": "2000-01-01"}
    )
    assert "The end of the period must be on or after its start." in response.content.decode()


def test_the_calendar_lists_the_months_scheduled_workshops_by_day(admin_client):
    request = propose(submit(organisation_name="Calendar Club"), days=15, hour=14)
    month = f"{timezone.localtime(request.starts_at):%Y-%m}"
    page = admin_client.get(reverse("workshops_admin:calendar"), {"month": month}).content.decode()
    assert "Calendar Club" in page and "14:00 to 15:00" in page
    assert f"{timezone.localtime(request.starts_at):%A %-d %B}" in page
    assert "Next month" in page and "Previous month" in page


def test_the_propose_form_says_what_proposing_sets_in_motion_in_each_state(admin_client):
    """Only a confirmed workshop has a facilitator to stand down; a proposed one only changes the offer."""
    request = submit()
    assert "emailed a link to accept the date" in admin_client.get(detail(request)).content.decode()
    propose(request)
    page = admin_client.get(detail(request)).content.decode()
    assert "instead of the one proposed before" in page
    assert "confirmed date is off" not in page
    services.confirm(request, by_user=coordinator())
    assert "facilitator told the confirmed date is off" in admin_client.get(detail(request)).content.decode()
