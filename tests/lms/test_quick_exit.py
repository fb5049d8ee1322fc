import pytest
from django.test import Client

from tests.factories import practitioner

pytestmark = pytest.mark.django_db

NEUTRAL_SITE = "https://www.bbc.co.uk/weather"


@pytest.mark.parametrize("method", ["get", "post"])
def test_exit_signs_out_clears_the_session_and_leaves_for_a_neutral_site(method):
    client = Client(enforce_csrf_checks=True)  # leaving must work without a CSRF token
    client.force_login(practitioner())
    client.session["anything"] = "kept in the session"
    old_key = client.session.session_key

    response = getattr(client, method)("/exit/")

    assert response.status_code == 302
    assert response["Location"] == NEUTRAL_SITE
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    assert "_auth_user_id" not in client.session
    assert client.session.session_key != old_key
    assert client.get("/account/").status_code == 302  # signed out


def test_the_neutral_site_is_configurable(settings):
    settings.QUICK_EXIT_URL = "https://www.example.org/weather"
    assert Client().get("/exit/")["Location"] == "https://www.example.org/weather"


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/guidance/",
        "/guidance/what-is-neglect/",
        "/search/?q=neglect",
        "/account/login/",
        "/account/signup/",
        "/privacy-notice/",
        "/no-such-page/",
    ],
)
def test_every_public_page_has_exit_this_page_and_its_skip_link(client, url):
    html = client.get(url).content.decode()
    assert 'data-module="govuk-exit-this-page"' in html
    assert 'class="govuk-button govuk-button--warning govuk-exit-this-page__button' in html
    assert '<a href="/exit/" class="govuk-skip-link govuk-js-exit-this-page-skiplink"' in html
    assert html.count('href="/exit/"') == 2
