"""A host asks for a workshop over HTTP: a reference, an email with the private link, a status
page; errors that say what to fix and keep what was typed; spam kept out."""

import logging
import re

import pytest
from django.core import mail
from django.test import Client

from tests.workshops.helpers import (
    FORM,
    STEP_KEYS,
    answer,
    fill_in,
    form_data,
    in_days,
    send_request,
    status_path,
    step_url,
)
from workshops import services
from workshops.models import WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db


def test_the_workshop_pages_lead_to_the_request_form(client):
    index = client.get("/workshops/").content.decode()
    assert "Listen Up, Speak Up workshop" in index and "Neglect Matters awareness session" in index
    page = client.get("/workshops/listen-up-speak-up/").content.decode()
    assert "One hour" in page and "Free" in page and "Face-to-face or online" in page
    assert f'href="{FORM}"' in page
    form = client.get(FORM).content.decode()
    assert "Request a workshop" in form and "Your organisation" in form
    fill_in(client)
    assert 'name="website"' in client.get(FORM + "check/").content.decode()  # the honeypot is on the send


def test_a_request_gets_a_reference_an_email_and_a_status_page(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = send_request(client)
    request = WorkshopRequest.objects.get(organisation_name="Hillside Scouts")
    assert re.fullmatch(r"WS-\d{4}-\d{4}", request.reference)
    assert request.workshop == "listen_up_speak_up" and request.status == WorkshopStatus.REQUESTED
    assert request.postcode == "LU2 7XA"  # normalised
    assert request.local_authority.slug == "luton"
    assert [(d.date, d.time_of_day) for d in request.preferred_dates.all()] == [(in_days(14), "evening")]
    assert response.status_code == 302 and response["Location"].endswith("/?sent=1")

    page = client.get(response["Location"]).content.decode()
    assert "Request sent" in page and request.reference in page

    (message,) = mail.outbox
    assert message.to == ["sam@example.org"]
    assert request.reference in message.subject
    assert "Listen Up, Speak Up" in message.body and "Hillside Scouts" in message.body
    assert client.get(status_path(message)).status_code == 200


def test_an_online_workshop_needs_no_address(client):
    response = send_request(client, format="online", address="", postcode="")
    assert response.status_code == 302
    assert WorkshopRequest.objects.get(organisation_name="Hillside Scouts").address == ""


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"organisation_name": "  "}, "organisation_name", "Enter the name of your organisation"),
        ({"postcode": "NOT A CODE"}, "postcode", "Enter a real postcode"),
        ({"postcode": ""}, "postcode", "Enter the postcode where the workshop would be held"),
        ({"address": ""}, "address", "Enter the address where the workshop would be held"),
        (
            {"date_1_day": "", "date_1_month": "", "date_1_year": ""},
            "date_1",
            "Enter the first choice of date",
        ),
        ({"date_1_month": ""}, "date_1", "The first choice of date must include a month"),
        ({"date_1_day": "31", "date_1_month": "2"}, "date_1", "The first choice of date must be a real date"),
        ({"time_1": ""}, "time_1", "Select a time of day for your first choice"),
        ({"audience": []}, "audience", "Select who the workshop will be for"),
        ({"audience_size": "lots"}, "audience_size", "Enter the number of people as a number"),
        (
            {"contact_email": "sam.example.org"},
            "contact_email",
            "Enter an email address in the correct format",
        ),
        ({"contact_phone": "12"}, "contact_phone", "Enter a UK phone number, like 01632 960 001"),
        ({"consent_to_contact": None}, "consent_to_contact", "Confirm that we can contact you"),
        ({"area": None}, "area", "Select the area your organisation is in"),
    ],
)
def test_each_mistake_gets_a_govuk_error_and_nothing_typed_is_lost(client, overrides, field, message):
    """Every answer given, then the host changes one page's answer to a mistake: that page says
    what is wrong, and nothing typed on it or on other pages is lost."""
    assert fill_in(client).status_code == 302
    slug = next(slug for slug, keys in STEP_KEYS.items() if any(key.startswith(field) for key in keys))
    response = answer(client, slug, form_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 400
    assert WorkshopRequest.objects.filter(organisation_name="Hillside Scouts").count() == 0
    assert "There is a problem" in html and message in html
    assert html.count(message) == 2  # in the summary and beside the field
    anchor = {"time_1": "id_time_1_0", "audience": "id_audience_0", "area": "id_area_0"}.get(
        field, f"id_{field}"
    )
    assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html  # the summary link lands on the field
    assert "<title>Error: " in html
    # What the host typed is still there: on this page, and saved from the others.
    html += client.get(step_url("contact")).content.decode() if slug != "contact" else ""
    html += client.get(step_url("audience")).content.decode() if slug != "audience" else ""
    assert 'value="sam@example.org"' in html or field == "contact_email"
    assert "A hearing loop, please." in html
    assert 'value="volunteers" checked' in html or field == "audience"


def test_a_date_in_the_past_or_today_is_refused(client):
    today = in_days(0)
    response = answer(
        client,
        "dates",
        form_data(date_1_day=str(today.day), date_1_month=str(today.month), date_1_year=str(today.year)),
    )
    html = response.content.decode()
    assert "The first choice of date must be in the future" in html
    assert re.search(rf'<input [^>]*name="date_1_day" [^>]*value="{today.day}"', html)


def test_up_to_three_dates_are_kept_in_order(client):
    second, third = in_days(20), in_days(30)
    send_request(
        client,
        **dict(
            date_2_day=str(second.day),
            date_2_month=str(second.month),
            date_2_year=str(second.year),
            time_2="morning",
            date_3_day=str(third.day),
            date_3_month=str(third.month),
            date_3_year=str(third.year),
            time_3="afternoon",
        ),
    )
    request = WorkshopRequest.objects.get(organisation_name="Hillside Scouts")
    assert [(d.position, d.date, d.time_of_day) for d in request.preferred_dates.all()] == [
        (1, in_days(14), "evening"),
        (2, second, "morning"),
        (3, third, "afternoon"),
    ]


def test_a_filled_honeypot_looks_like_success_but_saves_and_sends_nothing(
    client, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        response = send_request(
            client, website="https://spam.example", extra={"REMOTE_ADDR": "198.51.100.23"}
        )
    assert response.status_code == 302  # as a person's request is
    assert response["Location"] == FORM + "sent/"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Request sent" in page.content.decode()
    assert not WorkshopRequest.objects.filter(organisation_name="Hillside Scouts").exists()
    assert mail.outbox == []
    assert "honeypot" in caplog.text and "198.51.100.23" not in caplog.text


def test_more_than_five_requests_an_hour_from_one_address_get_a_friendly_429(client):
    for n in range(5):
        assert send_request(client, organisation_name=f"Club {n}").status_code == 302
    response = send_request(client, organisation_name="Club 6")
    html = response.content.decode()
    assert response.status_code == 429
    assert "too many requests" in html and "Club 6" in html  # nothing typed is lost
    assert not WorkshopRequest.objects.filter(organisation_name="Club 6").exists()
    assert client.post(FORM + "check/", {"website": ""}, REMOTE_ADDR="192.0.2.7").status_code == 302
    assert WorkshopRequest.objects.filter(organisation_name="Club 6").exists()  # kept, sent in time
    other = send_request(client, organisation_name="Club 7", extra={"REMOTE_ADDR": "192.0.2.7"})
    assert other.status_code == 302  # another connection is not held up


def test_a_request_arriving_while_the_fifth_is_being_saved_is_refused(client, monkeypatch):
    """Counting and checking are one step: a post that arrives while another is between the
    check and the save cannot slip through on the old count."""
    for n in range(4):
        assert send_request(client, organisation_name=f"Club {n}").status_code == 302
    real_submit = services.submit
    parallel = {}

    def submit_while_another_arrives(**arguments):
        if "response" not in parallel:
            parallel["response"] = None  # the parallel post itself saves straight away
            parallel["response"] = send_request(Client(), organisation_name="Club parallel")
        return real_submit(**arguments)

    monkeypatch.setattr(services, "submit", submit_while_another_arrives)
    assert send_request(client, organisation_name="Club 5").status_code == 302
    assert parallel["response"].status_code == 429
    assert not WorkshopRequest.objects.filter(organisation_name="Club parallel").exists()
    assert WorkshopRequest.objects.filter(organisation_name__startswith="Club ").count() == 5


def test_mistakes_do_not_count_towards_the_limit(client):
    for _ in range(6):
        assert send_request(client, organisation_name="").status_code == 400
        client.post(FORM + "check/", {"website": ""})  # sent back to the unanswered page
    assert send_request(client).status_code == 302


def test_the_neglect_matters_page_asks_for_neglect_matters(client):
    send_request(client, form="/workshops/neglect-matters/request/")
    assert WorkshopRequest.objects.get(organisation_name="Hillside Scouts").workshop == "neglect_matters"
