"""What makes every cached page out of date, connected in LmsConfig.ready().

Deliberately broad: any save of a page (a draft too), not only publishing, so that nothing an
editor does to the tree (copying a live page, reordering the menu, a scheduled publish or
expiry) can leave a stale page; re-rendering a handful of pages after an edit costs nothing.
"""

from django.db.models.signals import post_delete, post_save
from wagtail import hooks
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from lms import page_cache
from lms.models import LocalAuthority, LocalAuthorityContact
from lms.page_cache.middleware import mark_page_cacheable

LIVE_FIGURES = ("bookings.Session", "bookings.Booking", "bookings.Course")


def invalidate(sender, **kwargs):
    page_cache.invalidate()


def invalidate_pages_only(sender, **kwargs):
    """A live figure changed what pages show (places left), not the tree routing keeps."""
    page_cache.invalidate(tree=False)


def invalidate_for_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_cache.invalidate()


def mark_cacheable(serve):
    """Innermost on_serve_page wrapper: reached only once Wagtail's view restrictions have
    let the request through (a restricted page answers with its sign-in or password page)."""

    def inner(page, request, args, kwargs):
        mark_page_cacheable(page, request)
        return serve(page, request, args, kwargs)

    return inner


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"page_cache_{id(signal)}")
    # Every page model, whichever class the signal is sent for: check the instance instead.
    post_save.connect(invalidate_for_page, dispatch_uid="page_cache_page_saved")
    post_delete.connect(invalidate_for_page, dispatch_uid="page_cache_page_deleted")
    models = [
        PageViewRestriction,
        Site,
        LocalAuthority,
        LocalAuthorityContact,
        get_image_model(),
        get_document_model(),
        *settings_registry,
    ]
    for model in models:
        label = model._meta.label_lower
        post_save.connect(invalidate, sender=model, dispatch_uid=f"page_cache_saved_{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"page_cache_deleted_{label}")
    # Figures public pages show that change without an editor: the catalogue's sessions and
    # places left. Named by label, so lms does not import bookings.
    for label in LIVE_FIGURES:
        post_save.connect(invalidate_pages_only, sender=label, dispatch_uid=f"page_cache_saved_{label}")
        post_delete.connect(invalidate_pages_only, sender=label, dispatch_uid=f"page_cache_deleted_{label}")
    hooks.register("on_serve_page", mark_cacheable, order=1000)
