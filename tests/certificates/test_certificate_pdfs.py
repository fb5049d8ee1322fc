"""Certificate PDFs are rendered by a background task once the issue commits, so a download only
reads the stored file; a certificate without one (issued before, or its task not run yet) is
rendered on its first download and kept. The renderer is the real one, counted by a spy."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate, CertificateStatus
from lms.models import Role
from tests.certificates.test_certificates import issue
from tests.factories import UserFactory, with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def renders(monkeypatch) -> list[int]:
    """The ids of the certificates WeasyPrint renders, through the project's own render function."""
    rendered: list[int] = []
    real = services.render

    def spy(certificate):
        rendered.append(certificate.pk)
        return real(certificate)

    monkeypatch.setattr(services, "render", spy)
    return rendered


def text_of(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def stored_pdf(certificate: Certificate) -> bytes:
    certificate.refresh_from_db()
    assert certificate.pdf, "no PDF stored"
    with certificate.pdf.open("rb") as file:
        return file.read()


def download(client, certificate: Certificate):
    client.force_login(certificate.holder)
    response = client.get(reverse("certificates:download", args=[certificate.code]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return response.content


def test_issuing_stores_the_pdf_once_the_issue_commits(django_capture_on_commit_callbacks, renders):
    with django_capture_on_commit_callbacks(execute=False) as pending:
        certificate = issue(UserFactory(full_name="Priya Okafor"))
    certificate.refresh_from_db()
    assert not certificate.pdf and renders == []  # nothing rendered inside the transaction
    for callback in pending:
        callback()
    assert renders == [certificate.pk]
    text = text_of(stored_pdf(certificate))
    assert "Priya Okafor" in text and certificate.number in text


def test_a_download_reads_the_stored_pdf_without_rendering_again(
    client, django_capture_on_commit_callbacks, renders
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue()
    stored = stored_pdf(certificate)
    renders.clear()
    assert download(client, certificate) == stored
    assert download(client, certificate) == stored
    assert renders == []


def test_a_certificate_without_a_pdf_is_rendered_on_first_download_and_kept(client, renders):
    certificate = issue()  # its task never ran: the test's transaction does not commit
    certificate.refresh_from_db()
    assert not certificate.pdf
    first = download(client, certificate)
    assert renders == [certificate.pk]
    assert "Alex Morgan" in text_of(first)
    assert stored_pdf(certificate) == first
    assert download(client, certificate) == first
    assert renders == [certificate.pk]  # the second download read the file


def test_the_task_does_nothing_for_a_pdf_already_stored(client, renders):
    certificate = issue()
    download(client, certificate)
    services.render_pdf.enqueue(certificate.pk)
    assert renders == [certificate.pk]


def test_a_reissue_renders_the_new_certificate_in_the_new_name(
    client, django_capture_on_commit_callbacks, renders
):
    with django_capture_on_commit_callbacks(execute=True):
        old = issue(UserFactory(full_name="Sam Jonse"))
    old_pdf = stored_pdf(old)
    old.holder.full_name = "Sam Jones"
    old.holder.save()
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(old, by_user=with_role(Role.TRAINER))
    assert renders == [old.pk, new.pk]
    assert "Sam Jones" in text_of(stored_pdf(new)) and new.number in text_of(stored_pdf(new))
    assert stored_pdf(old) == old_pdf  # the old file is the old certificate's, no longer offered
    client.force_login(old.holder)
    assert client.get(reverse("certificates:download", args=[old.code])).status_code == 404
    assert download(client, new) == stored_pdf(new)


def test_the_pdf_does_not_print_the_status_so_a_revoked_one_is_not_stale(
    client, django_capture_on_commit_callbacks
):
    """Revoking keeps the stored file: it prints nothing revoking changes. If the PDF ever shows
    the status, this fails, and revoking must then replace the file."""
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue()
    before = stored_pdf(certificate)
    text = text_of(before).lower()
    assert not any(status.label.lower() in text for status in CertificateStatus)
    services.revoke(certificate, by_user=with_role(Role.TRAINER), reason="Issued in error")
    assert stored_pdf(certificate) == before


def test_a_pdf_rendered_while_the_holder_is_erased_is_not_kept(renders):
    certificate = issue()
    # The erasure renames the holder after this render read the certificate.
    Certificate.objects.filter(pk=certificate.pk).update(holder_name="Erased person 1A2B")
    services.pdf_bytes(certificate)
    assert renders == [certificate.pk]
    certificate.refresh_from_db()
    assert not certificate.pdf
    storage = Certificate._meta.get_field("pdf").storage
    assert not storage.exists(f"certificates/{certificate.code}.pdf")
