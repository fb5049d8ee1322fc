"""Invoice references coming back from finance are held to the same text rules as a form: a
control character or a formula in a reference stops the import with its row."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from bookings import services
from bookings.models import Charge, ChargeStatus
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session
from tests.factories import ProfileFactory, with_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("INV\x001", "characters could not be read"),
        ("INV\x0b1", "Row 2: the invoice reference contains hidden control characters"),
        ("=1+1", "Row 2: the invoice reference starts with"),
    ],
)
def test_a_bad_invoice_reference_stops_the_import(client, reference, message):
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    user = ProfileFactory().user
    charge = services.cancel(confirmed(session, user), by_user=user)
    services.export_pending(by_user=user)
    client.force_login(with_role(Role.FINANCE))
    upload = SimpleUploadedFile(
        "refs.csv", f"Charge reference,Invoice reference\n{charge.pk},{reference}\n".encode()
    )
    html = client.post(reverse("finance:import"), {"file": upload}).content.decode()
    assert message in html
    assert Charge.objects.get().status == ChargeStatus.EXPORTED
