"""Charges for late cancellation and non-attendance, and the batches finance exports them in."""

from django.conf import settings
from django.db import models


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
    invoice_reference = models.CharField(max_length=60, blank=True)
    waived_reason = models.TextField(blank=True)
    waived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    waived_at = models.DateTimeField(null=True, blank=True)

    objects = ChargeQuerySet.as_manager()

    class Meta:
        ordering = ["-raised_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="charge_amount_not_negative"),
            models.CheckConstraint(
                condition=~models.Q(status="waived") | ~models.Q(waived_reason=""), name="waiver_has_a_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"£{self.amount} for booking {self.booking_id} ({self.get_status_display()})"
