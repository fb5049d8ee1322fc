"""The request as GOV.UK question pages: saved as the host goes, the address only for a
face-to-face workshop, Back links, "Check your answers" with change links that come back to it,
and odd input answered with a form error, never a server error."""

import pytest

from tests.workshops.helpers import FORM, answer, fill_in, form_data, send_request, step_url
from workshops.models import WorkshopRequest

pytestmark = pytest.mark.django_db

CHECK = FORM + "check/"


def test_each_page_leads_to_the_next_and_the_address_is_asked_only_face_to_face(client):
    data = form_data()
    assert answer(client, "organisation", data)["Location"] == step_url("format")
    assert answer(client, "format", data)["Location"] == step_url("address")
    assert answer(client, "address", data)["Location"] == step_url("dates")
    assert answer(client, "dates", data)["Location"] == step_url("audience")
    assert answer(client, "audience", data)["Location"] == step_url("contact")
    assert answer(client, "contact", data)["Location"] == CHECK
    online = form_data(format="online")
    assert answer(client, "format", online)["Location"] == step_url("dates")


def test_answers_are_saved_as_the_host_goes_and_shown_again(client):
    answer(client, "organisation", form_data(organisation_name="Hillside Scouts"))
    page = client.get(FORM).content.decode()
    assert 'value="Hillside Scouts"' in page and 'value="club" checked' in page
    assert "There is a problem" not in page  # a page shown again is not judged until sent


def test_back_links_go_to_the_previous_question(client):
    fill_in(client)
    assert (
        f'href="{step_url("format")}" class="govuk-back-link"'
        in client.get(step_url("address")).content.decode()
    )
    assert (
        f'href="{step_url("address")}" class="govuk-back-link"'
        in client.get(step_url("dates")).content.decode()
    )
    assert (
        'href="/workshops/listen-up-speak-up/" class="govuk-back-link"' in client.get(FORM).content.decode()
    )
    answer(client, "format", form_data(format="online"))
    assert (
        f'href="{step_url("format")}" class="govuk-back-link"'
        in client.get(step_url("dates")).content.decode()
    )
    assert f'href="{step_url("contact")}" class="govuk-back-link"' in client.get(CHECK).content.decode()


def test_check_your_answers_shows_every_answer_with_a_change_link_that_comes_back(client):
    fill_in(client)
    page = client.get(CHECK).content.decode()
    for text in ("Hillside Scouts", "Sports or activity club", "Luton", "Face-to-face", "LU2 7XA", "evening"):
        assert text in page
    assert (
        'href="' + step_url("contact") + '?change=1">Change<span class="govuk-visually-hidden"> your name'
        in page
    )
    response = client.post(step_url("contact") + "?change=1", {**form_data(contact_name="Sam Leigh")})
    assert response["Location"] == CHECK
    assert "Sam Leigh" in client.get(CHECK).content.decode()
    assert (
        'href="' + CHECK + '" class="govuk-back-link"'
        in client.get(step_url("contact") + "?change=1").content.decode()
    )


def test_changing_to_face_to_face_from_check_your_answers_asks_for_the_address_first(client):
    fill_in(client, format="online", address="", postcode="")
    assert "Address" not in client.get(CHECK).content.decode()
    response = client.post(step_url("format") + "?change=1", {"format": "face_to_face"})
    assert response["Location"] == step_url("address") + "?change=1"
    response = client.post(step_url("address") + "?change=1", {"address": "Scout hut", "postcode": "lu2 7xa"})
    assert response["Location"] == CHECK
    assert "LU2 7XA" in client.get(CHECK).content.decode()


def test_check_your_answers_sends_a_host_who_skipped_a_page_back_to_it(client):
    answer(client, "organisation", form_data())
    assert client.get(CHECK)["Location"] == step_url("format")
    assert client.post(CHECK, {"website": ""})["Location"] == step_url("format")
    assert (
        not WorkshopRequest.objects.exists()
        or not WorkshopRequest.objects.filter(organisation_name="Hillside Scouts").exists()
    )


def test_an_unknown_question_page_is_not_found(client):
    assert client.get(step_url("secrets")).status_code == 404


@pytest.mark.parametrize(
    "overrides",
    [
        {"date_1_day": "99999999999999999999999999"},
        {"date_1_month": "99999999999999999999999999"},
        {"date_1_year": "99999999999999999999999999"},
        {"date_1_day": "-1"},
        {"date_1_day": "\uff11"},  # a full-width digit one
    ],
)
def test_an_overflowing_or_odd_date_is_a_form_error_not_a_server_error(client, overrides):
    response = answer(client, "dates", form_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 400
    assert "The first choice of date must be" in html and "There is a problem" in html


@pytest.mark.parametrize("size", ["99999999999999999999999999", "1e9", "-5"])
def test_an_overflowing_audience_size_is_a_form_error(client, size):
    response = answer(client, "audience", form_data(audience_size=size))
    assert response.status_code == 400 and "There is a problem" in response.content.decode()


def test_the_draft_is_cleared_once_sent(client):
    assert send_request(client).status_code == 302
    assert client.get(CHECK)["Location"] == step_url("organisation")
    assert "Hillside Scouts" not in client.get(FORM).content.decode()


def test_question_pages_hold_personal_answers_so_no_cache_keeps_them(client):
    fill_in(client)
    for url in (FORM, step_url("contact"), CHECK):
        assert "no-store" in client.get(url)["Cache-Control"]


def test_the_cancel_pages_token_is_kept_out_of_the_logs():
    from lms.logging import redact

    assert redact("Not Found: /workshops/status/eyJ3Ijo.abc:1x/cancel/") == (
        "Not Found: /workshops/status/[redacted]/cancel/"
    )
