import io
import itertools
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates import services
from certificates.accreditation import add_months
from certificates.models import Certificate, CertificateStatus
from lms.models import Role
from tests.factories import UserFactory, with_role

pytestmark = pytest.mark.django_db
SOURCE_IDS = itertools.count(1_000_000)


def issue(holder=None, source_id=None, **extra):
    holder = holder or UserFactory(full_name="Alex Morgan")
    data = {
        "title": "Listen Up, Speak Up",
        "completed_on": date(2026, 11, 20),
        "cpd_hours": Decimal("0.25"),
        "source_type": "test_completion",
        "source_id": source_id if source_id is not None else next(SOURCE_IDS),
    }
    data.update(extra)
    return services.issue(holder=holder, **data)


def test_codes_are_random_distinct_and_unrelated_to_ids():
    holder = UserFactory()
    certificates = [issue(holder, source_id=n) for n in range(200)]
    codes = [c.code for c in certificates]
    assert len(set(codes)) == 200
    assert all(len(code) >= 22 for code in codes)  # 16 random bytes, URL-safe base64: 128 bits
    assert not any(str(c.pk) in c.code for c in certificates[:20] if len(str(c.pk)) > 2)
    assert sorted(codes) != codes  # not issued in any order that follows the sequence


def test_issuing_twice_for_the_same_completion_gives_one_certificate():
    first = issue(source_id=7)
    assert issue(first.holder, source_id=7) == first
    assert first.number == f"SLH-{first.issued_at:%Y}-{first.pk:06d}"


def test_the_verification_page_shows_only_name_title_date_and_status(client):
    holder = UserFactory(full_name="Alex Morgan", email="alex.private@example.org")
    certificate = issue(holder)
    html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert "Alex Morgan" in main and "Listen Up, Speak Up" in main and "20 November 2026" in main
    assert "Valid" in main
    for private in ["alex.private@example.org", certificate.number, "0.25", "test_completion"]:
        assert private not in main


def test_an_unknown_code_is_not_found_and_guessing_is_limited(client):
    cache.clear()
    for _ in range(20):
        assert client.get(reverse("certificates:verify", args=["made-up-code"])).status_code == 404
    assert client.get(reverse("certificates:verify", args=["another-guess"])).status_code == 429


def test_reissue_after_a_name_change_supersedes_the_old_certificate(client):
    certificate = issue()
    holder = certificate.holder
    holder.full_name = "Alex Morgan-Smith"
    holder.save()
    new = services.reissue(certificate, by_user=UserFactory(roles=[Role.TRAINER]))
    certificate.refresh_from_db()
    assert (certificate.status, certificate.superseded_by) == (CertificateStatus.SUPERSEDED, new)
    assert new.holder_name == "Alex Morgan-Smith" and new.code != certificate.code
    old_page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "replaced by a newer one" in old_page and new.code not in old_page


def test_revoking_needs_a_reason_and_shows_on_the_page(client):
    certificate = issue()
    trainer = UserFactory(roles=[Role.TRAINER])
    with pytest.raises(services.CertificateError, match="Give a reason"):
        services.revoke(certificate, by_user=trainer, reason=" ")
    services.revoke(certificate, by_user=trainer, reason="Issued in error")
    html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "has been revoked" in html and "Issued in error" not in html


def test_the_pdf_renders_with_the_name_number_and_verification_address(client):
    certificate = issue()
    client.force_login(certificate.holder)
    response = client.get(reverse("certificates:download", args=[certificate.code]))
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape
    text = page.extract_text()
    assert "Alex Morgan" in text and certificate.number in text
    assert services.verify_url(certificate) in re.sub(r"\s+", "", text)
    certificate.refresh_from_db()
    assert certificate.pdf  # rendered once and kept


def test_only_the_holder_downloads_their_certificate(client):
    certificate = issue()
    client.force_login(UserFactory())
    assert client.get(reverse("certificates:download", args=[certificate.code])).status_code == 404


def test_completing_a_module_issues_a_certificate_shown_in_my_learning(
    client, django_capture_on_commit_callbacks
):
    from courses import services as learning
    from courses.demo import correct_responses
    from tests.courses.conftest import make_module

    module, user = make_module("poverty"), UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = learning.enrol(module, learning.Learner(user=user))
        for lesson in module.lessons():
            learning.complete_lesson(enrolment, lesson)
        learning.submit_attempt(learning.start_attempt(enrolment), correct_responses(module))
    certificate = Certificate.objects.get(holder=user, source_type="module_completion")
    assert certificate.title == "Sample poverty"
    client.force_login(user)
    html = client.get(reverse("my_learning")).content.decode()
    assert f"Download certificate {certificate.number} (PDF)" in html


def test_attending_a_session_issues_a_certificate_and_partial_attendance_does_not(
    django_capture_on_commit_callbacks,
):
    from bookings import services as bookings
    from bookings.models import BookingStatus
    from tests.bookings.conftest import confirmed, make_session

    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    attended, partial = confirmed(session), confirmed(session)
    with (
        time_machine.travel(session.starts_at + timedelta(hours=8)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        bookings.mark_attendance(attended, BookingStatus.ATTENDED, by_user=UserFactory())
        bookings.mark_attendance(partial, BookingStatus.PARTIAL, by_user=UserFactory())
    assert Certificate.objects.filter(holder=attended.user, source_type="session_attendance").count() == 1
    assert not Certificate.objects.filter(holder=partial.user).exists()


def test_attending_an_accredited_session_grants_the_accreditation_once(django_capture_on_commit_callbacks):
    from bookings import services as bookings
    from bookings.models import BookingStatus
    from certificates.models import Accreditation, AccreditationScheme
    from tests.bookings.conftest import confirmed, make_session

    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    scheme.refresher_months = 36
    scheme.save()
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    session.course.accreditation_scheme = scheme
    session.course.save()
    trainer = with_role(Role.TRAINER)
    session.trainers.add(trainer)
    booking = confirmed(session)
    with (
        time_machine.travel(session.starts_at + timedelta(hours=8)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        bookings.mark_attendance(booking, BookingStatus.ATTENDED, by_user=trainer)
        bookings.mark_attendance(booking, BookingStatus.PARTIAL, by_user=trainer)
        bookings.mark_attendance(booking, BookingStatus.ATTENDED, by_user=trainer)
    accreditation = Accreditation.objects.get(holder=booking.user)
    assert accreditation.scheme == scheme and accreditation.trainer_name == trainer.full_name
    assert accreditation.granted_on == timezone.localtime(session.starts_at).date()
    assert accreditation.expires_on == add_months(accreditation.granted_on, 36)
    assert accreditation.events.get().action == "granted"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 11, 22), 36, date(2029, 11, 22)),
    ],
)
def test_refresher_periods_add_calendar_months(day, months, expected):
    assert add_months(day, months) == expected
