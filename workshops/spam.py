"""Rate limits on the public workshop forms, counted per IP address (lms.ratelimit)."""

from lms import ratelimit

REQUESTS_PER_HOUR = 5
LOOKUPS_PER_HOUR = 10
HOUR = 60 * 60


def allow(request, scope: str, limit: int) -> bool:
    """Count this use of the form and say whether it is within the hour's limit."""
    return ratelimit.hit(f"workshops:{scope}:{ratelimit.client_ip(request)}", limit, HOUR)
