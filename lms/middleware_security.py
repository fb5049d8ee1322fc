"""Response headers that Django 5.2's SecurityMiddleware does not send: a Content-Security-Policy,
a Permissions-Policy, and `Cache-Control: no-store` on pages that may show personal data.

Our own middleware rather than django-csp: the public site has no inline script at all, so it
needs no nonces or per-view decorators, only one fixed policy for the public site and one for the
Wagtail admin (which still writes inline scripts and styles of its own), chosen by path; and the
two other headers need a middleware of ours anyway. Django 6.0 brings a built-in CSP middleware
with a dictionary setting like the policies below, which these can move to.

The policy is enforced where CONTENT_SECURITY_POLICY_ENFORCED is set (production, and the tests
that check it); development leaves it off so that Django's debug pages keep their inline script.
"""

from collections.abc import Callable
from functools import cached_property

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

SELF = "'self'"
NONE = "'none'"

# The public site: scripts, styles, fonts and images from this site only; no plugins, no
# <base> tricks, forms post here only and no other site may frame a page.
PUBLIC_POLICY: dict[str, list[str]] = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

# The Wagtail admin (and Django's) still writes inline <script> (inline panels, date pickers)
# and style attributes, so it is allowed inline script and style, and nothing else beyond the
# public policy: still no eval, no other origins. Its preview panel frames pages of this site.
ADMIN_POLICY: dict[str, list[str]] = {
    **PUBLIC_POLICY,
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}

# Powerful browser features no page here uses.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    ]
)

# Screens about a person, even to someone signed out: sign-in and account pages, a manager's and a
# host's private links, finance, the accreditation register, trainers' registers, certificates
# (verifying one shows its holder's name), learners' own records. Mirrors lms/urls.py.
PRIVATE_PATH_PREFIXES = (
    "/account/",
    "/bookings/",
    "/finance/",
    "/accreditation/",
    "/training/",
    "/certificates/",
    "/my-learning/",
    "/learning/",
    "/workshops/status/",
    "/workshops/find-your-request/",
    "/exit/",
)


def serialise(policy: dict[str, list[str]]) -> str:
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


PUBLIC_HEADER = serialise(PUBLIC_POLICY)
ADMIN_HEADER = serialise(ADMIN_POLICY)


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    @cached_property
    def admin_prefixes(self) -> tuple[str, ...]:
        """Where the Wagtail and Django admins live, from the URL configuration."""
        return (reverse("wagtailadmin_home"), reverse("admin:index"))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        in_admin = request.path.startswith(self.admin_prefixes)
        if settings.CONTENT_SECURITY_POLICY_ENFORCED:
            response.headers.setdefault(
                "Content-Security-Policy", ADMIN_HEADER if in_admin else PUBLIC_HEADER
            )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if in_admin or self.may_show_personal_data(request):
            add_never_cache_headers(response)
        return response

    @staticmethod
    def may_show_personal_data(request: HttpRequest) -> bool:
        """Anything a signed-in person sees (the header names them), the private screens, and any
        page that read a visitor's session (an anonymous learner's answers and result)."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return True
        if request.path.startswith(PRIVATE_PATH_PREFIXES):
            return True
        session = getattr(request, "session", None)
        return session is not None and session.accessed and not session.is_empty()
