"""`changed_by` now lives in each certificate's events (0007). Dropped in its own migration so
PostgreSQL never alters the table in the transaction that wrote the events."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("certificates", "0007_certificate_events")]

    operations = [migrations.RemoveField(model_name="certificate", name="changed_by")]
