"""Every bookings list pages through its rows: the finance charges list, the course catalogue,
My bookings and the trainer's sessions. Page 2 shows the later rows, page links keep the filters,
totals count every matching row (not just the page), and queries stay flat as rows grow.

Page sizes are shrunk for these tests so a handful of rows spans several pages."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from bookings import finance_views, views
from bookings.models import Charge
from lms.models import LocalAuthority, Role
from tests.factories import (
    BookingFactory,
    ChargeFactory,
    OrganisationFactory,
    ProfileFactory,
    SessionFactory,
    area,
    with_role,
)

pytestmark = pytest.mark.django_db


def links(html: str) -> list[str]:
    """The pagination links on a page, unescaped."""
    found = re.findall(r'class="govuk-link govuk-pagination__link" href="([^"]*)"', html)
    return [link.replace("&amp;", "&") for link in found]


def days(n: int):
    return timezone.now() + timedelta(days=n)


# The finance charges list -------------------------------------------------------------------


@pytest.fixture
def finance(client, monkeypatch):
    monkeypatch.setattr(finance_views, "CHARGES_PER_PAGE", 3)
    client.force_login(with_role(Role.FINANCE))
    return client


def charges_raised(count: int, organisation=None, *, amount=Decimal("105.00")) -> list[Charge]:
    """`count` charges, newest first, raised a day apart."""
    made = []
    for n in range(count):
        extra = {"booking__user": ProfileFactory(organisation=organisation).user} if organisation else {}
        charge = ChargeFactory(amount=amount, **extra)
        Charge.objects.filter(pk=charge.pk).update(raised_at=days(-n - 1))
        made.append(charge)
    return made


def test_charges_page_two_shows_older_charges_and_keeps_the_filter(finance):
    kestrel = OrganisationFactory(name="Kestrel School")
    theirs = charges_raised(5, kestrel, amount=Decimal("40.00"))
    charges_raised(2, amount=Decimal("999.00"))  # another organisation's: never listed or totalled

    first = finance.get(reverse("finance:charges"), {"organisation": kestrel.pk})
    assert [c.pk for c in first.context["charges"]] == [c.pk for c in theirs[:3]]
    html = first.content.decode()
    # The count and total are of every matching charge, not of the page.
    assert "5 charges, £200.00 in total" in html
    second_link = f"?organisation={kestrel.pk}&page=2"
    assert second_link in links(html)

    second = finance.get(reverse("finance:charges") + second_link)
    assert [c.pk for c in second.context["charges"]] == [c.pk for c in theirs[3:]]
    html = second.content.decode()
    assert "5 charges, £200.00 in total" in html
    assert f"?organisation={kestrel.pk}" in links(html)  # back to page 1, filter kept
    assert 'aria-current="page">2<' in html
    # Paging alone is not filtering: the filter panel stays closed.
    assert (
        '<details class="govuk-details" open>'
        not in finance.get(reverse("finance:charges"), {"page": 2}).content.decode()
    )


def test_charges_past_the_last_page_show_the_last_page(finance):
    charges = charges_raised(4)
    response = finance.get(reverse("finance:charges"), {"page": 99})
    assert [c.pk for c in response.context["charges"]] == [charges[3].pk]


@pytest.mark.parametrize("count", [2, 12])
def test_charges_list_queries_stay_flat_across_pages(finance, django_assert_max_num_queries, count):
    charges_raised(count)
    finance.get(reverse("finance:charges"))  # Wagtail caches the site on the first request
    for page in (1, 2):
        with django_assert_max_num_queries(13):
            response = finance.get(reverse("finance:charges"), {"page": page, "status": "pending"})
        assert response.status_code == 200


# The course catalogue -----------------------------------------------------------------------


@pytest.fixture
def paged_catalogue(monkeypatch):
    monkeypatch.setattr(views, "CATALOGUE_PER_PAGE", 2)


def listed(response) -> list[int]:
    return [row["session"].pk for row in response.context["rows"]]


def test_catalogue_page_two_shows_later_sessions_with_their_places_and_keeps_the_area(
    client, paged_catalogue
):
    luton = area("luton")
    other = LocalAuthority.objects.exclude(pk=luton.pk).first()
    ours = [SessionFactory(local_authority=luton, starts_at=days(10 + n), capacity=5) for n in range(5)]
    SessionFactory(local_authority=other, starts_at=days(9))
    BookingFactory.create_batch(2, session=ours[2], confirmed=True)
    BookingFactory(session=ours[2], offered=True)
    BookingFactory(session=ours[2], cancelled=True)  # holds no seat
    BookingFactory(session=ours[2], requested=True)  # holds no seat

    first = client.get("/courses/", {"area": luton.pk})
    assert listed(first) == [ours[0].pk, ours[1].pk]
    assert "5 sessions taking bookings" in first.content.decode()
    assert f"?area={luton.pk}&page=2" in links(first.content.decode())

    second = client.get("/courses/", {"area": luton.pk, "page": 2})
    assert listed(second) == [ours[2].pk, ours[3].pk]
    places = {row["session"].pk: row["places_left"] for row in second.context["rows"]}
    assert places == {ours[2].pk: 2, ours[3].pk: 5}
    assert listed(client.get("/courses/", {"area": luton.pk, "page": 3})) == [ours[4].pk]


@pytest.mark.parametrize("count", [3, 15])
def test_catalogue_queries_stay_flat_across_pages(
    client, paged_catalogue, django_assert_max_num_queries, count
):
    for n in range(count):
        BookingFactory(session=SessionFactory(starts_at=days(10 + n)), confirmed=True)
    client.get("/courses/")
    for page in (1, 2):
        with django_assert_max_num_queries(13):
            assert client.get("/courses/", {"page": page}).status_code == 200


# My bookings --------------------------------------------------------------------------------


@pytest.fixture
def paged_bookings(monkeypatch):
    monkeypatch.setattr(views, "MY_BOOKINGS_PER_PAGE", 2)


def booked(user, starts_in: list[int], **status) -> list:
    return [BookingFactory(user=user, session=SessionFactory(starts_at=days(n)), **status) for n in starts_in]


def test_my_bookings_lists_upcoming_soonest_first_then_past_latest_first_each_paged(client, paged_bookings):
    user = ProfileFactory().user
    upcoming = booked(user, [5, 20, 40], confirmed=True)
    past = booked(user, [-3, -30, -60], attended=True)
    booked(ProfileFactory().user, [6, -4], confirmed=True)  # someone else's: never listed
    client.force_login(user)

    first = client.get(reverse("bookings:my_bookings"))
    assert [b.pk for b in first.context["upcoming"]] == [upcoming[0].pk, upcoming[1].pk]
    assert [b.pk for b in first.context["past"]] == [past[0].pk, past[1].pk]
    html = first.content.decode()
    assert html.index("Today and upcoming") < html.index(">Past<")
    assert {"?page=2", "?past=2"} <= set(links(html))

    # Each list pages on its own, and paging one keeps the other's page.
    later = client.get(reverse("bookings:my_bookings"), {"page": 2, "past": 2})
    assert [b.pk for b in later.context["upcoming"]] == [upcoming[2].pk]
    assert [b.pk for b in later.context["past"]] == [past[2].pk]
    assert "?past=2" in links(later.content.decode())  # upcoming page 1, past page kept


@pytest.mark.parametrize("count", [4, 12])
def test_my_bookings_queries_stay_flat(client, paged_bookings, django_assert_max_num_queries, count):
    user = ProfileFactory().user
    booked(user, range(5, 5 + count), confirmed=True)
    booked(user, range(-count - 2, -2), did_not_attend=True)
    booked(user, [50], requested=True)
    client.force_login(user)
    client.get(reverse("bookings:my_bookings"))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("bookings:my_bookings"), {"page": 2, "past": 2})
    assert len(response.context["upcoming"]) == 2 and len(response.context["past"]) == 2


# The trainer's sessions -----------------------------------------------------------------------


@pytest.fixture
def trainer(db, monkeypatch):
    monkeypatch.setattr(views, "TRAINER_SESSIONS_PER_PAGE", 2)
    return with_role(Role.TRAINER)


def runs(trainer, starts_in) -> list:
    return [SessionFactory(starts_at=days(n), trainers=[trainer]) for n in starts_in]


def test_trainer_sessions_page_upcoming_and_past_with_their_figures(client, trainer):
    upcoming = runs(trainer, [3, 10, 20])
    past = runs(trainer, [-2, -15, -40])
    SessionFactory(starts_at=days(4))  # someone else's session
    BookingFactory.create_batch(2, session=upcoming[2], confirmed=True)
    BookingFactory(session=upcoming[2], waitlisted=True)
    BookingFactory(session=past[2], attended=True)
    client.force_login(trainer)

    first = client.get(reverse("bookings:trainer_sessions"))
    assert [s.pk for s in first.context["upcoming"]] == [upcoming[0].pk, upcoming[1].pk]
    assert [s.pk for s in first.context["past"]] == [past[0].pk, past[1].pk]
    assert {"?page=2", "?past=2"} <= set(links(first.content.decode()))

    later = client.get(reverse("bookings:trainer_sessions"), {"page": 2, "past": 2})
    (third,) = later.context["upcoming"]
    assert (third.pk, third.booked, third.waiting) == (upcoming[2].pk, 2, 1)
    (oldest,) = later.context["past"]
    assert (oldest.pk, oldest.booked, oldest.waiting) == (past[2].pk, 0, 0)
    assert "?page=2" in links(later.content.decode())  # past page 1, upcoming page kept


@pytest.mark.parametrize("count", [4, 12])
def test_trainer_sessions_queries_stay_flat(client, trainer, django_assert_max_num_queries, count):
    for session in runs(trainer, range(3, 3 + count)) + runs(trainer, range(-count - 2, -2)):
        BookingFactory(session=session, confirmed=True)
    client.force_login(trainer)
    client.get(reverse("bookings:trainer_sessions"))
    with django_assert_max_num_queries(11):
        response = client.get(reverse("bookings:trainer_sessions"), {"page": 2, "past": 2})
    assert len(response.context["upcoming"]) == 2 and len(response.context["past"]) == 2
