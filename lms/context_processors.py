from wagtail.models import Site

from lms import page_cache, shared_cache
from lms.models import SafeguardingContacts, User
from lms.page_cache import routing


def site(request):
    """Navigation, the "Worried about a child?" contacts and the signed-in person's roles: the
    same on every page, so read from the cache together (lms/shared_cache.py), once a request."""
    shared = getattr(request, "_lms_shared", None)
    if shared is None:
        shared = request._lms_shared = _shared(request)
    return shared


def _shared(request):
    """A Wagtail page has read the generation and these fragments already, with its routing
    (lms.page_cache.routing); any other view reads them here, the generation with them, and is
    given its site from memory before its template asks for a page's address."""
    user = request.user
    host = request.get_host()
    found = dict(getattr(request, "_lms_shared_found", {}))
    keys = [key for key in shared_cache.EVERY_PAGE if key not in found]
    if not hasattr(request, "_lms_shared_found") and page_cache.enabled():
        keys.append(page_cache.TREE_KEY)
    signed_in = isinstance(user, User)
    role_key = shared_cache.role_key(user.pk) if signed_in and "role_names" not in user.__dict__ else None
    if role_key and role_key not in found:
        keys.append(role_key)
    if keys:
        found.update(shared_cache.cache().get_many(keys))
    if page_cache.TREE_KEY in keys:
        routing.remember_site(
            request, page_cache.generation(found.get(page_cache.TREE_KEY), page_cache.TREE_KEY)
        )

    contacts = found.get(shared_cache.CONTACTS)
    if contacts is None:
        contacts = _contacts()
        shared_cache.cache().set(shared_cache.CONTACTS, contacts, shared_cache.TIMEOUT)

    navigation = found.get(shared_cache.NAVIGATION) or {}
    if host not in navigation:
        navigation = {**navigation, host: _navigation_pages(request)}
        shared_cache.cache().set(shared_cache.NAVIGATION, navigation, shared_cache.TIMEOUT)

    if role_key and role_key in found:
        user.__dict__["role_names"] = found[role_key]  # what User.role_names would fetch
    return {
        "navigation_pages": navigation[host],
        "safeguarding_contacts": contacts,
        "user_roles": user.role_names if signed_in else frozenset(),
    }


def _contacts() -> dict:
    setting = SafeguardingContacts.load()
    return {
        "heading": setting.heading,
        "emergency_message": setting.emergency_message,
        "other_areas_message": setting.other_areas_message,
        "published_contacts": [
            {
                "local_authority_name": contact.local_authority.name,
                "service_name": contact.service_name,
                "phone": contact.phone,
                "out_of_hours_phone": contact.out_of_hours_phone,
                "email": contact.email,
            }
            for contact in setting.published_contacts()
        ],
    }


def _navigation_pages(request) -> list[dict]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = site.root_page.get_children().live().in_menu().only("title", "url_path")
    return [
        {"pk": page.pk, "title": page.title, "url_path": page.url_path, "url": page.get_url(request)}
        for page in pages
    ]
