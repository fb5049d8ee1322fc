"""Exports built in the background into a stored file (finance batches, the GCP2 register), so
no spreadsheet is ever written inside a web request that a timeout can kill part way."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from lms.models.audit import AuditEvent
from lms.states import StateMachine, Transition

PRIVATE_EXPORTS = "private/exports"  # never served from MEDIA_URL: downloads go through a view


def export_path(export, filename: str) -> str:
    """An unguessable name under the private folder: the view that checks the role is the only
    way to the file."""
    return f"{PRIVATE_EXPORTS}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{export.file_format}"


class ExportStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    BUILDING = "building", "Being built"
    DONE = "done", "Ready to download"
    FAILED = "failed", "Failed"


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "Excel (XLSX)"


class ExportQuerySet(models.QuerySet):
    def of_kind(self, *kinds: str):
        return self.filter(kind__in=kinds)

    def recent(self):
        return self.select_related("requested_by").order_by("-requested_at", "-pk")


class Export(models.Model):
    """One file asked for: what (`kind`, and `params` its builder reads), in which format, by
    whom, how far it has got, and the stored file once it is done."""

    kind = models.CharField(max_length=40, help_text="Which export: 'charges', 'charge-batch', 'register'.")
    file_format = models.CharField(max_length=4, choices=ExportFormat.choices)
    params = models.JSONField(default=dict, blank=True, help_text="What the builder reads.")
    status = models.CharField(max_length=10, choices=ExportStatus.choices, default=ExportStatus.QUEUED)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    filename = models.CharField(max_length=120, blank=True, help_text="The name the download is given.")
    file = models.FileField(upload_to=export_path, blank=True, max_length=200)
    error = models.TextField(blank=True, help_text="Why it failed, as the worker recorded it.")

    objects = ExportQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at", "-pk"]
        indexes = [models.Index(fields=["kind", "-requested_at"], name="export_kind_recent")]

    def __str__(self) -> str:
        return f"Export {self.pk} ({self.kind}, {self.file_format})"

    @property
    def in_progress(self) -> bool:
        return self.status in (ExportStatus.QUEUED, ExportStatus.BUILDING)


class ExportEvent(AuditEvent):
    export = models.ForeignKey(Export, on_delete=models.CASCADE, related_name="events")

    LABELS = {"queued": "Asked for", "started": "Started", "finished": "Finished", "failed": "Failed"}

    class Meta(AuditEvent.Meta):
        pass


S = ExportStatus
MACHINE = StateMachine(
    model=Export,
    event_model=ExportEvent,
    event_fk="export",
    transitions=[
        Transition("start", frozenset({S.QUEUED}), S.BUILDING, label="Start", event_action="started"),
        Transition("finish", frozenset({S.BUILDING}), S.DONE, label="Finish", event_action="finished"),
        Transition("fail", frozenset({S.QUEUED, S.BUILDING}), S.FAILED, label="Fail", event_action="failed"),
        Transition("retry", frozenset({S.FAILED}), S.QUEUED, label="Try again", event_action="queued"),
    ],
)
