"""The manager's decision page: one GOV.UK question ("Do you approve this place?"), a reason only
for no, "What happens next" after answering, and a used link that says what actually happened."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bookings import services
from bookings.models import Booking, BookingStatus
from tests.bookings.conftest import LONDON, confirmed, make_session, request
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def link_for(booking) -> str:
    return reverse("bookings:manager_decision", args=[services.approval_token(booking)])


def test_the_page_asks_one_question_with_the_reason_revealed_only_for_no(session, practitioner):
    html = Client().get(link_for(request(session, practitioner))).content.decode()
    assert "Do you approve this place?" in html
    assert 'value="approve"' in html and 'value="decline"' in html
    # Shown by CSS only while "No" is chosen (see the template for why not Frontend's script).
    assert 'class="govuk-radios__conditional app-reveal-for-no" id="conditional-decline"' in html
    # The reveal is the stylesheet's rule (no inline <style>, which a Content-Security-Policy blocks).
    css = (settings.BASE_DIR / "static/build/app.css").read_text()
    assert ".govuk-radios:not(:has(input[value=decline]:checked))>.app-reveal-for-no{display:none}" in css
    assert "<style" not in html
    assert html.index('id="conditional-decline"') < html.index('name="reason"')


def test_no_answer_is_an_error_and_changes_nothing(session, practitioner):
    booking = request(session, practitioner)
    response = Client().post(link_for(booking), {})
    html = response.content.decode()
    assert "Select yes if you approve this place" in html and "There is a problem" in html
    assert 'href="#id_action_0"' in html  # the error summary links to the first radio
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.REQUESTED


def test_no_without_a_reason_keeps_the_reason_box_open_with_its_error(session, practitioner):
    booking = request(session, practitioner)
    html = Client().post(link_for(booking), {"action": "decline", "reason": " "}).content.decode()
    assert "Enter a reason for declining" in html
    assert 'value="decline" checked' in html
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.REQUESTED


def test_yes_confirms_and_says_what_happens_next(session, practitioner):
    booking = request(session, practitioner)
    html = Client().post(link_for(booking), {"action": "approve", "reason": "x" * 1001}).content.decode()
    assert "Place approved" in html and "What happens next" in html and "£105.00" in html
    assert Booking.objects.get(pk=booking.pk).decline_reason == ""


def test_yes_on_a_full_session_says_they_are_on_the_waiting_list():
    session = make_session(capacity=1)
    confirmed(session)
    booking = request(session, ProfileFactory().user)
    html = Client().post(link_for(booking), {"action": "approve"}).content.decode()
    assert "What happens next" in html and "If a place comes free" in html


def test_reopening_an_approved_link_says_when_you_approved(session, practitioner):
    booking = request(session, practitioner)
    link = link_for(booking)
    tomorrow = timezone.now() + timedelta(days=1)
    with time_machine.travel(tomorrow):
        Client().post(link, {"action": "approve"})
    html = Client().get(link).content.decode()
    day = timezone.localtime(tomorrow, LONDON)
    assert f"You approved this place on {day.day} {day:%B %Y}." in html
    assert "The place is confirmed." in html
    assert "This link has already been used" not in html


def test_reopening_a_declined_link_says_so(session, practitioner):
    booking = request(session, practitioner)
    link = link_for(booking)
    Client().post(link, {"action": "decline", "reason": "Not this term"})
    html = Client().post(link, {"action": "approve"}).content.decode()  # a second click changes nothing
    assert "You declined this request on" in html
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.DECLINED


def test_a_link_to_a_withdrawn_request_says_the_practitioner_withdrew_it(session, practitioner):
    booking = request(session, practitioner)
    link = link_for(booking)
    services.cancel(booking, by_user=practitioner)
    assert "The practitioner withdrew this request on" in Client().get(link).content.decode()


def test_an_approved_place_cancelled_since_says_both():
    session = make_session(starts_at=timezone.now() + timedelta(days=30))
    booking = request(session, ProfileFactory().user)
    link = link_for(booking)
    services.approve(booking, by_email=booking.manager_email)
    services.cancel(booking, by_user=booking.user)
    html = Client().get(link).content.decode()
    assert "You approved this place on" in html and "The place has since been cancelled." in html


def test_a_used_link_shows_neither_attendance_nor_a_colleague_given_the_place():
    """Whoever holds the link learns the decision and whether the place is held, no more."""
    session = make_session(starts_at=timezone.now() + timedelta(days=30))
    booking = request(session, ProfileFactory(user__full_name="Ada Original").user)
    link = link_for(booking)
    services.approve(booking, by_email=booking.manager_email)
    colleague = ProfileFactory(user__full_name="Grace Colleague", organisation=booking.organisation).user
    services.transfer(Booking.objects.get(pk=booking.pk), colleague=colleague, by_user=booking.user)
    html = Client().get(link).content.decode()
    assert "You approved this place on" in html and "passed to a colleague" in html
    assert "Grace Colleague" not in html and "Ada Original" not in html
