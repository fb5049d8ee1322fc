"""Rate limits on the public workshop forms, counted per IP address in the cache.

The address is REMOTE_ADDR: behind a proxy, set it from the proxy's header in the web server,
never by trusting a header any client can send."""

from django.core.cache import cache

REQUESTS_PER_HOUR = 5
LOOKUPS_PER_HOUR = 10


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def limit_reached(request, scope: str, limit: int) -> bool:
    return cache.get(_key(request, scope), 0) >= limit


def count(request, scope: str) -> None:
    """Count one use of the form in the current hour (the window starts at the first use)."""
    key = _key(request, scope)
    cache.add(key, 0, timeout=60 * 60)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr: start a new window
        cache.set(key, 1, timeout=60 * 60)


def _key(request, scope: str) -> str:
    return f"workshops:{scope}:{client_ip(request)}"
