"""Names and other one-line person fields saved before they were checked: control characters
removed and a formula start escaped with a leading apostrophe (lms.validators.neutralised).

An apostrophe rather than deleting the character: the value stays as the person wrote it, is
never emptied (a name of only "=" would be), and reads in a spreadsheet exactly as every export
already shows such a cell; the new validators accept it, so the record can still be edited."""

from django.db import migrations

from lms.validators import neutralise_stored

FIELDS = {
    "Booking": ["full_name", "job_role", "manager_name"],
    "Charge": ["invoice_reference"],
}


def neutralise(apps, schema_editor):
    for model_name, field_names in FIELDS.items():
        neutralise_stored(apps.get_model("bookings", model_name), field_names)


class Migration(migrations.Migration):
    dependencies = [("bookings", "0015_text_fields_refuse_control_characters")]

    operations = [migrations.RunPython(neutralise, migrations.RunPython.noop)]
