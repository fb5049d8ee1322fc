"""Per-address limits kept in the cache, shared by the public forms that need one.

The address is REMOTE_ADDR. Behind a proxy it must be set to the client's address by the web
server (see the README's production section), never read from a header any client can send."""

from django.core.cache import cache


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def hit(key: str, limit: int, window: int) -> bool:
    """Count one use of `key` and say whether it is still within `limit` uses per `window`
    seconds (the window starts at the first use). Counting and checking are one step, so
    requests arriving together cannot all pass: cache.add creates the count only if it is
    missing, and cache.incr is atomic on Redis and the local-memory cache."""
    for _ in range(3):
        if cache.add(key, 1, timeout=window):
            return limit >= 1
        try:
            return cache.incr(key) <= limit
        except ValueError:  # the window ended between add and incr: go round and start one
            continue
    return True  # the cache keeps losing the key: let the person through rather than lock them out


def reached(key: str, limit: int) -> bool:
    """Whether `key` has used up its limit, without counting a use."""
    return cache.get(key, 0) >= limit
