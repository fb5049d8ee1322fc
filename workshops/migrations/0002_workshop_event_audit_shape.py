"""WorkshopEvent takes the one audit shape (lms.models.AuditEvent): from_status/to_status become
from_state/to_state, actor_email is added and filled from the actor's account (or the host's
address for what the host did), and the action names become the transition table's."""

import django.utils.timezone
from django.db import migrations, models

# What the services wrote before the transition table, and the table's name for it.
ACTIONS = {
    "requested": "request",
    "date proposed": "propose",
    "date accepted": "accept",
    "confirmed": "confirm",
    "asked for another date": "another_date",
    "declined": "decline",
    "cancelled": "cancel",
    "delivered": "deliver",
    "delivery corrected": "correct_delivery",
}


def _rename_actions(apps, names: dict[str, str]) -> None:
    WorkshopEvent = apps.get_model("workshops", "WorkshopEvent")
    for old, new in names.items():
        WorkshopEvent.objects.filter(action=old).update(action=new)


def forwards(apps, schema_editor):
    WorkshopEvent = apps.get_model("workshops", "WorkshopEvent")
    _rename_actions(apps, ACTIONS)
    events = WorkshopEvent.objects.filter(actor_email="").select_related("actor", "request")
    for event in events.iterator():
        if event.actor_id:
            event.actor_email = event.actor.email
        elif event.by_host:
            event.actor_email = event.request.contact_email
        else:
            continue
        event.save(update_fields=["actor_email"])


def backwards(apps, schema_editor):
    _rename_actions(apps, {new: old for old, new in ACTIONS.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0001_initial"),
        ("bookings", "0011_workshops_move_out"),
    ]

    operations = [
        migrations.RenameField(model_name="workshopevent", old_name="from_status", new_name="from_state"),
        migrations.RenameField(model_name="workshopevent", old_name="to_status", new_name="to_state"),
        migrations.AlterField(
            model_name="workshopevent",
            name="from_state",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AlterField(
            model_name="workshopevent",
            name="to_state",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AddField(
            model_name="workshopevent",
            name="actor_email",
            field=models.EmailField(
                blank=True, help_text="Who acted, kept if their account goes.", max_length=254
            ),
        ),
        migrations.AlterField(
            model_name="workshopevent",
            name="at",
            field=models.DateTimeField(db_index=True, default=django.utils.timezone.now),
        ),
        migrations.RunPython(forwards, backwards),
    ]
