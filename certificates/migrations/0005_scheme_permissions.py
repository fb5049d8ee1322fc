"""Administrators set each accreditation scheme's refresher period in the admin."""

from django.db import migrations

CODENAMES = ["add_accreditationscheme", "change_accreditationscheme", "view_accreditationscheme"]


def grant(apps, schema_editor):
    from lms.roles import ensure_permissions

    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(
        *Permission.objects.filter(content_type__app_label="certificates", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0004_register_reminders_and_lookups"),
        ("lms", "0004_safeguarding_leads"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
