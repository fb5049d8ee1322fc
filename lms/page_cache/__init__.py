"""Whole-page cache for anonymous visitors: what is the same for everyone is rendered once.

A page is stored only when it was rendered for a visitor with no session cookie (so not signed
in, no anonymous learning, no messages), at a URL with no query string, and the response is a
200 HTML page that set no cookie (a page with a CSRF token sets one, so it is never stored),
asks for no `private`/`no-store`/`no-cache` and varies on nothing but Cookie. Which pages: a
Wagtail page at its own URL (not a routable page's sub-route, never one with a view
restriction) and the views named in settings.PAGE_CACHE_VIEWS. The personal areas
(PRIVATE_PATH_PREFIXES, except the learning pages themselves) and the admins never are.

Invalidation is by generation: every entry records the generation it was rendered in, a random
token kept in the same cache and read with the entry in one round trip (MGET), and an entry of
any other generation is a miss. lms.page_cache.receivers replaces the token whenever an editor publishes,
unpublishes, moves, saves or deletes a page, changes a view restriction, a site, a setting
(the "Worried about a child?" contacts), a local authority, an image or a document. Old
entries are overwritten by the next render and expire after PAGE_CACHE_SECONDS anyway. The
generation lives in the cache itself, so in production every gunicorn worker sees a change at
once: the cache must be shared (Redis with REDIS_URL, or the database cache), never
per-process memory.

Ours rather than wagtail-cache (CodeRed): its 3.0 supports Wagtail up to 7.0 (we run 8), its
invalidation clears a whole cache alias (a dedicated one, or allauth's rate limits go too) on
publish only, not on settings or contacts, and it caches pages with CSRF tokens per cookie.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils.connection import ConnectionProxy

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# The tree's own generation, for what lms.page_cache.routing keeps: which page an address leads
# to and what is the same for everyone on it. Replaced with GENERATION_KEY on every change except
# the live figures (bookings, sessions, courses), which change what a page shows, not the tree.
TREE_KEY = "page-cache:tree"

# The "shared" alias, not "default": culling pages must never drop allauth's rate limits.
cache = ConnectionProxy(caches, "shared")


def enabled() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


def generation(known: str | None = None, key: str = GENERATION_KEY) -> str | None:
    """The current generation; a new random one if the cache has none (never a fixed first
    value, so that a generation evicted from the cache can never bring back older pages)."""
    value = known if known is not None else cache.get(key)
    if value is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        value = cache.get(key)
    return value


def key_for(request) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    return f"page-cache:{hashlib.sha256(address.encode()).hexdigest()}"


def lookup(request) -> tuple[str, str | None, object]:
    """The page's key, the current generation and the entry stored for the page, if it is of
    that generation (else None): one round trip to the cache when both are there."""
    key = key_for(request)
    found = cache.get_many([GENERATION_KEY, key])
    current = generation(found.get(GENERATION_KEY))
    entry = found.get(key)
    if entry is None or current is None or entry[0] != current:
        return key, current, None
    return key, current, entry[1:]


def _new_generation(keys: tuple[str, ...]) -> None:
    try:
        cache.set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)
    except Exception:
        logger.exception("Could not start a new page-cache generation")


def invalidate(tree: bool = True) -> None:
    """Every cached page is out of date, and with `tree` what routing keeps too. Now, and again
    when the editor's transaction commits: a request that began between the two and read the
    old content stored it as of the generation replaced at commit, so nobody is served it."""
    keys = (GENERATION_KEY, TREE_KEY) if tree else (GENERATION_KEY,)
    _new_generation(keys)
    transaction.on_commit(lambda: _new_generation(keys))
