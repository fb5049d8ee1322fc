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


def grant_accreditation(
    *,
    scheme,
    holder,
    granted_on: date,
    source_type: str,
    source_id: int | None,
    trainer_name: str = "",
    organisation=None,
    by_user=None,
):
    """Record that someone may lead under a scheme. Once per source, so re-marking a register
    never grants twice."""
    from certificates.models import Accreditation, AccreditationEvent

    if source_id is not None:
        existing = Accreditation.objects.filter(source_type=source_type, source_id=source_id).first()
        if existing:
            return existing
    expires_on = add_months(granted_on, scheme.refresher_months) if scheme.refresher_months else None
    accreditation = Accreditation.objects.create(
        scheme=scheme,
        holder=holder,
        holder_name=holder.full_name,
        holder_email=holder.email.lower(),
        organisation=organisation,
        granted_on=granted_on,
        expires_on=expires_on,
        source_type=source_type,
        source_id=source_id,
        trainer_name=trainer_name,
    )
    AccreditationEvent.objects.create(accreditation=accreditation, by=by_user, action="granted")
    return accreditation


def add_months(day: date, months: int) -> date:
    """The same day so many months on; the month's last day when it is shorter (31 Jan + 1 = 28 Feb)."""
    import calendar

    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))
