"""Trainers add and change sessions but neither choose trainers (which opens registers and their
access needs to them) nor change courses' charge policy: coordinators and administrators do."""

from django.db import migrations


def narrow(apps, schema_editor):
    from lms.roles import ensure_permissions

    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(*codenames):
        return list(Permission.objects.filter(content_type__app_label="bookings", codename__in=codenames))

    trainers = Group.objects.get(name="Trainers")
    trainers.permissions.remove(*perms("add_course", "change_course"))
    for name in ["Workshop coordinators", "Administrators"]:
        Group.objects.get(name=name).permissions.add(*perms("assign_trainers"))


class Migration(migrations.Migration):
    dependencies = [("bookings", "0005_session_permissions")]
    operations = [migrations.RunPython(narrow, migrations.RunPython.noop)]
