from django.core.management.base import BaseCommand, CommandError

from lms.models import User
from lms.privacy import erasure


class Command(BaseCommand):
    help = (
        "Erase a named person on their request: cancel their open places under the booking rules, "
        "then remove their personal data, keeping charges and registers under a pseudonym."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The email address of their account.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email, yes, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account has the email address {email}.")
        if not yes:
            answer = input(f"Erase {user.full_name} <{user.email}>? This cannot be undone. Type yes: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was erased.")
        result = erasure.erase(user)
        for place in result.cancelled:
            charged = f", charged £{place.charge}" if place.charge else ""
            self.stdout.write(
                f"Cancelled their place on {place.course} ({place.starts_at:%d %B %Y}){charged}."
            )
        self.stdout.write(f"Erased: the account is now {result.pseudonym}.")
