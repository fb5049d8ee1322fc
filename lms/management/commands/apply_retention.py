from django.core.management.base import BaseCommand

from lms.privacy import retention


class Command(BaseCommand):
    help = (
        "Remove personal data kept longer than settings.RETENTION allows: visitors' unclaimed "
        "learning, unverified accounts, workshop hosts' contact details, finished background tasks. "
        "Run daily; safe to rerun."
    )

    def handle(self, *args, **options):
        report = retention.apply_retention()
        self.stdout.write(
            f"Removed {report.visitor_learning} visitor enrolment(s) and {report.unverified_accounts} "
            f"unverified account(s); blanked the contact details of {report.workshop_contacts} "
            f"workshop request(s); removed {report.import_previews} unconfirmed import preview(s) "
            f"and {report.task_results} finished background task(s)."
        )
