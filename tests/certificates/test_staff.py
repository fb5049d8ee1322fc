"""Staff find certificates, reissue them after a name correction and revoke them; trainers
download a session's certificates as one ZIP."""

import io
import zipfile
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate, CertificateStatus
from certificates.permissions import CERTIFICATE_STAFF
from lms.models import Role
from tests.certificates.conftest import signed_in
from tests.certificates.test_certificates import issue
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", list(Role))
def test_only_trainers_and_administrators_handle_certificates(client, role):
    certificate = issue()
    signed_in(client, role)
    expected = 200 if role in CERTIFICATE_STAFF else 403
    assert client.get(reverse("certificates:staff_search")).status_code == expected
    assert client.get(reverse("certificates:staff_detail", args=[certificate.pk])).status_code == expected
    response = client.post(
        reverse("certificates:staff_detail", args=[certificate.pk]), {"action": "revoke", "reason": "x"}
    )
    assert response.status_code == (302 if role in CERTIFICATE_STAFF else 403)


def test_find_by_number_name_or_email(client):
    holder = UserFactory(full_name="Imogen Tarrant", email="imogen.t@example.org")
    certificate = issue(holder=holder)
    other = issue()
    signed_in(client, Role.TRAINER)

    def found(q):
        return list(client.get(reverse("certificates:staff_search"), {"q": q}).context["found"])

    assert found(certificate.number) == [certificate]
    assert found(certificate.number.lower().removeprefix("slh-")) == [certificate]
    assert found("tarrant") == [certificate]
    assert found("IMOGEN.T@example.org") == [certificate]
    assert other not in found("tarrant")
    assert found("SLH-0000-1") == []  # not a year: searched as a name, never an error
    response = client.get(reverse("certificates:staff_search"), {"q": ""})
    assert "Enter a certificate number, name or email" in response.content.decode()


def test_reissue_after_a_name_correction_from_the_staff_screen(client):
    holder = UserFactory(full_name="Jo Smiht")
    old = issue(holder=holder)
    holder.full_name = "Jo Smith"
    holder.save()
    trainer = signed_in(client, Role.TRAINER)
    page = client.get(reverse("certificates:staff_detail", args=[old.pk])).content.decode()
    assert "The account's name is now <strong>Jo Smith</strong>" in page
    response = client.post(reverse("certificates:staff_detail", args=[old.pk]), {"action": "reissue"})
    new = Certificate.objects.get(holder=holder, status=CertificateStatus.VALID)
    assert response["Location"] == reverse("certificates:staff_detail", args=[new.pk])
    assert new.holder_name == "Jo Smith" and new.code != old.code
    old.refresh_from_db()
    assert old.status == CertificateStatus.SUPERSEDED and old.events.last().actor == trainer
    verify = client.get(reverse("certificates:verify", args=[old.code])).content.decode()
    assert "replaced by a newer one" in verify and new.code not in verify


def test_revoking_needs_a_reason_on_the_staff_screen(client):
    certificate = issue()
    signed_in(client, Role.ADMINISTRATOR)
    url = reverse("certificates:staff_detail", args=[certificate.pk])
    response = client.post(url, {"action": "revoke", "reason": ""})
    assert response.status_code == 400
    assert "Enter a reason for revoking the certificate" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.is_valid
    client.post(url, {"action": "revoke", "reason": "Issued to the wrong person"})
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_reason == "Issued to the wrong person"
    again = client.post(url, {"action": "reissue"})
    html = again.content.decode()
    assert again.status_code == 400 and "Only a valid certificate can be reissued." in html
    assert "Enter a reason for revoking" not in html


@pytest.fixture
def attended_session(django_capture_on_commit_callbacks):
    from bookings import services as bookings
    from bookings.models import BookingStatus
    from tests.bookings.conftest import confirmed, make_session

    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    trainer = UserFactory(roles=[Role.TRAINER])
    session.trainers.add(trainer)
    people = [confirmed(session) for _ in range(3)]
    with (
        time_machine.travel(session.starts_at + timedelta(hours=8)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        bookings.mark_attendance(people[0], BookingStatus.ATTENDED, by_user=trainer)
        bookings.mark_attendance(people[1], BookingStatus.ATTENDED, by_user=trainer)
        bookings.mark_attendance(people[2], BookingStatus.DID_NOT_ATTEND, by_user=trainer)
    return session, trainer, people


def test_a_trainer_downloads_the_sessions_certificates_as_one_zip(client, attended_session):
    session, trainer, people = attended_session
    client.force_login(trainer)
    register = client.get(reverse("bookings:register", args=[session.pk])).content.decode()
    zip_url = reverse("bookings:session_certificates", args=[session.pk])
    assert zip_url in register
    response = client.get(zip_url)
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert len(archive.namelist()) == 2
    texts = [PdfReader(io.BytesIO(archive.read(name))).pages[0].extract_text() for name in archive.namelist()]
    for booking in people[:2]:
        assert any(booking.user.full_name in text for text in texts)
    assert not any(people[2].user.full_name in text for text in texts)


def test_only_the_sessions_own_trainers_get_its_certificates(client, attended_session):
    session, _, people = attended_session
    zip_url = reverse("bookings:session_certificates", args=[session.pk])
    signed_in(client, Role.TRAINER)
    assert client.get(zip_url).status_code == 403
    client.force_login(people[0].user)
    assert client.get(zip_url).status_code == 403
