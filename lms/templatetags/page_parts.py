"""Parts of a Wagtail page that are the same for everyone: worked out once per page object.

A page served by Wagtail is shared between requests until the tree changes
(lms.page_cache.routing), so what is kept on it here is read or rendered once per process and
generation, not on every request. A page that is not shared (a preview) simply works them out for
its one request."""

from django import template
from django.utils.safestring import SafeString

register = template.Library()


@register.filter
def breadcrumb_pages(page) -> list:
    """Its ancestors from the home page down, without the tree's root."""
    trail = page.__dict__.get("_breadcrumb_pages")
    if trail is None:
        trail = page.__dict__["_breadcrumb_pages"] = list(page.get_ancestors()[1:])
    return trail


@register.simple_tag
def page_body(page) -> SafeString:
    """Its body StreamField rendered. The block templates read only their own values (never the
    request, the person or a CSRF token; tests/lms/test_routing_memory.py checks), so the HTML
    is the same for everyone who is shown the page."""
    html = page.__dict__.get("_body_html")
    if html is None:
        html = page.__dict__["_body_html"] = page.body.render_as_block()
    return html
