"""The host's status page: what it shows at each step, the host's actions (only from the right
state, shown as a message and never a 500), and links that were tampered with or expired."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from tests.workshops.helpers import confirmed, delivered, last_mail_to, propose, status_path, submit
from workshops import links
from workshops.models import WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db


def url(request) -> str:
    return reverse("workshops:status", args=[links.status_token(request)])


def test_each_step_shows_where_the_request_has_got_to(client):
    request = submit()
    page = client.get(url(request)).content.decode()
    assert request.reference in page and "Hillside Scouts" in page
    assert '<li aria-current="step"><strong>Requested</strong>' in page
    assert "Accept this date" not in page

    propose(request)
    page = client.get(url(request)).content.decode()
    assert '<li aria-current="step"><strong>Date proposed</strong>' in page
    assert "Accept this date" in page and "Tessa Okafor" in page

    page = client.get(url(confirmed())).content.decode()
    assert '<li aria-current="step"><strong>Confirmed</strong>' in page and "Accept this date" not in page

    page = client.get(url(delivered())).content.decode()
    assert '<li aria-current="step"><strong>Delivered</strong>' in page and "Cancel the workshop" not in page


def test_the_host_accepts_the_proposed_date(client, django_capture_on_commit_callbacks):
    request = propose(submit())
    # The link carries the second it was signed: hold the clock so both links are the same.
    with time_machine.travel(timezone.now(), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url(request), {"action": "accept"})
        assert response.status_code == 302 and response["Location"] == url(request)
    request.refresh_from_db()
    assert request.status == WorkshopStatus.CONFIRMED
    page = client.get(url(request)).content.decode()
    assert "You have accepted the date" in page
    assert "confirmed" in last_mail_to("sam@example.org").subject


def test_the_host_asks_for_another_date_with_a_message(client):
    request = propose(submit())
    response = client.post(url(request), {"action": "another_date", "another_date-message": "Any Tuesday"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == WorkshopStatus.REQUESTED and "Any Tuesday" in request.events.last().detail


def test_an_empty_message_is_an_error_on_the_page_not_a_change(client):
    request = propose(submit())
    response = client.post(url(request), {"action": "another_date", "another_date-message": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html and "Tell us which dates or times would suit you better" in html
    request.refresh_from_db()
    assert request.status == WorkshopStatus.PROPOSED


def test_the_host_cancels_after_confirming_they_mean_it(client):
    request = submit()
    assert client.post(url(request), {"action": "cancel"}).status_code == 400  # no tick: nothing happens
    request.refresh_from_db()
    assert request.status == WorkshopStatus.REQUESTED
    client.post(
        url(request), {"action": "cancel", "cancel-confirm": "on", "cancel-reason": "Hall double-booked"}
    )
    request.refresh_from_db()
    assert request.status == WorkshopStatus.CANCELLED and request.closed_reason == "Hall double-booked"
    assert request.events.last().by_host


@pytest.mark.parametrize("action", ["accept", "another_date"])
def test_an_action_from_the_wrong_state_is_a_clear_message(client, action):
    request = submit()  # nothing proposed yet: nothing to accept or change
    response = client.post(url(request), {"action": action, "another_date-message": "Later"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "This workshop request is waiting for a date" in html
    request.refresh_from_db()
    assert request.status == WorkshopStatus.REQUESTED


def test_an_unknown_action_is_not_found(client):
    assert client.post(url(submit()), {"action": "delete"}).status_code == 404


def test_the_actions_are_protected_by_csrf():
    from django.test import Client

    request = propose(submit())
    response = Client(enforce_csrf_checks=True).post(url(request), {"action": "accept"})
    assert response.status_code == 403
    request.refresh_from_db()
    assert request.status == WorkshopStatus.PROPOSED


def tampered_tokens(request, other) -> dict[str, str]:
    token = links.status_token(request)
    payload, timestamp, signature = token.split(":")
    swapped = signing.b64_encode(json.dumps({"w": other.pk, "s": request.secret}).encode()).decode()
    altered = signature[:-2] + ("BB" if signature.endswith("AA") else "AA")
    return {
        "altered signature": f"{payload}:{timestamp}:{altered}",
        "another request's id in the payload": f"{swapped}:{timestamp}:{signature}",
        "signed for another purpose": signing.dumps(
            {"w": request.pk, "s": request.secret}, salt="bookings.manager-approval"
        ),
        "genuine signature, another request's secret": signing.dumps(
            {"w": request.pk, "s": other.secret}, salt=links.STATUS_SALT
        ),
        "genuine signature, the id alone": signing.dumps({"w": request.pk}, salt=links.STATUS_SALT),
        "genuine signature, no such request": signing.dumps({"w": 10**9, "s": "x"}, salt=links.STATUS_SALT),
        "not a token at all": "hello",
    }


def test_tampered_links_open_nothing_and_say_so_without_an_error(client):
    request, other = submit(), submit(organisation_name="Other")
    for name, token in tampered_tokens(request, other).items():
        response = client.get(reverse("workshops:status", args=[token]))
        assert response.status_code == 404, name
        html = response.content.decode()
        assert "This link does not work" in html and "Hillside Scouts" not in html, name
        assert client.post(reverse("workshops:status", args=[token]), {"action": "cancel"}).status_code == 404


def test_a_link_lasts_a_year_then_says_how_to_get_a_new_one(client):
    request = submit()
    link = url(request)
    with time_machine.travel(timezone.now() + timedelta(days=364)):
        assert client.get(link).status_code == 200
    with time_machine.travel(timezone.now() + timedelta(days=366)):
        response = client.get(link)
    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()
    assert reverse("workshops:find") in response.content.decode()


def test_a_lost_link_is_emailed_again_only_to_the_address_on_the_request(
    client, django_capture_on_commit_callbacks
):
    request = submit()
    find = reverse("workshops:find")
    with django_capture_on_commit_callbacks(execute=True):
        wrong = client.post(find, {"reference": request.reference, "email": "someone@example.org"})
        right = client.post(find, {"reference": request.reference.lower(), "email": "SAM@example.org"})
    assert wrong.content.decode() == right.content.decode()  # the same answer either way
    (message,) = mail.outbox
    assert message.to == ["sam@example.org"] and client.get(status_path(message)).status_code == 200


def test_looking_up_requests_is_rate_limited(client):
    find = reverse("workshops:find")
    for _ in range(10):
        client.post(find, {"reference": "WS-2026-9999", "email": "x@example.org"})
    response = client.post(find, {"reference": "WS-2026-9999", "email": "x@example.org"})
    assert response.status_code == 429 and 'value="WS-2026-9999"' in response.content.decode()


def test_the_status_page_is_kept_out_of_caches_and_search_engines(client):
    response = client.get(url(submit()))
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_the_page_offers_only_what_the_host_can_still_do(client):
    """Once a confirmed workshop has started, or a proposed date has passed, the page offers
    nothing the services would refuse."""
    proposal = propose(submit(), days=2)
    started = confirmed()
    with time_machine.travel(started.starts_at + timedelta(minutes=5)):
        page = client.get(url(started)).content.decode()
        assert "Ask for another date" not in page and "Cancel your workshop request" not in page
    with time_machine.travel(proposal.starts_at + timedelta(days=1)):
        page = client.get(url(proposal)).content.decode()
        assert "Accept this date" not in page
        assert "Ask for another date" in page and "Cancel your workshop request" in page


def test_the_confirmation_leads_with_what_happens_next_and_cancelling_has_its_own_page(client):
    request = submit()
    status = url(request)  # one token: two made in different seconds differ
    page = client.get(status + "?sent=1").content.decode()
    assert "What happens next" in page
    assert page.index("What happens next") < page.index("What you asked for")
    assert "Cancel the workshop" not in page and 'name="cancel-confirm"' not in page
    cancel_url = status + "cancel/"
    assert f'href="{cancel_url}"' in page

    cancel_page = client.get(cancel_url)
    html = cancel_page.content.decode()
    assert cancel_page.status_code == 200 and "Cancel your workshop request" in html
    assert 'name="cancel-confirm"' in html and f'href="{status}" class="govuk-back-link"' in html
    response = client.post(cancel_url, {"cancel-reason": "Hall double-booked"})
    assert response.status_code == 400 and "Confirm that you want to cancel" in response.content.decode()
    response = client.post(cancel_url, {"cancel-confirm": "on", "cancel-reason": "Hall double-booked"})
    assert response.status_code == 302 and response["Location"] == status
    request.refresh_from_db()
    assert request.status == WorkshopStatus.CANCELLED and request.events.last().by_host
    # Once cancelled, the page offers nothing to cancel and its link goes back to the status page.
    assert f'href="{cancel_url}"' not in client.get(status).content.decode()
    assert client.get(cancel_url)["Location"] == status


def test_the_cancel_page_of_a_started_workshop_or_a_bad_link_offers_nothing(client):
    started = confirmed()
    status = url(started)
    past = timezone.now() - timedelta(minutes=5)
    WorkshopRequest.objects.filter(pk=started.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    cancel_url = status + "cancel/"
    assert cancel_url == reverse("workshops:cancel", args=[status.split("/")[-2]])
    assert client.post(cancel_url, {"cancel-confirm": "on"})["Location"] == status
    started.refresh_from_db()
    assert started.status == WorkshopStatus.CONFIRMED
    assert client.get(reverse("workshops:cancel", args=["not-a-token"])).status_code == 404
