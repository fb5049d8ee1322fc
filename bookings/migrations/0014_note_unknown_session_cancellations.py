"""0013 dated a "cancel" event when it ran for a session cancelled before sessions kept a history
and with no booking to date it, and said so in the detail only when the session kept no reason:
a reason took the note's place, so the history read as if the organisers had cancelled on the
day of the upgrade. The note now follows the reason, as certificates' backfilled revocations do.

Only those events match: one 0013 wrote from a booking's "session cancelled" event belongs to a
session with such events, and a cancellation made since names the organiser who made it."""

from django.db import migrations

UNKNOWN = "Cancelled before sessions kept a history: when and by whom is not known."


def note_unknown_when_and_who(apps, schema_editor):
    SessionEvent = apps.get_model("bookings", "SessionEvent")
    BookingEvent = apps.get_model("bookings", "BookingEvent")
    told_by_a_booking = BookingEvent.objects.filter(action="session cancelled").values("booking__session_id")
    backfilled = (
        SessionEvent.objects.filter(action="cancel", actor__isnull=True, actor_email="")
        .exclude(session_id__in=told_by_a_booking)
        .exclude(detail="")
        .exclude(detail__contains=UNKNOWN)
        .select_related("session")
    )
    for event in backfilled:
        if event.detail == event.session.cancelled_reason:
            event.detail = f"{event.detail} ({UNKNOWN})"
            event.save(update_fields=["detail"])


class Migration(migrations.Migration):
    dependencies = [("bookings", "0013_backfill_history")]

    operations = [migrations.RunPython(note_unknown_when_and_who, migrations.RunPython.noop)]
