from django.core.management.base import BaseCommand

from bookings import services


class Command(BaseCommand):
    help = (
        "Close unanswered requests, lapse unanswered offers and send reminders. Run daily (e.g. from cron)."
    )

    def handle(self, *args, **options):
        expired = services.expire_stale()
        reminded = services.send_reminders()
        self.stdout.write(
            f"Closed {expired['requests']} request(s), lapsed {expired['offers']} offer(s); "
            f"reminded {reminded['managers']} manager(s) and {reminded['attendees']} attendee(s)."
        )
