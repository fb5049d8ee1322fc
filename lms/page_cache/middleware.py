"""The two halves of the page cache (see lms.page_cache), placed like Django's own cache
middleware: ServeCachedPage last, after the session, CSRF, authentication and messages
middleware have run, so a hit skips only URL routing and the view; StorePage near the top, so
it sees the response as the session, CSRF and messages middleware left it (their cookies and
Vary), but inside SecurityHeadersMiddleware, whose headers are added to every response fresh.

Responses carry `X-Page-Cache: hit` or `miss` where the request could have been served from the
cache (a miss that was then not stored says so too, as `miss`)."""

import functools
import logging

from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import cc_delim_re
from wagtail.views import serve as wagtail_serve

from lms import page_cache
from lms.middleware_security import PRIVATE_PATH_PREFIXES

logger = logging.getLogger(__name__)

# The learning section's pages (index, modules, lessons) are the same for everyone without a
# session; everything personal under /learning/ (attempts, results, keeping a result) is a
# sub-route or a view of its own, which are never stored.
LEARNING_PAGES = "/learning/"
HEADER = "X-Page-Cache"


@functools.cache
def _never_prefixes() -> tuple[str, ...]:
    private = tuple(prefix for prefix in PRIVATE_PATH_PREFIXES if prefix != LEARNING_PAGES)
    admins = (reverse("wagtailadmin_home"), reverse("admin:index"))
    return (*private, *admins, "/documents/", settings.STATIC_URL, settings.MEDIA_URL)


def may_use_cache(request) -> bool:
    """Whether this request may be answered from the cache or fill it, before any view runs."""
    return (
        page_cache.enabled()
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES  # were messages ever kept in a cookie instead
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(_never_prefixes())
        and _routed_to_a_cacheable_view(request.path_info)
    )


def _routed_to_a_cacheable_view(path: str) -> bool:
    """A Wagtail page or a listed view: nothing else pays for a look-up in the cache."""
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.func is wagtail_serve or match.view_name in settings.PAGE_CACHE_VIEWS


def mark_page_cacheable(page, request) -> None:
    """Called for a Wagtail page about to be served, once its view restrictions have passed
    (lms.page_cache.receivers): store it if it is served at its own URL."""
    if getattr(request, "_page_cache_key", None) is None:
        return
    _site_id, _root_url, page_path = page.get_url_parts(request) or (None, None, None)
    if page_path == request.path:
        request._page_cache_page = True


def _view_is_cacheable(request) -> bool:
    if getattr(request, "_page_cache_page", False):
        return True
    match = getattr(request, "resolver_match", None)
    return match is not None and match.view_name in settings.PAGE_CACHE_VIEWS


def _varies_only_on_cookie(response) -> bool:
    if not response.has_header("Vary"):
        return True
    return {field.strip().lower() for field in cc_delim_re.split(response["Vary"])} <= {"cookie"}


def _session_untouched(request) -> bool:
    session = getattr(request, "session", None)
    return session is None or (not session.modified and session.is_empty())


def _no_new_messages(request) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is None or not storage.added_new


def storable(request, response) -> bool:
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "").lower()
    return (
        _view_is_cacheable(request)
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
        and _varies_only_on_cookie(response)
        and not (user is not None and user.is_authenticated)
        and _session_untouched(request)
        and _no_new_messages(request)
        # Belt and braces: a CSRF token is per visitor (and setting its cookie already refused).
        and b'name="csrfmiddlewaretoken"' not in response.content
    )


def _entry(response) -> tuple[bytes, list[tuple[str, str]]]:
    return response.content, [(name, value) for name, value in response.items()]


def _response(entry) -> HttpResponse:
    content, headers = entry
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


class ServeCachedPage:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return self.get_response(request)
        try:
            key, generation, entry = page_cache.lookup(request)
        except Exception:
            logger.exception("The page cache could not be read")
            return self.get_response(request)
        if entry is not None:
            response = _response(entry)
            response[HEADER] = "hit"
            return response
        if generation is None:
            return self.get_response(request)
        request._page_cache_key = key
        request._page_cache_generation = generation
        response = self.get_response(request)
        response[HEADER] = "miss"
        return response


class StorePage:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key is not None and storable(request, response):
            try:
                entry = (request._page_cache_generation, *_entry(response))
                page_cache.cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.exception("The page cache could not be written")
        return response
