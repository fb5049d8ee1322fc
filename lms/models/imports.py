"""Checked imports waiting for the person to confirm them."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ImportPreview(models.Model):
    """A checked import, kept in the database rather than the session so that confirming can
    lock it (select_for_update) and use it up once, however many confirms arrive together: a
    session is read by every request before any of them saves it."""

    token = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=40, help_text="Which import: 'accreditations', 'invoices'.")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    payload = models.JSONField(help_text="The checked rows, as the preview showed them.")

    def __str__(self) -> str:
        return f"{self.kind} preview for user {self.user_id}"
