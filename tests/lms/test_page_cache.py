"""The whole-page cache for anonymous visitors (lms/page_cache): served from the cache without
touching the database, never stale after an editor's change, never for anyone with a session."""

import re

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageViewRestriction

from courses.models import ModulePage
from lms import page_cache
from lms.models import GuidancePage, HomePage, LocalAuthority, LocalAuthorityContact, SafeguardingContacts
from tests.factories import practitioner

pytestmark = pytest.mark.django_db

MODULE = "/learning/listen-up-speak-up/"  # open to visitors without an account
CACHED_PAGES = [
    "/",
    "/guidance/",
    "/guidance/what-is-neglect/",
    "/learning/",
    "/learning/understanding-neglect/",
    MODULE,
    "/privacy-notice/",
    "/search/",
]


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("url", CACHED_PAGES)
def test_the_second_anonymous_request_is_served_from_the_cache_without_a_query(
    client, url, django_assert_num_queries
):
    first = fetch(client, url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = fetch(client, url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert not second.cookies


def test_a_cached_page_keeps_the_quick_exit_and_the_security_headers(client, settings):
    settings.CONTENT_SECURITY_POLICY_ENFORCED = True
    fetch(client, "/guidance/")
    response = fetch(client, "/guidance/")
    assert response["X-Page-Cache"] == "hit"
    html = response.content.decode()
    assert 'href="/exit/"' in html
    assert "govuk-exit-this-page__button" in html
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response
    # And leaving works from it, with or without a session.
    left = Client(enforce_csrf_checks=True).get("/exit/")
    assert left.status_code == 302
    assert left["Location"] == settings.QUICK_EXIT_URL


def test_the_learning_pages_are_still_never_kept_by_the_browser(client):
    fetch(client, MODULE)
    response = fetch(client, MODULE)
    assert response["X-Page-Cache"] == "hit"
    assert "no-store" in response["Cache-Control"]


def test_publishing_a_new_revision_shows_the_new_text_at_once(client):
    page = GuidancePage.objects.get(slug="what-is-neglect").specific
    url = page.url
    assert "A newly published introduction" not in fetch(client, url).content.decode()
    fetch(client, url)
    page.intro = "A newly published introduction."
    page.save_revision().publish()
    response = fetch(client, url)
    assert response["X-Page-Cache"] == "miss"
    assert "A newly published introduction." in response.content.decode()
    # The navigation and the index on other cached pages change too.
    page.title = "Neglect, defined"
    page.save_revision().publish()
    assert "Neglect, defined" in fetch(client, "/guidance/").content.decode()


def test_a_draft_is_not_shown_but_publishing_it_is(client):
    page = GuidancePage.objects.get(slug="what-is-neglect").specific
    fetch(client, page.url)
    page.intro = "Draft words."
    page.save_revision()
    assert "Draft words." not in fetch(client, page.url).content.decode()
    page.get_latest_revision().publish()
    assert "Draft words." in fetch(client, page.url).content.decode()


def test_an_unpublished_page_is_gone_at_once(client):
    page = GuidancePage.objects.get(slug="what-is-neglect")
    fetch(client, page.url)
    fetch(client, page.url)
    page.unpublish()
    assert client.get(page.url).status_code == 404
    assert page.title.replace("'", "&#x27;") not in fetch(client, "/guidance/").content.decode()


def test_a_moved_or_deleted_page_is_gone_at_once(client):
    page = GuidancePage.objects.get(slug="what-is-neglect")
    url = page.url
    fetch(client, url)
    page.move(HomePage.objects.get(), pos="last-child")
    moved = client.get(url)
    assert moved.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert moved["Location"] == "/what-is-neglect/"
    fetch(client, "/what-is-neglect/")
    GuidancePage.objects.get(pk=page.pk).delete()
    assert client.get("/what-is-neglect/").status_code == 404


def test_a_module_page_shows_a_new_lesson_once_it_is_published(client):
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    fetch(client, MODULE)
    lesson = module.get_children().first().specific
    lesson.title = "A renamed lesson"
    lesson.save_revision().publish()
    assert "A renamed lesson" in fetch(client, MODULE).content.decode()


def contact_panel(client, url="/"):
    html = fetch(client, url).content.decode()
    return html[html.index('<aside class="app-contact-panel"') :]


def test_a_contacts_change_shows_the_new_contacts_at_once(client):
    assert "01234 000000" not in contact_panel(client)
    contact_panel(client)
    contact = LocalAuthorityContact.objects.get(local_authority__slug="bedford-borough")
    contact.phone = "01234 000000"
    contact.save()
    assert "01234 000000" in contact_panel(client)

    setting = SafeguardingContacts.load()
    setting.heading = "Concerned about a child?"
    setting.save()
    assert "Concerned about a child?" in contact_panel(client)

    authority = LocalAuthority.objects.get(slug="bedford-borough")
    authority.name = "Bedford Borough Council"
    authority.save()
    assert "Bedford Borough Council" in contact_panel(client)

    contact.delete()
    assert "01234 000000" not in contact_panel(client)


def test_a_signed_in_person_never_gets_the_anonymous_page_nor_fills_the_cache(client):
    person = practitioner()
    signed_in = Client()
    signed_in.force_login(person)
    mine = fetch(signed_in, "/")
    assert "Sign out" in mine.content.decode()
    assert "X-Page-Cache" not in mine
    # The anonymous page is not what they filled in, and once cached it is not what they get.
    anonymous = fetch(client, "/")
    assert anonymous["X-Page-Cache"] == "miss"
    assert "Sign out" not in anonymous.content.decode()
    fetch(client, "/")
    again = fetch(signed_in, "/")
    assert "X-Page-Cache" not in again
    assert "Sign out" in again.content.decode()


def test_a_visitor_with_anonymous_learning_gets_their_own_module_page(client):
    fetch(client, MODULE)
    assert fetch(client, MODULE)["X-Page-Cache"] == "hit"
    learner = Client()
    learner.post(f"{MODULE}confidence/before/", {"rating": "3"})
    assert learner.session.get("learner_key")
    mine = fetch(learner, MODULE)
    assert "X-Page-Cache" not in mine
    # Their lessons are links now; the cached page for others has none.
    lesson = ModulePage.objects.get(slug="listen-up-speak-up").get_children().first()
    assert f'href="{lesson.url}"' in mine.content.decode()
    assert f'href="{lesson.url}"' not in fetch(client, MODULE).content.decode()


def test_a_message_waiting_in_the_session_is_shown_not_lost(client):
    fetch(client, "/")
    assert fetch(client, "/")["X-Page-Cache"] == "hit"
    # Signing out leaves "You have signed out" in the new, anonymous session for the next page.
    visitor = Client()
    visitor.force_login(practitioner())
    assert visitor.post("/account/logout/").status_code == 302
    response = fetch(visitor, "/")
    assert "X-Page-Cache" not in response
    assert "You have signed out." in response.content.decode()
    # Shown once; the cached page never had it.
    assert "You have signed out." not in fetch(visitor, "/").content.decode()
    assert "You have signed out." not in fetch(client, "/").content.decode()


def test_a_page_with_a_csrf_token_is_never_stored(client):
    """The lesson form carries a CSRF token: a visitor with learning gets the page (not cached,
    their session), and its token works; a page setting the CSRF cookie is never stored."""
    learner = Client(enforce_csrf_checks=True)
    lesson = ModulePage.objects.get(slug="listen-up-speak-up").get_children().first()
    # The confidence question is a form with a token: a sub-route, and it sets the CSRF cookie.
    for _ in range(2):
        form = learner.get(f"{MODULE}confidence/before/")
        assert form.status_code == 200
        assert form.get("X-Page-Cache") == "miss"
        assert "csrftoken" in form.cookies
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.content.decode()).group(1)
    response = learner.post(f"{MODULE}confidence/before/", {"rating": "3", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    page = fetch(learner, lesson.url)
    assert "X-Page-Cache" not in page
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    assert learner.post(lesson.url, {"csrfmiddlewaretoken": token}).status_code == 302


def test_a_listed_view_whose_page_carries_a_csrf_token_is_not_stored(client, settings):
    """Wagtail's password form for a restricted page has a token: even on the list of views
    to cache, its responses set the CSRF cookie and are never stored."""
    page = GuidancePage.objects.get(slug="what-is-neglect")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret-words"
    )
    settings.PAGE_CACHE_VIEWS = [*settings.PAGE_CACHE_VIEWS, "wagtailcore_authenticate_with_password"]
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _ in range(2):
        response = fetch(client, url)
        assert response["X-Page-Cache"] == "miss"
        assert "csrftoken" in response.cookies
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_sub_routes_query_strings_and_other_methods_are_not_cached(client):
    for _ in range(2):
        response = client.get("/search/", {"q": "neglect"})
        assert "X-Page-Cache" not in response
        response = client.get(f"{MODULE}confidence/before/")
        assert response["X-Page-Cache"] == "miss"
        response = client.get("/learning/understanding-neglect/what-neglect-is/")
        assert response.status_code == 302  # sign in first: redirects are not stored
        assert response["X-Page-Cache"] == "miss"
    assert client.head("/guidance/")["X-Page-Cache"] == "miss"
    assert client.get("/guidance/")["X-Page-Cache"] == "hit"
    assert client.head("/guidance/")["X-Page-Cache"] == "hit"


def test_a_restricted_page_is_not_cached_and_a_new_restriction_applies_at_once(client):
    page = GuidancePage.objects.get(slug="what-is-neglect")
    fetch(client, page.url)
    assert fetch(client, page.url)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 302
        assert response["X-Page-Cache"] == "miss"
    PageViewRestriction.objects.filter(page=page).update(
        restriction_type=PageViewRestriction.PASSWORD, password="secret-words"
    )
    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 200  # the password form
        assert response["X-Page-Cache"] == "miss"
        assert 'name="password"' in response.content.decode()


def test_the_admins_and_personal_areas_are_never_looked_up(client):
    client.force_login(practitioner())
    anonymous = Client()
    for url in ["/admin/", "/account/login/", "/certificates/verify/", "/my-learning/"]:
        assert "X-Page-Cache" not in anonymous.get(url)


def test_page_cache_seconds_0_turns_it_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    fetch(client, "/")
    assert "X-Page-Cache" not in fetch(client, "/")


def test_every_worker_sees_a_change_through_a_shared_cache(settings):
    """Production's database cache (or Redis): a publish in one worker empties the cache for
    every other, as the generation lives in the shared cache, not in a worker's memory."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "limits_test"},
        "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "page_cache_test"},
    }
    call_command("createcachetable", verbosity=0)
    other_worker = caches.create_connection("shared")
    client = Client()
    fetch(client, "/guidance/")
    assert fetch(client, "/guidance/")["X-Page-Cache"] == "hit"
    before = other_worker.get(page_cache.GENERATION_KEY)
    assert before == page_cache.generation()
    page = GuidancePage.objects.get(slug="what-is-neglect").specific
    page.title = "Neglect, defined"
    page.save_revision().publish()
    assert other_worker.get(page_cache.GENERATION_KEY) != before
    assert "Neglect, defined" in fetch(client, "/guidance/").content.decode()


def test_a_lost_generation_never_brings_back_older_pages(client):
    fetch(client, "/")
    old = page_cache.generation()
    page_cache.cache.delete(page_cache.GENERATION_KEY)  # evicted
    assert page_cache.generation() != old
    assert fetch(client, "/")["X-Page-Cache"] == "miss"
