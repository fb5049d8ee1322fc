"""Certificates anyone can verify. This app knows nothing of eLearning or bookings: they call
certificates.services.issue with a generic source ('module_completion', 42)."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class CertificateStatus(models.TextChoices):
    VALID = "valid", "Valid"
    REVOKED = "revoked", "Revoked"
    SUPERSEDED = "superseded", "Superseded"


class Certificate(models.Model):
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    holder_name = models.CharField(max_length=150, help_text="The name printed, as it was when issued.")
    title = models.CharField(max_length=200)
    completed_on = models.DateField()
    cpd_hours = models.DecimalField(max_digits=4, decimal_places=2)
    issuer = models.CharField(max_length=200)
    code = models.CharField(max_length=32, unique=True, help_text="Random; never derived from ids.")
    source_type = models.CharField(max_length=40)
    source_id = models.PositiveBigIntegerField()
    status = models.CharField(
        max_length=12, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    revoked_reason = models.TextField(blank=True)
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(auto_now_add=True)
    pdf = models.FileField(
        upload_to="certificates/", blank=True, help_text="Rendered once, on first download."
    )

    class Meta:
        ordering = ["-completed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id"],
                condition=Q(status="valid"),
                name="one_valid_certificate_per_source",
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}: {self.title} ({self.holder_name})"

    @property
    def number(self) -> str:
        """Human-readable and sequential; the secret part is the separate verification code."""
        return f"SLH-{self.issued_at:%Y}-{self.pk:06d}"

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID
