"""Accreditation events take the one audit shape (lms.models.AuditEvent): `by` becomes `actor`
and `reason` becomes `detail` (renamed, so every row keeps its data), and each event gains the
actor's email and the states it moved between, filled in here from the history itself."""

from django.db import migrations, models
from django.utils import timezone

# The state each action leaves an accreditation in; None where it leaves the state as it was.
LEADS_TO = {
    "granted": "active",
    "suspend": "suspended",
    "reinstate": "active",
    "revoke": "revoked",
    "lapsed": "lapsed",
    "renewed": "lapsed",
    "claimed": None,
    "reminded": None,
}


def fill_emails_and_states(apps, schema_editor):
    """Replay each accreditation's events in order: an event's `from` is the state the one before
    it left, its `to` the state its action implies. An import was saved lapsed when its expiry had
    already passed, active otherwise (resources.save_accreditations)."""
    AccreditationEvent = apps.get_model("certificates", "AccreditationEvent")
    events = (
        AccreditationEvent.objects.select_related("actor", "accreditation")
        .order_by("accreditation_id", "at", "pk")
        .iterator(chunk_size=2000)
    )
    changed, current_id, state = [], None, ""
    for event in events:
        if event.accreditation_id != current_id:
            current_id, state = event.accreditation_id, ""
        if event.action == "imported":
            expires_on = event.accreditation.expires_on
            to_state = "lapsed" if expires_on and expires_on <= timezone.localdate(event.at) else "active"
        else:
            to_state = LEADS_TO.get(event.action) or state
        event.from_state, event.to_state = state, to_state
        event.actor_email = event.actor.email if event.actor else ""
        state = to_state
        changed.append(event)
        if len(changed) >= 2000:
            AccreditationEvent.objects.bulk_update(changed, ["from_state", "to_state", "actor_email"])
            changed = []
    AccreditationEvent.objects.bulk_update(changed, ["from_state", "to_state", "actor_email"])


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0005_scheme_permissions"),
    ]

    operations = [
        migrations.RenameField("accreditationevent", "by", "actor"),
        migrations.RenameField("accreditationevent", "reason", "detail"),
        migrations.AddField(
            model_name="accreditationevent",
            name="actor_email",
            field=models.EmailField(
                blank=True, help_text="Who acted, kept if their account goes.", max_length=254
            ),
        ),
        migrations.AddField(
            model_name="accreditationevent",
            name="from_state",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AddField(
            model_name="accreditationevent",
            name="to_state",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AlterField(
            model_name="accreditationevent",
            name="at",
            field=models.DateTimeField(db_index=True, default=timezone.now),
        ),
        migrations.RunPython(fill_emails_and_states, migrations.RunPython.noop),
    ]
