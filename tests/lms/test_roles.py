"""Each role reaches what it needs and nothing else."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory

from lms.models import Role, User
from lms.permissions import role_required

pytestmark = pytest.mark.django_db


def test_every_role_exists_as_a_group():
    assert set(Role.values) <= set(Group.objects.values_list("name", flat=True))


@pytest.mark.parametrize(
    ("email", "reaches_admin"),
    [
        ("practitioner@example.com", False),
        ("manager@example.com", False),
        ("trainer@example.com", True),  # to manage courses and sessions
        ("finance@example.com", False),
        ("coordinator@example.com", True),
        ("editor@example.com", True),
        ("admin@example.com", True),
    ],
)
def test_only_roles_that_need_it_reach_the_wagtail_admin(client, email, reaches_admin):
    client.force_login(User.objects.get(email=email))
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
    client.force_login(User.objects.get(email="editor@example.com"))
    assert client.get(url, follow=True).status_code == 200


def test_only_administrators_review_organisations_and_users(client):
    client.force_login(User.objects.get(email="editor@example.com"))
    assert client.get("/admin/organisations/").status_code == 302  # Wagtail's "no permission"
    assert client.get("/admin/users/").status_code == 302
    client.force_login(User.objects.get(email="admin@example.com"))
    assert client.get("/admin/organisations/").status_code == 200
    assert client.get("/admin/users/").status_code == 200


@pytest.mark.parametrize("email", ["practitioner@example.com", "editor@example.com", "finance@example.com"])
def test_nobody_but_developers_reaches_the_django_admin(client, email):
    client.force_login(User.objects.get(email=email))
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
    request.user = User.objects.get(email="finance@example.com")
    assert view(request).content == b"finance only"
    request.user = User.objects.get(email="practitioner@example.com")
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
