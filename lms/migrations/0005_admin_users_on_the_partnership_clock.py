"""Admin users who chose their own time zone go back to the partnership's: WAGTAIL_USER_TIME_ZONES
now offers only settings.TIME_ZONE, but Wagtail would still honour a zone chosen before."""

from django.db import migrations


def clear_chosen_time_zones(apps, schema_editor):
    apps.get_model("wagtailusers", "UserProfile").objects.exclude(current_time_zone="").update(
        current_time_zone=""
    )


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0004_safeguarding_leads"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(clear_chosen_time_zones, migrations.RunPython.noop)]
