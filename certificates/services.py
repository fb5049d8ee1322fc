import secrets
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse

from certificates.models import Certificate, CertificateStatus

ISSUER = "Pan-Bedfordshire Safeguarding Children Partnership"


class CertificateError(Exception):
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
            return Certificate.objects.create(
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
    except IntegrityError:  # issued by a simultaneous request
        return existing.get()


@transaction.atomic
def reissue(certificate: Certificate, *, by_user) -> Certificate:
    """After a name correction: a new certificate with the holder's current name and a new code;
    the old one is marked superseded, and its verification page says so."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if not certificate.is_valid:
        raise CertificateError("Only a valid certificate can be reissued.")
    certificate.status, certificate.changed_by = CertificateStatus.SUPERSEDED, by_user
    certificate.save(update_fields=["status", "changed_by"])
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
    return new


@transaction.atomic
def revoke(certificate: Certificate, *, by_user, reason: str) -> Certificate:
    if not reason.strip():
        raise CertificateError("Give a reason for revoking the certificate.")
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if not certificate.is_valid:
        raise CertificateError("Only a valid certificate can be revoked.")
    certificate.status, certificate.revoked_reason, certificate.changed_by = (
        CertificateStatus.REVOKED,
        reason.strip(),
        by_user,
    )
    certificate.save(update_fields=["status", "revoked_reason", "changed_by"])
    return certificate


def verify_url(certificate: Certificate) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "certificates:verify", args=[certificate.code]
    )


def pdf_bytes(certificate: Certificate) -> bytes:
    """The PDF, rendered once and kept: a reissue is a new certificate, so the file never goes stale."""
    if certificate.pdf:
        with certificate.pdf.open("rb") as stored:
            return stored.read()
    import segno
    from weasyprint import HTML

    url = verify_url(certificate)
    qr = segno.make(url, error="m").svg_data_uri(scale=4, border=0)
    html = render_to_string(
        "certificates/certificate_pdf.html", {"certificate": certificate, "qr": qr, "url": url}
    )
    pdf = HTML(string=html).write_pdf()
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
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
