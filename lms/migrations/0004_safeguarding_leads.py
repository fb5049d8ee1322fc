"""Safeguarding leads, who look people up on the accreditation register, become a role. It needs
no model permissions: the register's views check the role."""

from django.db import migrations


def add_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name="Safeguarding leads")


class Migration(migrations.Migration):
    dependencies = [("lms", "0003_roles_and_local_authorities")]

    operations = [migrations.RunPython(add_role, migrations.RunPython.noop)]
