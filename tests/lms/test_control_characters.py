"""NUL and other control characters never reach a view: one middleware answers 400 with a page
that says what happened, on SQLite and on PostgreSQL (run with DATABASE_URL set)."""

import pytest
from django.test import Client

from lms.models import Role
from tests.factories.lms import practitioner, with_role
from tests.workshops.helpers import answer, form_data

pytestmark = pytest.mark.django_db

REFUSED = "There is a problem with what was sent"


@pytest.mark.parametrize(
    "url",
    [
        "/certificates/verify/abc%00def/",
        "/search/?q=abc%00def",
        "/search/?q=abc%0bdef",
        "/search/?q%00=abc",
        "/guidance/abc%00def/",
        "/courses/abc%01/",
        "/search/?q=abc%c2%85def",  # C1 (NEL)
        "/guidance/abc%0adef/",  # a line break in a path is never a page
        "/courses/?month=soon%00",  # a filter form would say "Null characters are not allowed";
    ],  # one rule for every query string is simpler to keep than one per form
)
def test_a_control_character_in_a_url_is_refused_with_a_page(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert REFUSED in response.content.decode()


@pytest.mark.parametrize("character", ["\x00", "\x0b", "\x1f", "\x7f", "\x9b", "\uffff"])
def test_a_control_character_in_a_form_is_refused_and_nothing_saved(client, character):
    user = practitioner()
    client.force_login(user)
    response = client.post(
        "/account/profile/",
        {"job_role": f"Social{character}worker", "manager_name": "Ann Other"},
    )
    assert response.status_code == 400
    assert REFUSED in response.content.decode()
    user.refresh_from_db()
    assert user.profile.job_role != f"Social{character}worker"


@pytest.mark.parametrize(
    ("role", "url"),
    [
        (Role.FINANCE, "/finance/?organisation=x%00"),
        (Role.MANAGER, "/accreditation/?name=Wren%00"),
        (Role.ADMINISTRATOR, "/admin/pages/search/?q=a%00b"),
    ],
)
def test_staff_pages_refuse_them_too(client, role, url):
    client.force_login(with_role(role))
    response = client.get(url)
    assert response.status_code == 400
    assert REFUSED in response.content.decode()


@pytest.mark.parametrize("overrides", [{"date_1_day": "1\x00"}, {"audience_size": "\x00"}])
def test_the_workshop_request_form_refuses_them(client, overrides):
    response = answer(client, "dates" if "date_1_day" in overrides else "audience", form_data(**overrides))
    assert response.status_code == 400
    assert REFUSED in response.content.decode()


def test_tabs_and_line_breaks_in_a_query_string_are_left_to_the_form(client):
    response = client.get("/search/?q=neglect%09signs")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "AND(",
        "OR",
        "NOT",
        "(",
        ")",
        "<script>alert(1)</script>",
        '=HYPERLINK("x")',
        "a AND",
        "-",
        "^",
        "neglect*",
        "'",
        ":",
        "NEAR(a b)",
        "a:b",
        '"neglect',
    ],
)
def test_search_answers_any_words_without_failing(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


def test_search_still_finds_pages(client):
    response = client.get("/search/", {"q": "neglect"})
    assert response.status_code == 200
    assert "0 results" not in response.content.decode()


@pytest.mark.parametrize(
    "cookie",
    [{"sessionid": "abcdefghij\x00klmnop"}, {"HTTP_COOKIE": 'sessionid="abcdefghij\\000klmnop"'}],
    ids=["raw", "quoted-octal"],
)
def test_a_control_character_in_the_session_cookie_is_a_fresh_session_not_an_error(cookie):
    """PostgreSQL cannot look up a session key holding NUL; anyone can send one, to any page."""
    client = Client(raise_request_exception=False, **{k: v for k, v in cookie.items() if k == "HTTP_COOKIE"})
    if "sessionid" in cookie:
        client.cookies["sessionid"] = cookie["sessionid"]
    response = client.get("/search/", {"q": "neglect"})
    assert response.status_code == 200
