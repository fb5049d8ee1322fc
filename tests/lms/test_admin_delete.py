"""Deleting something still in use in the admin (an organisation people belong to, a session
with bookings, a scheme with accreditations) is refused with the reason, not a server error,
and nothing is deleted. Found by the bad-input corpus (tests/lms/test_bad_input.py)."""

import pytest
from django.urls import reverse

from bookings.models import Session
from certificates.models import AccreditationScheme
from lms.models import Organisation, Role
from tests.factories import AccreditationFactory, BookingFactory, ProfileFactory, with_role

pytestmark = pytest.mark.django_db


def in_use(kind):
    if kind == "organisations":
        return ProfileFactory().organisation
    if kind == "sessions":
        return BookingFactory().session
    return AccreditationFactory().scheme


@pytest.mark.parametrize(
    ("kind", "model", "still_used_by"),
    [
        ("organisations", Organisation, "practitioner profiles"),
        ("sessions", Session, "bookings"),
        ("accreditation_schemes", AccreditationScheme, "accreditations"),
    ],
)
def test_deleting_something_still_in_use_is_refused_with_the_reason(client, kind, model, still_used_by):
    thing = in_use(kind)
    client.force_login(with_role(Role.ADMINISTRATOR))

    response = client.post(reverse(f"{kind}:delete", args=[thing.pk]), follow=True)

    assert response.status_code == 200
    assert model.objects.filter(pk=thing.pk).exists()
    page = response.content.decode()
    assert "cannot be deleted" in page and still_used_by in page
