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


class AccreditationScheme(models.Model):
    """What an accreditation allows, e.g. leading a GCP2 assessment; optionally renewed."""

    name = models.CharField(max_length=150, unique=True)
    lets_holder_lead = models.BooleanField(
        "lets the holder lead assessments",
        default=True,
        help_text="Holders with an active accreditation may lead a GCP2 assessment.",
    )
    refresher_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=(
            "Months until a holder must refresh. Leave empty if the accreditation does not lapse. "
            "A change applies to accreditations granted from then on."
        ),
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AccreditationStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    SUSPENDED = "suspended", "Suspended"
    LAPSED = "lapsed", "Lapsed"
    REVOKED = "revoked", "Revoked"


class AccreditationQuerySet(models.QuerySet):
    def for_register(self):
        return self.select_related("scheme", "organisation__local_authority", "holder")

    def can_lead_on(self, day):
        """Active, under a scheme that lets holders lead, and not yet expired on that day, whether
        or not the nightly lapsing has run."""
        return self.filter(
            Q(expires_on__isnull=True) | Q(expires_on__gt=day),
            status=AccreditationStatus.ACTIVE,
            scheme__lets_holder_lead=True,
            granted_on__lte=day,
        )


class Accreditation(models.Model):
    """Who may lead: granted by attending an accredited session, or imported from the lists
    partnerships already keep (held against an email until that person registers)."""

    scheme = models.ForeignKey(AccreditationScheme, on_delete=models.PROTECT, related_name="accreditations")
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="accreditations",
    )
    holder_name = models.CharField(max_length=150)
    holder_email = models.EmailField(db_index=True)
    organisation = models.ForeignKey(
        "lms.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="accreditations"
    )
    granted_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    source_type = models.CharField(max_length=40, help_text="'session_attendance' or 'import'.")
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    trainer_name = models.CharField(max_length=150, blank=True)
    status = models.CharField(
        max_length=12, choices=AccreditationStatus.choices, default=AccreditationStatus.ACTIVE
    )
    last_reminder_days = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The last expiry reminder sent: 60 or 14 days before."
    )

    objects = AccreditationQuerySet.as_manager()

    class Meta:
        ordering = ["holder_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id"],
                condition=Q(source_id__isnull=False),
                name="one_accreditation_per_source",
            )
        ]
        indexes = [models.Index(fields=["scheme", "status"]), models.Index(fields=["holder_name"])]

    def __str__(self) -> str:
        return f"{self.holder_name}: {self.scheme} ({self.get_status_display()})"

    def can_lead_on(self, day) -> bool:
        """The same rule as AccreditationQuerySet.can_lead_on, for one row already loaded."""
        return (
            self.status == AccreditationStatus.ACTIVE
            and self.scheme.lets_holder_lead
            and self.granted_on <= day
            and (self.expires_on is None or self.expires_on > day)
        )

    @property
    def is_held(self) -> bool:
        """Imported for someone who has not yet registered with this email."""
        return self.holder_id is None


class AccreditationEvent(models.Model):
    """The history of every status change and who made it."""

    LABELS = {
        "granted": "Granted",
        "imported": "Imported",
        "claimed": "Joined to their account",
        "suspend": "Suspended",
        "reinstate": "Reinstated",
        "revoke": "Revoked",
        "lapsed": "Lapsed",
        "renewed": "Replaced by a refresher",
        "reminded": "Expiry reminder sent",
    }

    accreditation = models.ForeignKey(Accreditation, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action} on {self.accreditation_id}"

    @property
    def label(self) -> str:
        return self.LABELS.get(self.action, self.action.capitalize())
