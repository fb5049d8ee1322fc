"""lms/shared_cache.py forgets an entry when its source is saved and again when that transaction
commits. Wagtail's admin saves users, settings and snippets inside transaction.atomic(), and
PostgreSQL readers see the old rows until commit, so a request from another worker in between
rebuilds the entry from the old rows. Each test stands in for that request by storing, inside
the editor's transaction, the value another connection would have read then. (Found in review:
deleting only on save kept a removed role, a public flag and old contacts for 24 hours.)"""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import PageViewRestriction

from lms import context_processors, shared_cache
from lms.models import GuidancePage, Role, SafeguardingContacts, User
from tests.factories import with_role

pytestmark = pytest.mark.django_db


def test_a_role_removed_in_a_transaction_is_still_honoured_after_commit(
    client, django_capture_on_commit_callbacks
):
    user = with_role(Role.FINANCE)
    client.force_login(user)
    assert client.get("/finance/").status_code == 200
    shared_cache.cache().delete(shared_cache.role_key(user.pk))
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        before = frozenset(user.groups.values_list("name", flat=True))  # committed rows
        user.groups.remove(Group.objects.get(name=Role.FINANCE))  # admin's edit; key deleted
        # the person's own request on another worker, before the admin's commit:
        shared_cache.cache().set(shared_cache.role_key(user.pk), before, shared_cache.TIMEOUT)
    assert Role.FINANCE not in User.objects.get(pk=user.pk).groups.values_list("name", flat=True)
    assert client.get("/finance/").status_code == 403


def test_a_view_restriction_added_in_a_transaction_is_enforced_after_commit(
    client, django_capture_on_commit_callbacks
):
    page = GuidancePage.objects.get(slug="what-is-neglect")
    shared_cache.cache().delete(shared_cache.RESTRICTED)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        before = PageViewRestriction.objects.exists()  # False: what other workers read
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        shared_cache.cache().set(shared_cache.RESTRICTED, before, shared_cache.TIMEOUT)
    response = client.get(page.url)
    assert response.status_code == 302


def test_contacts_changed_in_a_transaction_show_after_commit(client, django_capture_on_commit_callbacks):
    shared_cache.cache().delete(shared_cache.CONTACTS)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        before = context_processors._contacts()  # committed rows
        setting = SafeguardingContacts.load()
        setting.heading = "Concerned about a child?"
        setting.save()
        shared_cache.cache().set(shared_cache.CONTACTS, before, shared_cache.TIMEOUT)
    assert "Concerned about a child?" in client.get("/").content.decode()
