"""Review of routing from memory (lms/page_cache/routing.py): each test here failed on main when
it was written."""

import pytest
from asgiref.sync import async_to_sync
from django.test import AsyncClient
from wagtail.models import PageViewRestriction

from courses.models import ModulePage
from courses.services import Learner, enrol
from lms import shared_cache
from tests.factories import practitioner

pytestmark = pytest.mark.django_db

GUIDANCE = "/guidance/what-is-neglect/"


@pytest.fixture
def learner():
    return practitioner()


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


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
