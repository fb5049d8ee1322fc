"""Phone numbers are stored in one form (+441632960100) but read the way people write them."""

import pytest
from django.urls import reverse

from lms.models import Role
from tests.factories import with_role
from tests.factories.workshops import WorkshopRequestFactory
from workshops import links

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop():
    return WorkshopRequestFactory(contact_phone="+441632960100")


def test_the_hosts_status_page_shows_the_number_as_written(client, workshop):
    html = client.get(links.status_url(workshop).split("testserver", 1)[1]).content.decode()
    assert "01632 960100" in html and "+441632960100" not in html


def test_the_coordinators_request_page_shows_it_readably_and_dialable(client, workshop):
    client.force_login(with_role(Role.WORKSHOP_COORDINATOR))
    html = client.get(reverse("workshops_admin:detail", args=[workshop.pk])).content.decode()
    assert '<a href="tel:+441632960100">01632 960100</a>' in html
