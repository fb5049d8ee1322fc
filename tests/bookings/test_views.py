"""The booking journey over HTTP, as practitioners and managers use it."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from bookings import services
from bookings.models import Booking, BookingStatus, Charge
from lms.models import Role
from tests.bookings.conftest import make_session, request
from tests.factories import (
    BookingFactory,
    CourseFactory,
    ProfileFactory,
    SessionFactory,
    UserFactory,
    area,
    practitioner,
    with_role,
)

pytestmark = pytest.mark.django_db


def approval_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/bookings/approve/\S+/)", message.body).group(1)


def catalogue_entry(html: str, venue: str) -> str:
    """The catalogue's entry for the session at this venue."""
    return next(entry for entry in html.split('<div class="app-session')[1:] if venue in entry)


def test_the_catalogue_lists_bookable_sessions_with_places_left_and_filters_by_area(client):
    SessionFactory(venue="Harbour Hall, Luton")
    nearly_full = SessionFactory(
        course=CourseFactory(unaccredited=True),
        local_authority=area("central-bedfordshire"),
        venue="Priory Rooms, Chicksands",
        capacity=2,
    )
    BookingFactory(session=nearly_full, confirmed=True)
    html = client.get("/courses/").content.decode()
    assert "GCP2 Practitioner Training" in catalogue_entry(html, "Harbour Hall")
    assert "Understanding Neglect" in catalogue_entry(html, "Priory Rooms")
    assert "10 places left" in catalogue_entry(html, "Harbour Hall")
    assert "1 place left" in catalogue_entry(html, "Priory Rooms")  # the nearly full session
    filtered = client.get("/courses/", {"area": area("luton").pk}).content.decode()
    listed = filtered.split("taking bookings")[1].split('<aside class="app-contact-panel"')[0]
    assert "Luton" in listed and "Bedford Borough" not in listed and "Central Bedfordshire" not in listed
    assert "Harbour Hall" in listed and "Priory Rooms" not in listed


def test_request_approve_by_link_then_cancel_late_with_a_warning(client, django_capture_on_commit_callbacks):
    session = make_session(starts_at=timezone.now() + timedelta(days=4))
    user = ProfileFactory(manager_email="boss@example.org").user
    client.force_login(user)
    page = client.get(f"/courses/{session.pk}/book/").content.decode()
    assert "£105.00" in page and "Cancellation policy" in page
    assert f'value="{user.profile.manager_email}"' in page  # pre-filled from the profile

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/courses/{session.pk}/book/",
            {
                "job_role": "Health visitor",
                "manager_name": "Bo Boss",
                "manager_email": "boss@example.org",
                "access_needs": "",
                "acknowledged_policy": "on",
            },
        )
    assert response["Location"] == reverse("bookings:my_bookings")
    link = approval_path(next(m for m in mail.outbox if m.to == ["boss@example.org"]))

    manager = client_class_anonymous()
    page = manager.get(link).content.decode()
    assert "Approve a course place" in page and user.full_name in page and "£105.00" in page
    with django_capture_on_commit_callbacks(execute=True):
        page = manager.post(link, {"action": "approve"}).content.decode()
    assert "Place approved" in page
    booking = Booking.objects.get(user=user)
    assert booking.status == BookingStatus.CONFIRMED
    confirmed_mail = next(m for m in mail.outbox if "confirmed" in m.subject)
    assert confirmed_mail.attachments[0][0] == "session.ics"
    ics = confirmed_mail.attachments[0][1]
    assert "BEGIN:VEVENT" in (ics.decode() if isinstance(ics, bytes) else ics)

    assert manager.get(link).status_code == 400  # the link worked once

    page = client.get(reverse("bookings:cancel", args=[booking.pk])).content.decode()
    assert "will be charged £105.00" in page
    client.post(reverse("bookings:cancel", args=[booking.pk]), {"confirm": "on"})
    assert Charge.objects.get(booking=booking).amount == 105


def client_class_anonymous():
    from django.test import Client

    return Client()


def test_a_manager_declines_from_the_link_with_a_reason(client, session, practitioner):
    booking = request(session, practitioner)
    link = reverse("bookings:manager_decision", args=[services.approval_token(booking)])
    page = client.post(link, {"action": "decline", "reason": ""}).content.decode()
    assert "Enter a reason for declining" in page
    client.post(link, {"action": "decline", "reason": "Not this term"})
    booking.refresh_from_db()
    assert (booking.status, booking.decline_reason) == (BookingStatus.DECLINED, "Not this term")


def test_a_practitioner_who_opens_their_own_approval_link_cannot_approve(client, session, practitioner):
    booking = request(session, practitioner)
    client.force_login(practitioner)
    link = reverse("bookings:manager_decision", args=[services.approval_token(booking)])
    page = client.post(link, {"action": "approve"})
    assert page.status_code == 400
    assert "your own request" in page.content.decode()
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.REQUESTED


def test_a_tampered_link_shows_a_clear_message(client):
    response = client.get(reverse("bookings:manager_decision", args=["not-a-real-token"]))
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()


def test_managers_who_sign_in_see_and_act_on_requests_addressed_to_them(client, session):
    manager = UserFactory(email="boss@example.org")
    booking = request(session, ProfileFactory(manager_email="boss@example.org").user)
    other = request(session, ProfileFactory(manager_email="someone.else@example.org").user)
    client.force_login(manager)
    html = client.get(reverse("bookings:manager_requests")).content.decode()
    assert booking.full_name in html and other.full_name not in html
    client.post(reverse("bookings:manager_requests"), {"booking": other.pk, "action": "approve"})
    assert Booking.objects.get(pk=other.pk).status == BookingStatus.REQUESTED  # not theirs: 404
    client.post(reverse("bookings:manager_requests"), {"booking": booking.pk, "action": "approve"})
    assert Booking.objects.get(pk=booking.pk).status == BookingStatus.CONFIRMED


def test_booking_needs_a_profile_and_an_account(client, session):
    assert client.get(f"/courses/{session.pk}/book/")["Location"].startswith("/account/login/")
    client.force_login(UserFactory())
    assert client.get(f"/courses/{session.pk}/book/")["Location"].startswith(reverse("profile"))


def test_nobody_can_cancel_someone_elses_booking(client, session, practitioner):
    booking = request(session, practitioner)
    client.force_login(UserFactory())
    assert client.get(reverse("bookings:cancel", args=[booking.pk])).status_code == 404
    assert client.post(reverse("bookings:cancel", args=[booking.pk]), {"confirm": "on"}).status_code == 404


@pytest.mark.parametrize("extra_sessions", [0, 40])
def test_catalogue_queries_stay_flat(client, django_assert_max_num_queries, extra_sessions):
    for _ in range(extra_sessions):
        make_session()
    with django_assert_max_num_queries(14):
        assert client.get("/courses/").status_code == 200


def test_a_practitioner_sends_a_colleague_instead_from_my_bookings(client, session):
    booking = confirmed_booking(session)
    colleague = ProfileFactory(organisation=booking.organisation).user
    client.force_login(booking.user)
    assert "Send a colleague instead" in client.get(reverse("bookings:my_bookings")).content.decode()
    html = client.post(
        reverse("bookings:transfer", args=[booking.pk]), {"email": "nobody@example.org"}
    ).content.decode()
    assert "We could not pass your place to that person" in html
    stranger = ProfileFactory().user  # has an account, but the same message: nothing is revealed
    html = client.post(
        reverse("bookings:transfer", args=[booking.pk]), {"email": stranger.email}
    ).content.decode()
    assert "same organisation" in html
    client.post(reverse("bookings:transfer", args=[booking.pk]), {"email": colleague.email})
    booking.refresh_from_db()
    assert booking.user == colleague


def confirmed_booking(session):
    from tests.bookings.conftest import confirmed

    return confirmed(session)


def test_a_coordinator_cancels_a_session_and_a_trainer_cannot(client, session):
    booking = confirmed_booking(session)
    client.force_login(with_role(Role.TRAINER))
    assert client.get(reverse("bookings:cancel_session", args=[session.pk])).status_code == 403
    client.force_login(with_role(Role.WORKSHOP_COORDINATOR))
    client.post(reverse("bookings:cancel_session", args=[session.pk]), {"reason": "Venue flooded"})
    booking.refresh_from_db()
    assert booking.status == BookingStatus.SESSION_CANCELLED


@pytest.mark.parametrize("bad", ["abc", "", "1" * 30])
def test_a_mangled_request_id_is_not_found_not_an_error(client, bad):
    client.force_login(practitioner(user=with_role(Role.MANAGER)))
    assert (
        client.post(reverse("bookings:manager_requests"), {"booking": bad, "action": "approve"}).status_code
        == 404
    )


def test_a_place_passes_only_to_an_account_that_has_proved_its_address(client, session):
    booking = confirmed_booking(session)
    claimant = ProfileFactory(organisation=booking.organisation, user__verified=False).user
    client.force_login(booking.user)
    html = client.post(
        reverse("bookings:transfer", args=[booking.pk]), {"email": claimant.email}
    ).content.decode()
    assert "We could not pass your place to that person" in html
    booking.refresh_from_db()
    assert booking.user != claimant
