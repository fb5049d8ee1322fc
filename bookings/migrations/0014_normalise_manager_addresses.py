"""Requests saved before addresses were normalised keep the spelling that was typed (a
full-width domain, a quoted local part, capitals). Store each in the one spelling it is sent to
and compared in (lms.addresses.normalise), so "requests addressed to you" finds them and the
email goes to one mailbox."""

from django.db import migrations

from lms.addresses import normalise


def normalise_manager_addresses(apps, schema_editor):
    Booking = apps.get_model("bookings", "Booking")
    for field in ("manager_email", "decided_by_email"):
        for pk, address in Booking.objects.exclude(**{field: ""}).values_list("pk", field).iterator():
            if normalise(address) != address:
                Booking.objects.filter(pk=pk).update(**{field: normalise(address)})


class Migration(migrations.Migration):
    dependencies = [("bookings", "0013_backfill_history")]

    operations = [migrations.RunPython(normalise_manager_addresses, migrations.RunPython.noop)]
