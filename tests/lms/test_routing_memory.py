"""Routing from memory (lms/page_cache/routing.py): after the first request a page is routed
without a query, and every change to the tree is seen at once, signed in (never page-cached)
as much as anonymous."""

import pytest
from asgiref.sync import async_to_sync
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import AsyncClient
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from courses.models import ModulePage
from courses.services import Learner, enrol
from lms import page_cache, shared_cache
from lms.models import GuidancePage, HomePage, StandardPage
from lms.page_cache import routing
from tests.factories import LessonPageFactory, practitioner

pytestmark = pytest.mark.django_db

GUIDANCE = "/guidance/what-is-neglect/"


@pytest.fixture
def learner():
    return practitioner()


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def tree_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    tables = ('"wagtailcore_site"', '"wagtailcore_page"', "wagtail_site_root_paths")
    return [
        query["sql"] for query in context.captured_queries if any(name in query["sql"] for name in tables)
    ]


def test_the_second_request_is_routed_without_a_query(signed_in):
    assert tree_queries(signed_in, GUIDANCE)  # the first works it out
    assert tree_queries(signed_in, GUIDANCE) == []
    assert tree_queries(signed_in, "/learning/understanding-neglect/")
    assert tree_queries(signed_in, "/learning/understanding-neglect/") == []


def test_a_lesson_its_module_outline_and_breadcrumbs_come_from_memory(signed_in, learner):
    module = ModulePage.objects.get(slug="understanding-neglect")
    enrol(module, Learner(user=learner))
    lesson = module.lessons().first()
    signed_in.get(lesson.url)
    assert tree_queries(signed_in, lesson.url) == []
    html = signed_in.get(lesson.url).content.decode()
    assert 'class="govuk-breadcrumbs__link"' in html
    assert module.title in html


def test_publishing_unpublishing_moving_and_deleting_are_seen_at_once_signed_in(signed_in):
    page = GuidancePage.objects.get(slug="what-is-neglect").specific
    signed_in.get(GUIDANCE)
    page.intro = "A newly published introduction."
    page.save_revision().publish()
    assert "A newly published introduction." in signed_in.get(GUIDANCE).content.decode()

    page.unpublish()
    assert signed_in.get(GUIDANCE).status_code == 404
    page.save_revision().publish()
    assert signed_in.get(GUIDANCE).status_code == 200

    page.move(HomePage.objects.get(), pos="last-child")
    assert signed_in.get(GUIDANCE).status_code == 301  # Wagtail's redirect, not the old route
    assert signed_in.get("/what-is-neglect/").status_code == 200
    GuidancePage.objects.get(pk=page.pk).delete()
    assert signed_in.get("/what-is-neglect/").status_code == 404


def test_an_address_that_led_nowhere_is_found_once_a_page_is_published_there(signed_in):
    assert signed_in.get("/new-page/").status_code == 404
    assert signed_in.get("/new-page/").status_code == 404
    HomePage.objects.get().add_child(instance=StandardPage(title="New page", slug="new-page"))
    assert signed_in.get("/new-page/").status_code == 200


def test_a_renamed_parent_and_a_new_lesson_show_on_pages_routed_from_memory(signed_in, learner):
    module = ModulePage.objects.get(slug="understanding-neglect")
    enrol(module, Learner(user=learner))
    lesson = module.lessons().first()
    signed_in.get(lesson.url)
    signed_in.get(module.url)
    module.title = "Neglect, understood"
    module.save_revision().publish()
    assert "Neglect, understood" in signed_in.get(lesson.url).content.decode()  # breadcrumbs
    LessonPageFactory(
        parent=ModulePage.objects.get(pk=module.pk), title="A brand new lesson", slug="brand-new"
    )
    assert "A brand new lesson" in signed_in.get(module.url).content.decode()  # the outline


def test_a_view_restriction_added_later_still_applies(signed_in):
    signed_in.get(GUIDANCE)
    restriction = PageViewRestriction.objects.create(
        page=GuidancePage.objects.get(slug="what-is-neglect"), restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Only some"))
    response = signed_in.get(GUIDANCE)
    assert response.status_code == 302  # Wagtail's check runs on every request
    assert "A newly" not in response.content.decode()


def test_another_workers_change_reaches_this_one_through_the_shared_generation(signed_in):
    """Each worker keeps its own table; a change made in another worker starts a new generation
    in the shared cache, which this worker reads at the start of every request."""
    signed_in.get(GUIDANCE)
    Page.objects.filter(slug="what-is-neglect").update(live=False)  # as if elsewhere: no signal here
    assert signed_in.get(GUIDANCE).status_code == 200  # this worker still has its answer
    page_cache.cache.set(page_cache.TREE_KEY, "another-workers-generation", timeout=None)
    assert signed_in.get(GUIDANCE).status_code == 404


def test_a_site_change_is_seen_at_once(signed_in):
    signed_in.get(GUIDANCE)
    site = Site.objects.get(is_default_site=True)
    other_root = HomePage.objects.get().add_child(
        instance=StandardPage(title="Other root", slug="other-root")
    )
    site.root_page = other_root
    site.save()
    assert signed_in.get(GUIDANCE).status_code == 404
    assert signed_in.get("/").status_code == 200
    assert "Other root" in signed_in.get("/").content.decode()


def test_the_table_is_bounded(signed_in, monkeypatch):
    monkeypatch.setattr(routing, "MAX_ROUTES", 2)
    for url in ["/", "/guidance/", GUIDANCE, "/learning/"]:
        signed_in.get(url)
    table = routing.table_for(page_cache.generation(key=page_cache.TREE_KEY))
    assert [components for _site, components in table.routes] == [
        ("guidance", "what-is-neglect"),
        ("learning",),
    ]


def test_page_cache_seconds_0_routes_as_wagtail_does(signed_in, settings):
    settings.PAGE_CACHE_SECONDS = 0
    signed_in.get(GUIDANCE)
    assert tree_queries(signed_in, GUIDANCE)


def test_a_new_body_is_shown_at_once_signed_in(signed_in):
    page = GuidancePage.objects.get(slug="what-is-neglect").specific
    signed_in.get(GUIDANCE)
    page.body = [("paragraph", "<p>A body published just now.</p>")]
    page.save_revision().publish()
    assert "A body published just now." in signed_in.get(GUIDANCE).content.decode()


def test_block_templates_read_only_their_own_values(settings):
    """A page's body is rendered once and shown to everyone (lms/templatetags/page_parts.py): a
    block template that read the request, the person or a token would leak it to others."""
    templates = [*(settings.BASE_DIR / "templates").glob("**/blocks/*.html")]
    assert len(templates) > 10
    for template in templates:
        text = template.read_text()
        for word in ("request", "user", "csrf", "perms", "messages"):
            assert word not in text, f"{template} reads {word}"


@pytest.fixture
def database_caches(settings):
    """Production's database caches, so that every read of the shared cache is a query to count."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "limits_test"},
        "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "shared_test"},
    }
    call_command("createcachetable", verbosity=0)


def shared_cache_reads(client, url):
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    sql = [query["sql"] for query in context.captured_queries]
    return [q for q in sql if "shared_test" in q], [
        q for q in sql if "wagtailcore_site" in q or "limits_test" in q
    ]


def test_a_signed_in_page_reads_the_shared_cache_once(database_caches, signed_in, learner):
    module = ModulePage.objects.get(slug="understanding-neglect")
    enrol(module, Learner(user=learner))
    for url in [GUIDANCE, module.url, module.lessons().first().url, "/my-learning/"]:
        reads, site_reads = shared_cache_reads(signed_in, url)
        assert len(reads) == 1, url  # generation, contacts, navigation, role names, restriction flag
        assert site_reads == [], url  # the site and its root paths come from memory


def test_with_the_page_cache_off_the_module_counts_come_from_the_shared_cache(signed_in, settings):
    settings.PAGE_CACHE_SECONDS = 0
    module = ModulePage.objects.get(slug="understanding-neglect")
    key = module._summary_key()
    shared_cache.cache().set(key, {**module._count_assessment(), "question_count": 77}, 60)
    assert "77 questions" in signed_in.get(module.url).content.decode()
    shared_cache.cache().delete(key)
    assert "77 questions" not in signed_in.get(module.url).content.decode()
    assert shared_cache.cache().get(key) == module._count_assessment()


# Found by the independent review of this change: each failed when it was written.


def test_a_page_served_under_asgi_is_not_a_server_error_once_the_flag_is_cached(learner):
    """lms/asgi.py serves the same middleware: there process_view and __call__ run in different
    contexts, and resetting the restriction flag's token raised ValueError on every page once
    the any-view-restriction flag was in the shared cache (the second request on)."""
    client = AsyncClient()

    async def two_requests():
        await client.aforce_login(learner)
        return [(await client.get(GUIDANCE)).status_code for _ in range(2)]

    assert async_to_sync(two_requests)() == [200, 200]


def test_a_restricted_lesson_leaves_the_outline_once_the_stale_flag_expires(signed_in, learner):
    """The flag's TIMEOUT bounds what a request straddling a restriction's commit can store
    (lms/shared_cache.py). A module's lesson list kept on the shared module (ModulePage.lesson_list)
    must not keep that stale answer past it, for the rest of the generation."""
    module = ModulePage.objects.get(slug="understanding-neglect")
    enrol(module, Learner(user=learner))
    hidden = list(module.lessons())[1]
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="secret-words"
    )
    # Stored by a request that read the restrictions just before the commit.
    shared_cache.cache().set(shared_cache.RESTRICTED, False, shared_cache.TIMEOUT)
    signed_in.get(module.url)
    shared_cache.cache().delete(shared_cache.RESTRICTED)  # the backstop's timeout passes
    html = signed_in.get(module.url).content.decode()
    assert hidden.url not in html


def test_a_stale_assessment_summary_is_not_kept_past_its_timeout(signed_in):
    """The same for the module's counts (ModulePage.assessment_summary): a summary a request
    straddling a module's save stored is bounded by its TIMEOUT, not kept for the generation."""
    module = ModulePage.objects.get(slug="understanding-neglect")
    key = module._summary_key()
    signed_in.get(module.url)
    real = module._count_assessment()
    module.save()  # saved without a new revision: the summary is forgotten, a generation begins
    # Stored by a request that read the module just before the commit.
    shared_cache.cache().set(key, {**real, "question_count": 99}, shared_cache.TIMEOUT)
    signed_in.get(module.url)
    shared_cache.cache().delete(key)  # the backstop's timeout passes
    assert "99 questions" not in signed_in.get(module.url).content.decode()


def test_a_booking_empties_the_page_cache_but_keeps_routing_from_memory(signed_in, client):
    """Places left change with every booking (the catalogue is re-rendered), but not which page
    an address leads to: the routing table is kept through them."""
    from tests.factories import BookingFactory

    signed_in.get(GUIDANCE)
    pages_before = page_cache.generation()
    tree_before = page_cache.generation(key=page_cache.TREE_KEY)
    BookingFactory()
    assert page_cache.generation() != pages_before
    assert page_cache.generation(key=page_cache.TREE_KEY) == tree_before
    assert tree_queries(signed_in, GUIDANCE) == []
