from wagtail.models import Site

from lms.models import User


def site(request):
    """Navigation and the signed-in person's roles, computed once per request."""
    user = request.user
    return {
        "navigation_pages": _navigation_pages(request),
        "user_roles": user.role_names if isinstance(user, User) else frozenset(),
    }


def _navigation_pages(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    return site.root_page.get_children().live().in_menu().only("title", "url_path")
