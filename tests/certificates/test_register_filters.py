"""The register's search as a django-filter FilterSet: same query string, same people, still
paged, and bad values in the query string answered with a message rather than a 500."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from certificates.models import AccreditationStatus
from lms.models import LocalAuthority, Role
from tests.certificates.conftest import accredit, many_holders, signed_in
from tests.factories import OrganisationFactory
from tests.stored_exports import exported

pytestmark = pytest.mark.django_db


def names(client, query) -> list[str]:
    response = client.get(reverse("register:register"), query)
    assert response.status_code == 200
    return [accreditation.holder_name for accreditation in response.context["page"]]


def test_a_bookmarked_search_still_finds_the_same_people_in_name_order(client):
    bedford = LocalAuthority.objects.get(slug="bedford-borough")
    health = OrganisationFactory(name="Kestrel Health Visiting", local_authority=bedford)
    accredit("Wren Ashdown", organisation=health)
    accredit("Wren Baxter", organisation=health, status=AccreditationStatus.SUSPENDED)
    accredit("Ada Wren", organisation=OrganisationFactory(name="Kestrel Academy"))
    signed_in(client, Role.MANAGER)
    query = f"name=++wren+&organisation=kestrel&area={bedford.pk}&status=&can_lead=on"
    response = client.get(f"{reverse('register:register')}?{query}")
    assert [a.holder_name for a in response.context["page"]] == ["Wren Ashdown"]
    assert names(client, {"name": "wren"}) == ["Ada Wren", "Wren Ashdown", "Wren Baxter"]
    assert names(client, {"name": "wren", "status": "suspended"}) == ["Wren Baxter"]
    html = response.content.decode()
    assert 'value="  wren "' in html and 'name="can_lead"' in html
    assert "checked" in html.split('name="can_lead"')[1].split(">")[0]


def test_the_filtered_register_is_still_paged_and_pages_keep_the_search(client):
    many_holders(60)
    signed_in(client, Role.MANAGER)
    first = client.get(reverse("register:register"), {"name": "holder"})
    assert len(first.context["page"]) == 50 and first.context["page"].paginator.count == 60
    assert "?name=holder&amp;page=2" in first.content.decode()
    second = client.get(reverse("register:register"), {"name": "holder", "page": "2"})
    assert len(second.context["page"]) == 10


def test_page_two_carries_on_in_name_order_and_its_links_keep_the_filters(client):
    many_holders(60)
    for n in range(5):  # they would sort among the first page's names, but are filtered out
        accredit(f"Holder {n:05d}a", status=AccreditationStatus.SUSPENDED)
    signed_in(client, Role.MANAGER)
    search = {"name": "holder", "status": "active", "can_lead": "on"}
    first = client.get(reverse("register:register"), search)
    assert names(client, search) == [f"Holder {n:05d}" for n in range(50)]
    assert "?name=holder&amp;status=active&amp;can_lead=on&amp;page=2" in first.content.decode()
    second = client.get(reverse("register:register"), {**search, "page": "2"})
    assert [a.holder_name for a in second.context["page"]] == [f"Holder {n:05d}" for n in range(50, 60)]
    html = second.content.decode()
    assert "?name=holder&amp;status=active&amp;can_lead=on&amp;page=1" in html and 'rel="prev"' in html
    assert 'rel="next"' not in html and "Page 2 of 2" in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"area": "abc"}, "Choose an area from the list"),
        ({"area": "99999999999999999999"}, "Choose an area from the list"),
        ({"status": "struck off"}, "Choose a status from the list"),
        ({"name": "x" * 151}, "Name must be 150 characters or fewer"),
        ({"organisation": "y" * 201}, "Organisation must be 200 characters or fewer"),
    ],
)
def test_a_bad_value_is_explained_and_only_that_filter_is_left_out(client, query, message):
    accredit("Wren Ashdown")
    accredit("Ivo Castell", status=AccreditationStatus.SUSPENDED)
    signed_in(client, Role.MANAGER)
    response = client.get(reverse("register:register"), query)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<span class="govuk-visually-hidden">Error:</span> {message}' in html
    assert 'class="govuk-error-summary"' in html  # and the summary links to the field
    assert names(client, query) == names(client, {})  # everyone: the bad filter is left out
    export = exported(client, reverse("register:export", args=["csv"]), {"query": urlencode(query)})
    assert len(export) == 3  # the header and everyone: the bad filter is left out here too
