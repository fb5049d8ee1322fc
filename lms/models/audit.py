"""The one shape of every audit event, shared by bookings, charges, workshop requests,
accreditations and certificates (each keeps its own table, built on this)."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditEvent(models.Model):
    """The one shape of every audit event: when, who (an account, or an email address for a
    manager or host acting from a link), what, from which state to which, and why."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_email = models.EmailField(blank=True, help_text="Who acted, kept if their account goes.")
    action = models.CharField(max_length=40)
    from_state = models.CharField(max_length=20, blank=True)
    to_state = models.CharField(max_length=20, blank=True)
    detail = models.TextField(blank=True)

    # Words for the actions, by action name; subclasses extend it. History pages show these.
    LABELS: dict[str, str] = {}

    class Meta:
        abstract = True
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action} at {self.at:%Y-%m-%d %H:%M}"

    @property
    def label(self) -> str:
        return self.LABELS.get(self.action, self.action.replace("_", " ").capitalize())
