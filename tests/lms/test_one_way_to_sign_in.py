"""allauth's sign-in page is the only way in: it has the rate limits and mandatory verification.
Wagtail's and Django's own sign-in forms took a password without either, so their addresses now
lead to it, and no other address in the URL configuration serves a Django login view."""

import pytest
from django.contrib.auth.views import LoginView
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from lms.models import Role
from tests.factories import TEST_PASSWORD, UserFactory, with_role

pytestmark = pytest.mark.django_db

OTHER_SIGN_IN_FORMS = ["/admin/login/", "/django-admin/login/", "/_util/login/"]


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def sign_in_form_posts(client, url, email, password):
    """What each of the old forms posted: Wagtail and Django name the email field `username`."""
    return client.post(url, {"username": email, "login": email, "password": password, "next": "/admin/"})


@pytest.mark.parametrize("url", OTHER_SIGN_IN_FORMS)
@pytest.mark.parametrize("verified", [True, False], ids=["verified", "unverified"])
def test_the_right_password_at_another_sign_in_form_signs_nobody_in(client, url, verified):
    editor = with_role(Role.ADMINISTRATOR, is_staff=True, verified=verified)
    response = sign_in_form_posts(client, url, editor.email, TEST_PASSWORD)
    assert not signed_in(client)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize(
    ("url", "lands_on"),
    [
        ("/admin/login/?next=/admin/pages/", "/account/login/?next=/admin/pages/"),
        ("/admin/login/", "/account/login/"),
        ("/django-admin/login/?next=/django-admin/", "/account/login/?next=/django-admin/"),
        ("/_util/login/?next=/private-page/", "/account/login/?next=/private-page/"),
        ("/admin/login/?next=https://evil.example/", "/account/login/"),
    ],
)
def test_the_other_sign_in_forms_send_people_to_the_one_sign_in_page(client, url, lands_on):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == lands_on


def test_a_signed_in_person_without_access_is_refused_not_sent_round_in_a_loop(client):
    """Django's admin sends signed-in people who are not staff to its login page."""
    client.force_login(with_role(Role.EDITOR))
    assert client.get("/django-admin/", follow=True).status_code == 403


def _login_routes(resolver: URLResolver, prefix: str = ""):
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            yield from _login_routes(pattern, route)
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, LoginView):
                yield route


def test_no_address_serves_a_django_login_view():
    """A new Wagtail or Django version that routes another login form fails here."""
    routes = list(_login_routes(get_resolver()))
    assert routes, "the walk found none of Wagtail's or Django's login routes"
    for route in routes:
        view_class = getattr(resolve("/" + route).func, "view_class", None)
        assert not (view_class and issubclass(view_class, LoginView)), route


def test_the_admin_link_still_signs_editors_in_through_allauth(client):
    editor = with_role(Role.EDITOR)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/admin/"
    response = client.post(response["Location"], {"login": editor.email, "password": TEST_PASSWORD})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_thirty_wrong_passwords_then_the_right_one_signs_in_nowhere(client):
    person = UserFactory()
    for _ in range(30):
        sign_in_form_posts(client, reverse("account_login"), person.email, "not-the-password")
    for url in [reverse("account_login"), *OTHER_SIGN_IN_FORMS]:
        sign_in_form_posts(client, url, person.email, TEST_PASSWORD)
        assert not signed_in(client), url


def test_an_unverified_account_is_never_signed_in(settings, client):
    assert settings.ACCOUNT_EMAIL_VERIFICATION == "mandatory"
    person = UserFactory(verified=False)
    response = sign_in_form_posts(client, reverse("account_login"), person.email, TEST_PASSWORD)
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not signed_in(client)


def test_a_page_for_signed_in_people_only_sends_visitors_to_the_one_sign_in_page(client):
    from wagtail.models import PageViewRestriction

    from lms.models import GuidancePage

    page = GuidancePage.objects.live().first()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"] == f"/account/login/?next={page.url}"
