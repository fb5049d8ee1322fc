from django.core.management.base import BaseCommand

from certificates import accreditation


class Command(BaseCommand):
    help = "Send expiry reminders (60 and 14 days before) and lapse expired accreditations. Run daily."

    def handle(self, *args, **options):
        reminded = accreditation.send_expiry_reminders()
        lapsed = accreditation.lapse_expired()
        self.stdout.write(f"Sent {reminded} expiry reminder(s); lapsed {lapsed} accreditation(s).")
