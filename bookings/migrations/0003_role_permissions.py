"""Trainers and workshop coordinators manage courses and sessions in the Wagtail admin."""

from django.db import migrations

MANAGE = ["add_course", "change_course", "view_course", "add_session", "change_session", "view_session"]


def grant(apps, schema_editor):
    from lms.roles import ensure_permissions

    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    manage = list(Permission.objects.filter(content_type__app_label="bookings", codename__in=MANAGE))
    for name in ["Trainers", "Workshop coordinators", "Administrators"]:
        group = Group.objects.get(name=name)
        group.permissions.add(admin_access, *manage)


class Migration(migrations.Migration):
    dependencies = [("bookings", "0002_catalogue_page"), ("lms", "0003_roles_and_local_authorities")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
