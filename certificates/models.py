"""Certificates anyone can verify. This app knows nothing of eLearning or bookings: they call
certificates.services.issue with a generic source ('module_completion', 42).

Certificates and accreditations each have a transition table (an lms.states machine) beside
their statuses: the services move them through it and the staff pages ask it which buttons to
show, so a page never offers a change the service would refuse."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from lms import validators
from lms.models import AuditEvent
from lms.roles import CERTIFICATE_STAFF, REGISTER_KEEPERS
from lms.states import StateMachine, Transition


class CertificateStatus(models.TextChoices):
    VALID = "valid", "Valid"
    REVOKED = "revoked", "Revoked"
    SUPERSEDED = "superseded", "Superseded"


class Certificate(models.Model):
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    holder_name = models.CharField(
        max_length=150,
        validators=validators.PERSON_TEXT,
        help_text="The name printed, as it was when issued.",
    )
    title = models.CharField(max_length=200, validators=validators.SINGLE_LINE)
    completed_on = models.DateField()
    cpd_hours = models.DecimalField(max_digits=4, decimal_places=2)
    issuer = models.CharField(max_length=200, validators=validators.SINGLE_LINE)
    code = models.CharField(max_length=32, unique=True, help_text="Random; never derived from ids.")
    source_type = models.CharField(max_length=40)
    source_id = models.PositiveBigIntegerField()
    status = models.CharField(
        max_length=12, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    revoked_reason = models.TextField(validators=validators.TEXT, blank=True)
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(auto_now_add=True)
    pdf = models.FileField(
        upload_to="certificates/",
        blank=True,
        help_text="Rendered by a background task when issued, or on first download if that has not run.",
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


class CertificateEvent(AuditEvent):
    """A certificate's history: issued, superseded by a reissue, revoked; who and why."""

    LABELS = {
        "issued": "Issued",
        "reissue": "Replaced by a reissue",
        "revoke": "Revoked",
    }

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="events")


class AccreditationScheme(models.Model):
    """What an accreditation allows, e.g. leading a GCP2 assessment; optionally renewed."""

    name = models.CharField(max_length=150, validators=validators.PERSON_TEXT, unique=True)
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
    holder_name = models.CharField(max_length=150, validators=validators.PERSON_TEXT)
    holder_email = models.EmailField(db_index=True)
    organisation = models.ForeignKey(
        "lms.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="accreditations"
    )
    granted_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    source_type = models.CharField(max_length=40, help_text="'session_attendance' or 'import'.")
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    trainer_name = models.CharField(max_length=150, validators=validators.PERSON_TEXT, blank=True)
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
        indexes = [
            models.Index(fields=["scheme", "status"]),
            # The register lists by name then id, 50 to a page, filtered by status or not.
            models.Index(fields=["holder_name", "id"]),
            models.Index(fields=["status", "holder_name", "id"]),
        ]

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


class AccreditationEvent(AuditEvent):
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

    def __str__(self) -> str:
        return f"{self.action} on {self.accreditation_id}"


# The transition tables ------------------------------------------------------------------------


def _certificate_staff_only(certificate, at, user) -> str | None:
    if user is None or not getattr(user, "has_role", lambda *roles: False)(*CERTIFICATE_STAFF):
        return "Only trainers and administrators can reissue or revoke a certificate."
    return None


CERTIFICATE_DONE = {"reissue": "reissued", "revoke": "revoked"}

CERTIFICATE_MACHINE = StateMachine(
    model=Certificate,
    event_model=CertificateEvent,
    event_fk="certificate",
    transitions=[
        Transition(
            "reissue",
            frozenset({CertificateStatus.VALID}),
            CertificateStatus.SUPERSEDED,
            label="Reissue",
            rules=(_certificate_staff_only,),
        ),
        Transition(
            "revoke",
            frozenset({CertificateStatus.VALID}),
            CertificateStatus.REVOKED,
            label="Revoke",
            rules=(_certificate_staff_only,),
            reason_required=True,
            reason_prompt="Give a reason for revoking the certificate.",
        ),
    ],
    refusal=lambda certificate, t: f"Only a valid certificate can be {CERTIFICATE_DONE[t.action]}.",
)


def _keepers_only(accreditation, at, user) -> str | None:
    """The register's own keepers change it; readers (managers, safeguarding leads) only look."""
    if user is None or not getattr(user, "has_role", lambda *roles: False)(*REGISTER_KEEPERS):
        return "Only the trainers and administrators who keep the register can change an accreditation."
    return None


def _not_once_expired(accreditation, at, user) -> str | None:
    """Reinstating an expired accreditation would let someone lead without the refresher."""
    if accreditation.expires_on and accreditation.expires_on <= timezone.localdate(at):
        return (
            f"It expired on {accreditation.expires_on:%-d %B %Y}, so it cannot be reinstated: "
            "the holder needs to attend a refresher."
        )
    return None


def _on_its_own_once_expired(accreditation, at, user) -> str | None:
    """Lapsing is the nightly schedule's, never a person's: a person suspends or revokes."""
    if user is not None:
        return "An accreditation lapses on its own when its refresher period ends."
    if not accreditation.expires_on or accreditation.expires_on > timezone.localdate(at):
        return "Its refresher period has not ended, so it cannot lapse yet."
    return None


def _replaced_by_a_refresher(accreditation, at, user) -> str | None:
    """Only a later grant of the same scheme to the same person replaces an accreditation."""
    same_person = Q(holder_email=accreditation.holder_email)
    if accreditation.holder_id:
        same_person |= Q(holder_id=accreditation.holder_id)
    later = Accreditation.objects.filter(
        same_person,
        scheme_id=accreditation.scheme_id,
        status=AccreditationStatus.ACTIVE,
        granted_on__gt=accreditation.granted_on,
    )
    return None if later.exists() else "Only attending a refresher replaces an accreditation."


ACCREDITATION_MACHINE = StateMachine(
    model=Accreditation,
    event_model=AccreditationEvent,
    event_fk="accreditation",
    transitions=[
        Transition(
            "suspend",
            frozenset({AccreditationStatus.ACTIVE}),
            AccreditationStatus.SUSPENDED,
            label="Suspend",
            rules=(_keepers_only,),
            reason_required=True,
            reason_prompt="Give a reason to suspend the accreditation.",
        ),
        Transition(
            "reinstate",
            frozenset({AccreditationStatus.SUSPENDED}),
            AccreditationStatus.ACTIVE,
            label="Reinstate",
            rules=(_not_once_expired, _keepers_only),
        ),
        Transition(
            "revoke",
            frozenset(
                {AccreditationStatus.ACTIVE, AccreditationStatus.SUSPENDED, AccreditationStatus.LAPSED}
            ),
            AccreditationStatus.REVOKED,
            label="Revoke",
            rules=(_keepers_only,),
            reason_required=True,
            reason_prompt="Give a reason to revoke the accreditation.",
        ),
        # Suspended ones lapse too: reinstating could not bring them back after expiry.
        Transition(
            "lapsed",
            frozenset({AccreditationStatus.ACTIVE, AccreditationStatus.SUSPENDED}),
            AccreditationStatus.LAPSED,
            label="Lapse",
            rules=(_on_its_own_once_expired,),
        ),
        Transition(
            "renewed",
            frozenset({AccreditationStatus.ACTIVE}),
            AccreditationStatus.LAPSED,
            label="Replace by a refresher",
            rules=(_replaced_by_a_refresher,),
        ),
    ],
    refusal=lambda accreditation, t: (
        f"An accreditation that is {accreditation.get_status_display().lower()} "
        f"cannot be {AccreditationEvent.LABELS[t.action].lower()}."
    ),
)
