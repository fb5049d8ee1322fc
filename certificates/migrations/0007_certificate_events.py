"""Certificates get a history (CertificateEvent) instead of keeping only the last person who
changed them. Every certificate already issued gets its "issued" event, and each reissue or
revocation already made becomes an event with the person `changed_by` held, before 0008 drops
that column."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

BATCH = 2000


def history_from_certificates(apps, schema_editor):
    """A reissue happened the moment its replacement was issued, so it takes that time. A
    revocation's moment was never kept: it is dated now (it happened no later) and says so."""
    Certificate = apps.get_model("certificates", "Certificate")
    CertificateEvent = apps.get_model("certificates", "CertificateEvent")
    now = django.utils.timezone.now()
    events = []
    certificates = Certificate.objects.select_related("changed_by", "superseded_by").order_by("pk")
    for certificate in certificates.iterator(chunk_size=BATCH):
        events.append(
            CertificateEvent(
                certificate_id=certificate.pk,
                at=certificate.issued_at,
                action="issued",
                from_state="",
                to_state="valid",
            )
        )
        actor = certificate.changed_by
        change = {"actor": actor, "actor_email": actor.email if actor else "", "from_state": "valid"}
        if certificate.status == "superseded":
            replacement = certificate.superseded_by
            events.append(
                CertificateEvent(
                    certificate_id=certificate.pk,
                    at=replacement.issued_at if replacement else now,
                    action="reissue",
                    to_state="superseded",
                    detail=f"Reissued in the name {replacement.holder_name}." if replacement else "",
                    **change,
                )
            )
        elif certificate.status == "revoked":
            events.append(
                CertificateEvent(
                    certificate_id=certificate.pk,
                    at=now,
                    action="revoke",
                    to_state="revoked",
                    detail=certificate.revoked_reason
                    + " (Revoked before its history was kept: the date is when the history began.)",
                    **change,
                )
            )
        if len(events) >= BATCH:
            CertificateEvent.objects.bulk_create(events)
            events = []
    CertificateEvent.objects.bulk_create(events)


def changed_by_from_history(apps, schema_editor):
    """Going back: each certificate's last reissue or revocation names its `changed_by` again."""
    Certificate = apps.get_model("certificates", "Certificate")
    CertificateEvent = apps.get_model("certificates", "CertificateEvent")
    changes = CertificateEvent.objects.filter(action__in=["reissue", "revoke"], actor__isnull=False)
    for certificate_id, actor_id in changes.order_by("at", "pk").values_list("certificate_id", "actor_id"):
        Certificate.objects.filter(pk=certificate_id).update(changed_by_id=actor_id)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0006_accreditation_event_shape"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="CertificateEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("at", models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                (
                    "actor_email",
                    models.EmailField(
                        blank=True, help_text="Who acted, kept if their account goes.", max_length=254
                    ),
                ),
                ("action", models.CharField(max_length=40)),
                ("from_state", models.CharField(blank=True, max_length=20)),
                ("to_state", models.CharField(blank=True, max_length=20)),
                ("detail", models.TextField(blank=True)),
                (
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "certificate",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="events",
                        to="certificates.certificate",
                    ),
                ),
            ],
            options={"ordering": ["at", "pk"], "abstract": False},
        ),
        migrations.RunPython(history_from_certificates, changed_by_from_history),
    ]
