"""The catalogue's and finance's filters (django-filter): the same query strings and results as
the forms they replaced, and a clear message, never a 500, for values that do not clean."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from bookings import services
from bookings.models import Charge, ChargeStatus, Session
from lms.models import LocalAuthority, Role
from tests.bookings.conftest import LONDON, confirmed, make_session
from tests.factories import OrganisationFactory, ProfileFactory, with_role

pytestmark = pytest.mark.django_db


def listed_sessions(client, query=None) -> list[int]:
    response = client.get("/courses/", query or {})
    assert response.status_code == 200
    return [row["session"].pk for row in response.context["rows"]]


def bookable():
    return Session.objects.bookable().order_by("starts_at")


def test_the_catalogue_filters_by_area_as_before(client):
    luton = LocalAuthority.objects.get(slug="luton")
    make_session(local_authority=luton)
    make_session(local_authority=LocalAuthority.objects.exclude(slug="luton").first())
    expected = list(bookable().filter(local_authority=luton).values_list("pk", flat=True))
    assert expected and listed_sessions(client, {"area": luton.pk}) == expected
    assert listed_sessions(client) == list(bookable().values_list("pk", flat=True))


def test_the_catalogue_filters_by_month_and_area_together(client):
    session = make_session(starts_at=timezone.now() + timedelta(days=200))
    local = session.starts_at.astimezone(LONDON)
    month = f"{local:%Y-%m}"
    expected = [
        s.pk
        for s in bookable()
        if f"{s.starts_at.astimezone(LONDON):%Y-%m}" == month
        and s.local_authority_id == session.local_authority_id
    ]
    assert session.pk in expected
    assert listed_sessions(client, {"month": month, "area": session.local_authority_id}) == expected
    html = client.get("/courses/", {"month": month}).content.decode()
    assert f'<option value="{month}" selected>{local:%B %Y}</option>' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"area": "abc"}, "Choose an area from the list"),
        ({"area": "99999999999999999999"}, "Choose an area from the list"),
        ({"area": "-1"}, "Choose an area from the list"),
        ({"month": "2027-13"}, "Choose a month from the list"),
        ({"month": "9" * 5000}, "Choose a month from the list"),
    ],
)
def test_a_bad_catalogue_value_is_explained_and_left_out(client, query, message):
    make_session()
    response = client.get("/courses/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<span class="govuk-visually-hidden">Error:</span> {message}' in html
    assert "govuk-form-group--error" in html
    # Only the bad filter is left out: the rest of the list still shows.
    listed = [row["session"].pk for row in response.context["rows"]]
    assert listed and listed == list(bookable().values_list("pk", flat=True))


def late_cancellation(organisation=None, *, days_ahead=3):
    session = make_session(starts_at=timezone.now() + timedelta(days=days_ahead))
    user = ProfileFactory(**({"organisation": organisation} if organisation else {})).user
    return services.cancel(confirmed(session, user), by_user=user)


@pytest.fixture
def finance(client):
    client.force_login(with_role(Role.FINANCE))
    return client


def listed_charges(client, query=None) -> list[int]:
    response = client.get(reverse("finance:charges"), query or {})
    assert response.status_code == 200
    return [charge.pk for charge in response.context["charges"]]


def test_finance_filters_by_organisation_status_course_and_dates_as_before(finance):
    kestrel = OrganisationFactory(name="Kestrel School")
    first, second = late_cancellation(kestrel), late_cancellation()
    Charge.objects.filter(pk=second.pk).update(raised_at=timezone.now() - timedelta(days=40))
    services_waived = late_cancellation(kestrel)
    Charge.objects.filter(pk=services_waived.pk).update(status=ChargeStatus.WAIVED, waived_reason="Ill")

    assert sorted(listed_charges(finance, {"organisation": kestrel.pk})) == sorted(
        [first.pk, services_waived.pk]
    )
    assert listed_charges(finance, {"organisation": kestrel.pk, "status": "pending"}) == [first.pk]
    assert listed_charges(finance, {"status": "waived"}) == [services_waived.pk]
    course = first.booking.session.course
    assert listed_charges(finance, {"course": course.pk}) == [first.pk]
    cutoff = (timezone.now() - timedelta(days=20)).astimezone(LONDON).date().isoformat()
    assert listed_charges(finance, {"raised_to": cutoff}) == [second.pk]
    assert second.pk not in listed_charges(finance, {"raised_from": cutoff})
    everything = listed_charges(finance)
    assert listed_charges(finance, {"raised_from": "", "status": ""}) == everything


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"raised_from": "2026-02-31"}, "Raised from must be a real date, like 2026-03-27"),
        ({"raised_to": "99999999999999999999"}, "Raised to must be a real date, like 2026-03-27"),
        ({"raised_from": "=cmd|' /C calc'!A0"}, "Raised from must be a real date, like 2026-03-27"),
        ({"status": "paid"}, "Choose a status from the list"),
        ({"course": "99999999999999999999"}, "Choose a course from the list"),
        ({"organisation": "abc"}, "Choose an organisation from the list"),
    ],
)
def test_a_bad_finance_filter_value_is_explained_and_left_out(finance, query, message):
    charge = late_cancellation()
    response = finance.get(reverse("finance:charges"), query)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<span class="govuk-visually-hidden">Error:</span> {message}' in html
    assert charge.pk in [c.pk for c in response.context["charges"]]


def test_finance_filter_queries_do_not_grow_with_the_charges(finance):
    kestrel = OrganisationFactory(name="Kestrel School")
    query = {"organisation": kestrel.pk, "status": "pending", "raised_from": "2020-01-01"}

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert finance.get(reverse("finance:charges"), query).status_code == 200
        return len(queries)

    late_cancellation(kestrel)
    count()  # Wagtail caches the site on the first request
    few = count()
    for _ in range(4):
        late_cancellation(kestrel)
        late_cancellation()
    many = count()
    assert many == few, (few, many)
