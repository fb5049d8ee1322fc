"""What every page shows comes from the cache (lms/shared_cache.py), yet a change shows on the
very next request: contacts, navigation, role names and private pages."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from lms.models import LocalAuthority, LocalAuthorityContact, Role, SafeguardingContacts, StandardPage
from tests.factories import UserFactory, with_role

pytestmark = pytest.mark.django_db


def html(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def navigation(client, url="/"):
    page = html(client, url)
    start = page.index('<ul class="govuk-service-navigation__list"')
    return page[start : page.index("</ul>", start)]


def test_the_contact_panel_is_not_queried_again_once_cached(client, django_assert_max_num_queries):
    client.force_login(with_role(Role.EDITOR))
    assert "Edit the site" in html(client)
    with django_assert_max_num_queries(10) as context:
        html(client)
    tables = " ".join(query["sql"] for query in context.captured_queries)
    assert "lms_localauthoritycontact" not in tables
    assert "lms_safeguardingcontacts" not in tables
    assert "auth_group" not in tables
    assert "wagtailcore_pageviewrestriction" not in tables


def test_a_contact_changed_shows_on_the_next_request(client):
    assert "01234 000000" not in html(client)
    contact = LocalAuthorityContact.objects.get(local_authority__slug="bedford-borough")
    contact.phone = "01234 000000"
    contact.save()
    assert "01234 000000" in html(client)
    contact.delete()
    assert "01234 000000" not in html(client)


def test_the_setting_and_an_authority_renamed_show_on_the_next_request(client):
    html(client)
    setting = SafeguardingContacts.load()
    setting.heading = "Concerned about a child?"
    setting.save()
    assert "Concerned about a child?" in html(client)
    luton = LocalAuthority.objects.get(name="Luton")
    luton.name = "Luton Borough"
    luton.save()
    assert "Luton Borough" in html(client)


def test_navigation_follows_publishing_unpublishing_and_renaming(client):
    assert "Workshops for schools" not in navigation(client)
    home = Page.objects.get(depth=2).specific
    page = StandardPage(title="Workshops for schools", slug="workshops-for-schools", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    assert "Workshops for schools" in navigation(client)

    page.title = "Workshops for your school"
    page.save_revision().publish()
    assert "Workshops for your school" in navigation(client)

    page.unpublish()
    assert "Workshops for your school" not in navigation(client)


def test_the_navigation_marks_the_current_section(client):
    nav = navigation(client, "/learning/")
    assert 'href="/learning/" aria-current="page"' in nav


def test_a_role_given_or_taken_shows_on_the_next_request(client):
    user = UserFactory()
    client.force_login(user)
    assert "Edit the site" not in html(client)
    editors = Group.objects.get(name=Role.EDITOR)
    user.groups.add(editors)
    assert "Edit the site" in html(client)
    editors.user_set.remove(user)
    assert "Edit the site" not in html(client)
    editors.user_set.add(user)
    assert "Edit the site" in html(client)
    editors.user_set.clear()
    assert "Edit the site" not in html(client)


def test_role_names_are_cached_for_the_person(django_assert_num_queries):
    from lms.models import User

    user = with_role(Role.TRAINER)
    names = User.objects.get(pk=user.pk).role_names
    assert Role.TRAINER in names
    fresh = User.objects.get(pk=user.pk)
    with django_assert_num_queries(0):
        assert fresh.role_names == names


def test_a_page_made_private_asks_for_sign_in_at_once(client):
    assert client.get("/learning/").status_code == 200
    learning = Page.objects.get(depth=3, slug="learning")
    restriction = PageViewRestriction.objects.create(
        page=learning, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/learning/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    restriction.delete()
    assert client.get("/learning/").status_code == 200
