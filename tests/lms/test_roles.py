"""Each role reaches what it needs and nothing else."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory

from lms.models import Role
from lms.permissions import role_required
from tests.factories import with_role

pytestmark = pytest.mark.django_db


def test_every_role_exists_as_a_group():
    assert set(Role.values) <= set(Group.objects.values_list("name", flat=True))


@pytest.mark.parametrize(
    ("role", "reaches_admin"),
    [
        (Role.PRACTITIONER, False),
        (Role.MANAGER, False),
        (Role.TRAINER, True),  # to manage courses and sessions
        (Role.FINANCE, False),
        (Role.WORKSHOP_COORDINATOR, True),
        (Role.EDITOR, True),
        (Role.ADMINISTRATOR, True),
    ],
)
def test_only_roles_that_need_it_reach_the_wagtail_admin(client, role, reaches_admin):
    client.force_login(with_role(role))
    response = client.get("/admin/")
    if reaches_admin:
        assert response.status_code == 200
        assert b"Dashboard" in response.content or b"wagtail" in response.content.lower()
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/account/login/")


@pytest.mark.parametrize(
    "url", ["/admin/pages/", "/admin/documents/", "/admin/settings/lms/safeguardingcontacts/"]
)
def test_editors_can_edit_pages_documents_and_contacts(client, url):
    client.force_login(with_role(Role.EDITOR))
    assert client.get(url, follow=True).status_code == 200


def test_only_administrators_review_organisations_and_users(client):
    client.force_login(with_role(Role.EDITOR))
    assert client.get("/admin/organisations/").status_code == 302  # Wagtail's "no permission"
    assert client.get("/admin/users/").status_code == 302
    client.force_login(with_role(Role.ADMINISTRATOR))
    assert client.get("/admin/organisations/").status_code == 200
    assert client.get("/admin/users/").status_code == 200


@pytest.mark.parametrize("role", [Role.PRACTITIONER, Role.EDITOR, Role.FINANCE])
def test_nobody_but_developers_reaches_the_django_admin(client, role):
    client.force_login(with_role(role))
    response = client.get("/django-admin/")
    assert response.status_code == 302
    assert "/django-admin/login/" in response["Location"]


def test_signed_out_people_are_sent_to_sign_in_for_their_account(client):
    response = client.get("/account/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/account/"


def _staff_view(request):
    return HttpResponse("finance only")


def test_role_required_lets_the_role_in_and_refuses_others():
    view = role_required(Role.FINANCE)(_staff_view)
    request = RequestFactory().get("/finance/")
    request.user = with_role(Role.FINANCE)
    assert view(request).content == b"finance only"
    request.user = with_role(Role.PRACTITIONER)
    with pytest.raises(PermissionDenied):
        view(request)


def test_role_required_sends_anonymous_people_to_sign_in():
    from django.contrib.auth.models import AnonymousUser

    view = role_required(Role.FINANCE)(_staff_view)
    request = RequestFactory().get("/finance/")
    request.user = AnonymousUser()
    response = view(request)
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/finance/"
