"""Routing from memory: which site a host is and which page an address leads to, worked out once
per process and kept until the page tree's generation (page_cache.TREE_KEY) changes.

Wagtail finds the site (a query), its home page's specific page (a query), and then each page
along the address with its specific page (HomePage.route cuts that to one query for the path
plus one per page with routes of its own, such as a module). That is six or seven queries
before a lesson's view starts, repeated on every request, signed in or not. The answer is the
same for everyone until the tree changes, and everything that changes the tree (publishing,
unpublishing, moving, saving or deleting a page, a view restriction, a site, a setting, an image
or a document) starts a new tree generation (lms.page_cache.receivers); a booking, session or
course change empties the page cache but not this. So each process keeps the answers, and
the pages themselves, for the generation it read at the start of the request: one round trip to
the shared cache instead of the queries.

Only answers are kept, never a 404 (an address that leads nowhere is worked out again each time,
so a page published later is found at once). The table is bounded: addresses that carry ids (an
assessment attempt's stages) would otherwise grow it without end. Wagtail's view restrictions
are still checked on every request by its before_serve_page hook: only the routing is kept.

Requests share the page objects kept here, read-only: a view that changed a page it was served
would change it for the next request. None of ours do (the preview serves a page of its own).
"""

import logging
import threading
from collections import OrderedDict

from django.contrib.auth import get_user_model
from django.http import Http404
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.views import serve as wagtail_serve

from lms import page_cache, shared_cache

logger = logging.getLogger(__name__)

MAX_ROUTES = 2000


class _Table:
    def __init__(self, generation: str):
        self.generation = generation
        self.sites: dict[tuple[str, int], Site | None] = {}
        self.routes: OrderedDict[tuple[int, tuple[str, ...]], tuple] = OrderedDict()
        self.root_paths = None

    def site_root_paths(self):
        """Site.get_site_root_paths(), which every page address is worked out from: Wagtail
        reads it from the default cache (a query with the database cache) once per request."""
        if self.root_paths is None:
            self.root_paths = Site.get_site_root_paths()
        return self.root_paths


_lock = threading.Lock()
_table = _Table("")


def table_for(generation: str) -> _Table:
    global _table
    with _lock:
        if _table.generation != generation:
            _table = _Table(generation)
        return _table


def site_for(table: _Table, request) -> Site | None:
    hostname = split_domain_port(request._get_raw_host())[0]
    key = (hostname, request.get_port())
    if key not in table.sites:
        try:
            site = get_site_for_hostname(*key)
        except Site.DoesNotExist:
            site = None
        table.sites[key] = site
    return table.sites[key]


def route(table: _Table, request, site: Site, path: str):
    """Wagtail's Page.route_for_request, answered from the table when it can be."""
    components = tuple(component for component in path.split("/") if component)
    key = (site.pk, components)
    with _lock:
        found = table.routes.get(key)
        if found is not None:
            table.routes.move_to_end(key)
            return found
    try:
        found = site.root_page.localized.specific.route(request, list(components))
    except Http404:
        return None
    with _lock:
        table.routes[key] = found
        while len(table.routes) > MAX_ROUTES:
            table.routes.popitem(last=False)
    return found


class RouteFromMemory:
    """Answers Wagtail's routing for its serve view from the table, by setting the attributes
    Wagtail itself caches its answers in (request._wagtail_site, _wagtail_route_for_request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            if getattr(request, "_restriction_token", None) is not None:
                # Not reset(token): under ASGI (lms/asgi.py) process_view and this run in
                # different contexts, and reset raises ValueError there.
                shared_cache.known_restriction.set(None)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or not page_cache.enabled():
            return None
        # What every page reads from the shared cache comes in the same round trip: the
        # fragments and role names for lms.context_processors, the restriction flag for
        # Wagtail's check and a module's lesson list.
        keys = [page_cache.TREE_KEY, shared_cache.RESTRICTED, *shared_cache.EVERY_PAGE]
        user = request.user
        role_key = None
        if isinstance(user, get_user_model()) and "role_names" not in user.__dict__:
            keys.append(role_key := shared_cache.role_key(user.pk))
        try:
            request._lms_shared_found = found = page_cache.cache.get_many(keys)
            generation = page_cache.generation(found.get(page_cache.TREE_KEY), page_cache.TREE_KEY)
        except Exception:
            logger.exception("The page tree's generation could not be read")
            return None
        if role_key in found:
            user.__dict__["role_names"] = found[role_key]  # what User.role_names would read
        if (restricted := found.get(shared_cache.RESTRICTED)) is not None:
            request._restriction_token = shared_cache.known_restriction.set(restricted)
        table = remember_site(request, generation)
        if table is not None and request._wagtail_site is not None:
            path = view_kwargs["path"] if "path" in view_kwargs else view_args[0]  # as serve(request, path)
            request._wagtail_route_for_request = route(table, request, request._wagtail_site, path)
        return None


def remember_site(request, generation: str | None) -> _Table | None:
    """Give the request its site and the sites' root paths from the table, where Wagtail looks
    for them before querying (Site.find_for_request, Page.get_url with a request)."""
    if not generation or not page_cache.enabled():
        return None
    table = table_for(generation)
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site_for(table, request)
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = table.site_root_paths()
    return table
