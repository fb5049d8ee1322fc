"""Timings for the privacy pages (`make bench`), printed rather than asserted: Download my data
for a practitioner with a long history, the delete-account page that lists their places, and
the privacy notice."""

import pytest
from django.test import Client

from bench.test_certificates_bench import timed
from tests.factories import BookingFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def test_privacy_pages_for_a_long_history():
    practitioner = ProfileFactory().user
    BookingFactory.create_batch(300, user=practitioner, status="confirmed")
    client = Client()
    client.force_login(practitioner)
    download = client.get("/account/my-data/")
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    timed("Download my data, 300 bookings (ZIP)", lambda: client.get("/account/my-data/"), repeat=3)
    timed("Delete my account page, 300 places listed", lambda: client.get("/account/delete/"))
    timed("Privacy notice", lambda: Client().get("/privacy-notice/"))
