"""HomePage.route finds the pages along an address in one query; what it serves must be what
Wagtail's own routing would: live pages only, 404 for the rest, a module's own routes intact."""

import pytest
from wagtail.models import Page

from lms.models import StandardPage

pytestmark = pytest.mark.django_db


def add_page(parent, slug, **fields):
    page = StandardPage(title=slug.title(), slug=slug, **fields)
    parent.add_child(instance=page)
    return page


def test_nested_pages_are_served_and_unknown_addresses_are_404(client):
    home = Page.objects.get(depth=2).specific
    outer = add_page(home, "outer")
    add_page(outer, "inner", intro="The inner page.")
    assert "The inner page." in client.get("/outer/inner/").content.decode()
    assert client.get("/outer/").status_code == 200
    assert client.get("/outer/missing/").status_code == 404
    assert client.get("/missing/inner/").status_code == 404
    assert client.get("/inner/").status_code == 404  # a slug found only elsewhere in the tree


def test_a_draft_page_is_404_but_pages_below_it_are_served_as_wagtail_does(client):
    home = Page.objects.get(depth=2).specific
    draft = add_page(home, "draft-section", live=False)
    add_page(draft, "published-child", intro="Still served.")
    assert client.get("/draft-section/").status_code == 404
    assert "Still served." in client.get("/draft-section/published-child/").content.decode()


def test_a_module_keeps_its_own_routes(client):
    from courses.models import ModulePage
    from tests.factories import LessonPageFactory, ModulePageFactory

    module = ModulePageFactory(slug="routed", account_required=False)
    LessonPageFactory(parent=module, slug="first-lesson")
    assert client.get("/learning/routed/").status_code == 200
    assert client.get("/learning/routed/confidence/before/").status_code == 200
    assert client.get("/learning/routed/not-a-route/").status_code == 404
    response = client.get("/learning/routed/first-lesson/")
    assert response.status_code == 302  # not started: the confidence question first
    assert (
        ModulePage.objects.get(pk=module.pk).reverse_subpage("confidence", args=["before"])
        in response["Location"]
    )
