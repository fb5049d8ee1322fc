"""0010 wrote a "waived" event for each charge already waived with no state it was waived from,
though the charge says: waiving was refused once a charge was invoiced, and only the export
put a charge in a batch, so a waived charge in a batch was waived once exported and one
without a batch while pending. Only 0010's events lack it: the state machine records every
waiver's from state."""

from django.db import migrations


def waived_from_state(apps, schema_editor):
    ChargeEvent = apps.get_model("bookings", "ChargeEvent")
    backfilled = ChargeEvent.objects.filter(action="waived", from_state="")
    backfilled.filter(charge__export_batch__isnull=False).update(from_state="exported")
    backfilled.filter(charge__export_batch__isnull=True).update(from_state="pending")


class Migration(migrations.Migration):
    dependencies = [("bookings", "0016_neutralise_stored_person_text")]

    operations = [migrations.RunPython(waived_from_state, migrations.RunPython.noop)]
