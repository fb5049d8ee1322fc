from django.db import migrations


def create_scheme(apps, schema_editor):
    AccreditationScheme = apps.get_model("certificates", "AccreditationScheme")
    AccreditationScheme.objects.get_or_create(
        name="GCP2 assessment lead", defaults={"lets_holder_lead": True}
    )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0002_accreditation")]
    operations = [migrations.RunPython(create_scheme, migrations.RunPython.noop)]
