"""Charges for late cancellation and non-attendance, and the batches finance exports them in.
A charge moves pending → exported → invoiced, or is waived with a reason; each move goes through
the transition table below and is recorded as a ChargeEvent, with who and when."""

from django.conf import settings
from django.db import models

from lms import validators
from lms.models import AuditEvent
from lms.states import StateMachine, Transition

# The reason a charge is waived when a trainer corrects "did not attend" on the register; such a
# waiver, and only such a waiver, is undone if the person is marked absent again.
ATTENDANCE_CORRECTED = "Attendance corrected on the register."


class ChargeReason(models.TextChoices):
    LATE_CANCELLATION = "late_cancellation", "Late cancellation"
    NON_ATTENDANCE = "non_attendance", "Did not attend"


class ChargeStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    EXPORTED = "exported", "Exported"
    INVOICED = "invoiced", "Invoiced"
    WAIVED = "waived", "Waived"


class ChargeQuerySet(models.QuerySet):
    def pending(self):
        """Raised and not yet exported: what the next export will hold."""
        return self.filter(status=ChargeStatus.PENDING)

    def waivable(self):
        return self.filter(status__in=[ChargeStatus.PENDING, ChargeStatus.EXPORTED])


class ExportBatch(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The batch's stored files (lms.exports), a CSV or XLSX each; batches made before files were
    # stored get theirs on first download.
    files = models.ManyToManyField("lms.Export", blank=True, related_name="charge_batches")

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "export batches"

    def __str__(self) -> str:
        return f"Export {self.pk}"


class Charge(models.Model):
    """At most one per booking (the OneToOne is the database constraint). The amount is copied
    from the course when raised, so a later change of policy never rewrites a charge."""

    booking = models.OneToOneField("bookings.Booking", on_delete=models.PROTECT, related_name="charge")
    amount = models.DecimalField(max_digits=8, decimal_places=2)
    reason = models.CharField(max_length=20, choices=ChargeReason.choices)
    organisation = models.ForeignKey("lms.Organisation", on_delete=models.PROTECT, related_name="charges")
    organisation_is_council = models.BooleanField()
    status = models.CharField(max_length=10, choices=ChargeStatus.choices, default=ChargeStatus.PENDING)
    raised_at = models.DateTimeField(auto_now_add=True)
    export_batch = models.ForeignKey(
        ExportBatch, null=True, blank=True, on_delete=models.PROTECT, related_name="charges"
    )
    invoice_reference = models.CharField(max_length=60, validators=validators.PERSON_TEXT, blank=True)
    waived_reason = models.TextField(validators=validators.TEXT, blank=True)
    waived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    waived_at = models.DateTimeField(null=True, blank=True)

    objects = ChargeQuerySet.as_manager()

    class Meta:
        ordering = ["-raised_at"]
        # Finance's list pages newest first, alone or filtered by status or organisation.
        indexes = [
            models.Index(fields=["-raised_at", "-id"], name="charge_newest_first"),
            models.Index(fields=["status", "-raised_at", "-id"], name="charge_status_newest_first"),
            models.Index(fields=["organisation", "-raised_at", "-id"], name="charge_org_newest_first"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="charge_amount_not_negative"),
            models.CheckConstraint(
                condition=~models.Q(status="waived") | ~models.Q(waived_reason=""), name="waiver_has_a_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"£{self.amount} for booking {self.booking_id} ({self.get_status_display()})"


class ChargeEvent(AuditEvent):
    """Finance's audit trail: raised, exported in which batch, invoiced with which reference (and
    any reference overwritten, old and new), waived and why, reinstated — each with who and when."""

    charge = models.ForeignKey(Charge, on_delete=models.CASCADE, related_name="events")

    LABELS = {
        "raised": "Raised",
        "exported": "Exported",
        "invoiced": "Invoiced",
        "waived": "Waived",
        "reinstated": "Reinstated",
    }

    class Meta(AuditEvent.Meta):
        pass

    def __str__(self) -> str:
        return f"{self.action} on charge {self.charge_id}"


def _waived_by_a_correction(charge, at, user):
    if charge.waived_reason != ATTENDANCE_CORRECTED:
        return "Only a charge waived by correcting the register can be reinstated."
    return None


_PAST = {"export": "exported", "invoice": "invoiced", "waive": "waived", "reinstate": "reinstated"}


def _refusal(charge, transition) -> str:
    return f"This charge is {charge.get_status_display().lower()} and cannot be {_PAST[transition.action]}."


MACHINE = StateMachine(
    model=Charge,
    event_model=ChargeEvent,
    event_fk="charge",
    refusal=_refusal,
    transitions=[
        Transition(
            "export",
            frozenset({ChargeStatus.PENDING}),
            ChargeStatus.EXPORTED,
            label="Export",
            event_action="exported",
        ),
        Transition(
            "invoice",
            frozenset({ChargeStatus.EXPORTED, ChargeStatus.INVOICED}),
            ChargeStatus.INVOICED,
            label="Record invoice",
            event_action="invoiced",
        ),
        Transition(
            "waive",
            frozenset({ChargeStatus.PENDING, ChargeStatus.EXPORTED}),
            ChargeStatus.WAIVED,
            label="Waive",
            event_action="waived",
            reason_required=True,
            reason_prompt="Give a reason for waiving the charge.",
        ),
        Transition(
            "reinstate",
            frozenset({ChargeStatus.WAIVED}),
            ChargeStatus.PENDING,
            label="Reinstate",
            event_action="reinstated",
            rules=(_waived_by_a_correction,),
        ),
    ],
)
