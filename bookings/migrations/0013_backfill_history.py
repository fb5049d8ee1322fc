"""Close two gaps the audit trail was left with when it took its one shape.

- An approval recorded before events had states (0010) ends in "confirmed" or "waitlisted", which
  the action alone cannot say; the booking's own later history can. An approved place became
  waitlisted only when the session was full, and only a waitlisted place is later offered or
  confirmed from the waiting list.
- Sessions cancelled before sessions had events (0012) have no "cancel" event. Their bookings'
  "session cancelled" events say when and who; a session with no bookings says so in the detail.
"""

from django.db import migrations
from django.utils import timezone

UNKNOWN = "Cancelled before sessions kept a history: when and by whom is not known."
FROM_WAITING_LIST = ("offered", "confirmed from waiting list")
AFTER_CONFIRMED = ("transferred", "marked attended", "marked partially attended", "marked did not attend")


def approved_to_state(apps, schema_editor):
    BookingEvent = apps.get_model("bookings", "BookingEvent")
    approvals = BookingEvent.objects.filter(action="approved", to_state="").select_related("booking")
    for approval in approvals.iterator():
        later = BookingEvent.objects.filter(booking_id=approval.booking_id, at__gte=approval.at).exclude(
            pk=approval.pk
        )
        if later.filter(action__in=FROM_WAITING_LIST).exists():
            now = "waitlisted"
        elif later.filter(action__in=AFTER_CONFIRMED).exists():
            now = "confirmed"
        elif approval.booking.status in ("confirmed", "waitlisted"):
            now = approval.booking.status
        else:
            continue  # cancelled with nothing else to go on: left unknown rather than guessed
        approval.to_state = now
        approval.save(update_fields=["to_state"])


def _cancel_detail(reason: str, *, known: bool) -> str:
    """The reason kept with the session; with no booking to date it, also that the date and
    organiser are not the real ones (as certificates' backfilled revocations say)."""
    if known:
        return reason
    return f"{reason} ({UNKNOWN})" if reason else UNKNOWN


def session_cancellations(apps, schema_editor):
    Session = apps.get_model("bookings", "Session")
    SessionEvent = apps.get_model("bookings", "SessionEvent")
    BookingEvent = apps.get_model("bookings", "BookingEvent")
    for session in Session.objects.filter(status="cancelled", events__isnull=True).iterator():
        first = (
            BookingEvent.objects.filter(booking__session=session, action="session cancelled")
            .order_by("at", "pk")
            .first()
        )
        SessionEvent.objects.create(
            session=session,
            at=first.at if first else timezone.now(),
            actor_id=first.actor_id if first else None,
            actor_email=first.actor_email if first else "",
            action="cancel",
            from_state="scheduled",
            to_state="cancelled",
            detail=_cancel_detail(session.cancelled_reason, known=first is not None),
        )


class Migration(migrations.Migration):
    dependencies = [("bookings", "0012_session_events")]

    operations = [
        migrations.RunPython(approved_to_state, migrations.RunPython.noop),
        migrations.RunPython(session_cancellations, migrations.RunPython.noop),
    ]
