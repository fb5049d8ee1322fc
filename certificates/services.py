"""Issuing, reissuing and revoking certificates. Status changes go through the certificate's
transition table (CERTIFICATE_MACHINE), which records each one, with who and why, as a
CertificateEvent.

A certificate's PDF is rendered by a background task once the issue commits (render_pdf), so
downloading it only reads the stored file; one issued before that, or whose task has not run
yet, is rendered on first download instead (pdf_bytes)."""

import secrets
import threading
from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task

from certificates.models import CERTIFICATE_MACHINE, Certificate, CertificateStatus
from lms.links import absolute_url
from lms.states import TransitionError

ISSUER = "Pan-Bedfordshire Safeguarding Children Partnership"


class CertificateError(TransitionError):
    pass


def _new_code() -> str:
    return secrets.token_urlsafe(16)  # 128 bits of randomness


def issue(
    *, holder, title: str, completed_on: date, cpd_hours: Decimal, source_type: str, source_id: int
) -> Certificate:
    """Issue the certificate for a completion, once: a second call returns the valid one."""
    existing = Certificate.objects.filter(
        source_type=source_type, source_id=source_id, status=CertificateStatus.VALID
    )
    if certificate := existing.first():
        return certificate
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                holder=holder,
                holder_name=holder.full_name,
                title=title,
                completed_on=completed_on,
                cpd_hours=cpd_hours,
                issuer=ISSUER,
                code=_new_code(),
                source_type=source_type,
                source_id=source_id,
            )
            CERTIFICATE_MACHINE.record(certificate, "issued", from_state="")
            _render_after_commit(certificate)
            return certificate
    except IntegrityError:  # issued by a simultaneous request
        return existing.get()


@transaction.atomic
def reissue(certificate: Certificate, *, by_user) -> Certificate:
    """After a name correction: a new certificate with the holder's current name and a new code;
    the old one is marked superseded, and its verification page says so."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    replaced = CERTIFICATE_MACHINE.move(certificate, "reissue", actor=by_user, error=CertificateError)
    new = Certificate.objects.create(
        holder=certificate.holder,
        holder_name=certificate.holder.full_name,
        title=certificate.title,
        completed_on=certificate.completed_on,
        cpd_hours=certificate.cpd_hours,
        issuer=certificate.issuer,
        code=_new_code(),
        source_type=certificate.source_type,
        source_id=certificate.source_id,
    )
    Certificate.objects.filter(pk=certificate.pk).update(superseded_by=new)
    # The new number exists only now, so the old certificate's event is told it afterwards.
    replaced.detail = f"Reissued as {new.number} in the name {new.holder_name}."
    replaced.save(update_fields=["detail"])
    CERTIFICATE_MACHINE.record(
        new, "issued", actor=by_user, from_state="", detail=f"Reissued in place of {certificate.number}."
    )
    _render_after_commit(new)
    return new


@transaction.atomic
def revoke(certificate: Certificate, *, by_user, reason: str) -> Certificate:
    if not reason.strip():  # before the lock: an empty reason is refused whatever the state
        raise CertificateError(CERTIFICATE_MACHINE.table["revoke"].reason_prompt)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    CERTIFICATE_MACHINE.move(
        certificate,
        "revoke",
        actor=by_user,
        detail=reason,
        error=CertificateError,
        revoked_reason=reason.strip(),
    )
    return certificate


def verify_url(certificate: Certificate) -> str:
    return absolute_url(reverse("certificates:verify", args=[certificate.code]))


def _render_after_commit(certificate: Certificate) -> None:
    pk = certificate.pk
    transaction.on_commit(lambda: render_pdf.enqueue(pk))


@task()
def render_pdf(certificate_id: int) -> None:
    """Render and store a newly issued certificate's PDF, so its holder's download only reads it.
    Nothing to do if it was downloaded (so rendered) first, or is gone or replaced meanwhile."""
    certificate = (
        Certificate.objects.filter(pk=certificate_id, pdf="")
        .exclude(status=CertificateStatus.SUPERSEDED)
        .first()
    )
    if certificate is not None:
        _render_and_store(certificate)


def pdf_bytes(certificate: Certificate) -> bytes:
    """The stored PDF, or, if its task has not stored one yet (or it was issued before PDFs were
    rendered on issue), rendered now and stored. What the PDF prints (name, title, date, CPD
    hours, number, code, verification address) never changes once issued: a reissue is a new
    certificate, and revoking changes only the status, which the PDF does not show (the
    verification page it links to does). So a stored file never goes stale."""
    if certificate.pdf:
        with certificate.pdf.open("rb") as stored:
            return stored.read()
    return _render_and_store(certificate)


_fonts = threading.local()


def _font_config():
    """WeasyPrint's fonts, loaded once per thread rather than per PDF: building them again for
    each certificate was a third of its render time."""
    from weasyprint.text.fonts import FontConfiguration

    if not hasattr(_fonts, "config"):
        _fonts.config = FontConfiguration()
    return _fonts.config


def render(certificate: Certificate) -> bytes:
    """The PDF of a certificate as it stands, with WeasyPrint. The QR code is a PNG: drawn as SVG
    it took WeasyPrint longer than the rest of the page's painting."""
    import segno
    from weasyprint import HTML

    url = verify_url(certificate)
    qr = segno.make(url, error="m").png_data_uri(scale=8, border=0)
    html = render_to_string(
        "certificates/certificate_pdf.html", {"certificate": certificate, "qr": qr, "url": url}
    )
    return HTML(string=html).write_pdf(font_config=_font_config())


def _render_and_store(certificate: Certificate) -> bytes:
    """Render, save the file, then record it only if the row still has no PDF and the same name:
    a download and the task rendering at once keep one file, and a PDF rendered while the holder
    was being erased (which renames them and removes their PDFs) is thrown away, not kept."""
    pdf = render(certificate)
    field = certificate.pdf
    field.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    stored = Certificate.objects.filter(
        pk=certificate.pk, pdf="", holder_name=certificate.holder_name
    ).update(pdf=field.name)
    if not stored:
        field.storage.delete(field.name)
        kept = Certificate.objects.filter(pk=certificate.pk).values_list("pdf", flat=True)
        certificate.pdf = kept.first() or ""
    return pdf


def for_holder(user):
    return Certificate.objects.filter(holder=user).exclude(status=CertificateStatus.SUPERSEDED)


def zip_of(certificates) -> bytes:
    """Many certificates as one ZIP of PDFs, e.g. everyone who attended a session. PDFs are
    already compressed, so they are stored as they are."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates:
            archive.writestr(_pdf_filename(certificate), pdf_bytes(certificate))
    return buffer.getvalue()


def _pdf_filename(certificate: Certificate) -> str:
    from django.utils.text import slugify

    return f"certificate-{certificate.number}-{slugify(certificate.holder_name)}.pdf"


def for_sources(source_type: str, source_ids):
    """The valid certificates of these completions, e.g. the bookings marked attended."""
    return Certificate.objects.filter(
        source_type=source_type, source_id__in=list(source_ids), status=CertificateStatus.VALID
    ).order_by("holder_name", "pk")
