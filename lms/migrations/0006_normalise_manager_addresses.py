"""Profiles saved before addresses were normalised keep the line manager's address as typed;
store it in the one spelling it is sent to and compared in (lms.addresses.normalise)."""

from django.db import migrations

from lms.addresses import normalise


def normalise_manager_addresses(apps, schema_editor):
    PractitionerProfile = apps.get_model("lms", "PractitionerProfile")
    for pk, address in PractitionerProfile.objects.values_list("pk", "manager_email").iterator():
        if normalise(address) != address:
            PractitionerProfile.objects.filter(pk=pk).update(manager_email=normalise(address))


class Migration(migrations.Migration):
    dependencies = [("lms", "0005_admin_users_on_the_partnership_clock")]

    operations = [migrations.RunPython(normalise_manager_addresses, migrations.RunPython.noop)]
