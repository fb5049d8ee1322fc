"""A place passed to a colleague carries the colleague's details, never the previous holder's:
their access or dietary needs were told to us about them, not about whoever takes the place."""

import json
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from bookings import services
from lms.privacy import records
from tests.bookings.conftest import make_session, request
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def approved_place_with_needs():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    holder = ProfileFactory(user__full_name="Amira Ahmed", job_role="Nursery nurse").user
    booking = request(session, holder, access_needs="Wheelchair user; epilepsy")
    return services.approve(booking, by_email=booking.manager_email)


def test_the_colleague_gets_the_place_without_the_previous_holders_needs(django_capture_on_commit_callbacks):
    booking = approved_place_with_needs()
    manager = (booking.manager_name, booking.manager_email)
    colleague = ProfileFactory(
        user__full_name="Ben Ahmed", job_role="Childminder", organisation=booking.organisation
    ).user

    with django_capture_on_commit_callbacks(execute=True):
        services.transfer(booking, colleague=colleague, by_user=booking.user)

    booking.refresh_from_db()
    assert (booking.user, booking.full_name, booking.job_role) == (colleague, "Ben Ahmed", "Childminder")
    assert booking.access_needs == ""
    # The manager who approved the place for the organisation stays on it: their decision is
    # what the charge policy rests on, and their requests page still shows it.
    assert (booking.manager_name, booking.manager_email) == manager
    archive = zipfile.ZipFile(records.write_archive(colleague))
    assert "epilepsy" not in json.dumps(json.loads(archive.read("my-data.json")))
    email = next(m for m in mail.outbox if "passed to a colleague" in m.subject)
    assert "epilepsy" not in email.body
    assert "access or dietary needs" in email.body


def test_the_transfer_page_says_needs_are_not_passed_on(client):
    booking = approved_place_with_needs()
    client.force_login(booking.user)
    html = client.get(reverse("bookings:transfer", args=[booking.pk])).content.decode()
    assert "access or dietary needs you told us are not passed on" in html
