"""What every page shows and would otherwise query on every request: the "Worried about a child?"
contacts, the navigation, each person's role names and whether any page is view-restricted.

Each is kept in caches["shared"] and deleted the moment what it was built from changes (the
receivers below, connected by lms.apps), so an editor's change shows on the next request: at
once, and again when the change's transaction commits, because a request served in between
reads the rows as they were before it and would store them again. A short timeout bounds
what a request straddling the commit itself could still store. The
context processor (lms/context_processors.py) reads them all with one get_many.

Only Django and Wagtail are imported here, so the models can use it without an import cycle;
senders from lms are named as strings."""

from contextvars import ContextVar

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

CONTACTS = "lms:shared:contacts"
NAVIGATION = "lms:shared:navigation"
RESTRICTED = "lms:shared:any-view-restriction"
EVERY_PAGE = (CONTACTS, NAVIGATION)  # read with one get_many on every page (lms.context_processors)
TIMEOUT = 5 * 60  # a backstop: every change deletes its entry, at once and at commit


def cache():
    return caches["shared"]


def role_key(user_id) -> str:
    return f"lms:shared:roles:{user_id}"


# The flag as read at the start of this request with the rest (lms.page_cache.routing).
known_restriction: ContextVar[bool | None] = ContextVar("known_restriction", default=None)


def any_view_restriction() -> bool:
    """Whether any page is private. Almost always False, which saves Wagtail's ancestor and
    restriction queries on every page served and every `.public()` filter."""
    restricted = known_restriction.get()
    if restricted is None:
        restricted = cache().get(RESTRICTED)
    if restricted is None:
        restricted = PageViewRestriction.objects.exists()
        cache().set(RESTRICTED, restricted, TIMEOUT)
    return restricted


def public(pages):
    """`pages.public()`, without its query for the restrictions when there are none."""
    return pages.public() if any_view_restriction() else pages


# Invalidation.


def forget(keys) -> None:
    """Delete these entries now, and again when the current transaction commits."""
    keys = list(keys)
    if not keys:
        return
    cache().delete_many(keys)
    transaction.on_commit(lambda: cache().delete_many(keys))


def _forget(*keys):
    def receiver(**kwargs):
        forget(keys)

    return receiver


forget_contacts = _forget(CONTACTS)
forget_navigation = _forget(NAVIGATION)
forget_restrictions = _forget(RESTRICTED)


def forget_navigation_on_page_save(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget([NAVIGATION])


def forget_roles_of_members(sender, instance, **kwargs):
    """A group renamed or deleted: its members' role names change (deleting removes the
    membership rows without m2m_changed)."""
    user_ids = instance.user_set.values_list("pk", flat=True)
    forget(role_key(pk) for pk in user_ids)


def forget_roles_on_membership(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not action.startswith("post_") and action != "pre_clear":
        return
    if not reverse:  # user.groups changed
        forget([role_key(instance.pk)])
    elif pk_set:  # group.user_set changed for these people
        forget(role_key(pk) for pk in pk_set)
    elif action == "pre_clear":  # group.user_set.clear(): who they were is only known before
        forget(role_key(pk) for pk in instance.user_set.values_list("pk", flat=True))


def connect():
    """Called once from lms.apps.LmsConfig.ready()."""
    for model in ("lms.SafeguardingContacts", "lms.LocalAuthorityContact", "lms.LocalAuthority"):
        post_save.connect(forget_contacts, sender=model, dispatch_uid=f"shared-contacts-save-{model}")
        post_delete.connect(forget_contacts, sender=model, dispatch_uid=f"shared-contacts-delete-{model}")

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(forget_navigation, dispatch_uid=f"shared-navigation-{id(signal)}")
    post_save.connect(forget_navigation_on_page_save, dispatch_uid="shared-navigation-page-save")
    post_delete.connect(forget_navigation_on_page_save, dispatch_uid="shared-navigation-page-delete")
    for signal in (post_save, post_delete):
        signal.connect(forget_navigation, sender=Site, dispatch_uid=f"shared-navigation-site-{id(signal)}")
        signal.connect(
            forget_restrictions, sender=PageViewRestriction, dispatch_uid=f"shared-restrictions-{id(signal)}"
        )

    post_save.connect(forget_roles_of_members, sender=Group, dispatch_uid="shared-roles-group-save")
    pre_delete.connect(forget_roles_of_members, sender=Group, dispatch_uid="shared-roles-group-delete")
    m2m_changed.connect(
        forget_roles_on_membership,
        sender=get_user_model().groups.through,
        dispatch_uid="shared-roles-membership",
    )
