"""Erasing a person: on their request (the `erase_person` command) or when they delete their own
account. Personal data goes; what finance and audit must keep stays, under a pseudonym such as
"Erased person 4F2A": their bookings (the register), any charges, certificates and accreditations
keep their organisation and dates but no name, email or needs. The account stays as an empty,
disabled row because those records point at it.

Idempotent: an erased person's email is on ERASED_DOMAIN, and erasing them again does nothing."""

import logging
import re
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.apps import apps
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.users.models import UserProfile

from bookings import services as bookings
from bookings.models import Booking, BookingStatus
from certificates.models import Accreditation, Certificate
from courses.models import Enrolment
from lms.models import AuditEvent, PractitionerProfile, User
from lms.privacy import ERASED_DOMAIN, is_erased_address, wagtail_log
from lms.privacy.records import by_address, verified_addresses
from lms.privacy.retention import blank_workshop_contacts
from workshops.models import WorkshopRequest

logger = logging.getLogger(__name__)


@dataclass
class Cancellation:
    """A place cancelled because its holder left: what it was, and any charge it raised."""

    course: str
    starts_at: object
    charge: Decimal | None = None


@dataclass
class Erasure:
    pseudonym: str
    cancelled: list[Cancellation] = field(default_factory=list)


def places_to_cancel(user: User):
    """Open places on sessions not yet started: cancelled first, under the usual rules."""
    return (
        Booking.objects.filter(user=user)
        .cancellable(timezone.now())
        .select_related("session__course", "organisation")
        .order_by("session__starts_at")
    )


def cancel_open_places(user: User) -> list[Cancellation]:
    """Each through the booking service, as if the person cancelled it themselves, so the
    charging rule applies (a confirmed place inside the cut-off is charged) and the seat goes to
    the waiting list. Each commits before anything is erased; booking emails a worker sends
    afterwards find the address erased and are not sent, which is why the confirmation of the
    erasure lists these cancellations itself."""
    cancelled = []
    for booking in places_to_cancel(user):
        try:
            charge = bookings.cancel(booking, by_user=user)
        except bookings.BookingError:  # the session started since the list was read: it stays
            continue
        cancelled.append(
            Cancellation(booking.session.course.title, booking.session.starts_at, charge and charge.amount)
        )
    return cancelled


def erase_person(user: User) -> str:
    """Erase `user` and return their pseudonym (the same one if they were erased already)."""
    return erase(user).pseudonym


def erase(user: User) -> Erasure:
    if is_erased_address(user.email):
        return Erasure(user.full_name)
    cancelled = cancel_open_places(user)
    return Erasure(_erase_personal_data(user), cancelled)


def audit_event_models():
    """Every audit trail in the project: each app's table built on lms.models.AuditEvent."""
    return [model for model in apps.get_models() if issubclass(model, AuditEvent)]


@transaction.atomic
def _erase_personal_data(user: User) -> str:
    user = User.objects.select_for_update().get(pk=user.pk)
    if is_erased_address(user.email):  # erased meanwhile by another request
        return user.full_name
    # Only addresses proven theirs: an unverified one may be someone else's, whose requests and
    # imported accreditations must not be erased by this person leaving.
    addresses = verified_addresses(user)
    pseudonym = f"Erased person {secrets.token_hex(2).upper()}"
    erased_email = f"erased-{secrets.token_hex(8)}@{ERASED_DOMAIN}"

    # The names they went by, before they go: the history of places passed on quotes them.
    names = {user.full_name, *Booking.objects.filter(user=user).values_list("full_name", flat=True)}
    bookings.rename_in_transfers(user, names, pseudonym)
    _relabel_in_wagtail_log(user, names, pseudonym)

    # Kept for finance and the registers, without the name, the job or the needs.
    Booking.objects.filter(user=user).update(
        full_name=pseudonym, job_role="", access_needs="", approval_nonce=""
    )
    # Requests they were asked to decide as a manager: the decision (and the policy accepted for
    # the organisation) stays; who made it is the pseudonym, at an address that reaches nobody.
    # A request still waiting is the practitioner's, naming their manager: it stays addressed to
    # them, who can still answer from the emailed link, and otherwise closes as usual, telling the
    # practitioner. An unreachable address would strand it with nobody able to decide it.
    asked = Booking.objects.filter(by_address("manager_email", addresses)).exclude(
        status=BookingStatus.REQUESTED
    )
    asked.update(manager_name=pseudonym, manager_email=erased_email)
    Booking.objects.filter(by_address("decided_by_email", addresses)).update(decided_by_email="")
    # The PDFs print the name: removed once the erasure is saved (a file cannot be rolled back).
    pdfs = list(Certificate.objects.filter(holder=user).exclude(pdf="").values_list("pdf", flat=True))
    storage = Certificate._meta.get_field("pdf").storage
    transaction.on_commit(lambda: [storage.delete(name) for name in pdfs])
    Certificate.objects.filter(holder=user).update(holder_name=pseudonym, pdf="")
    Accreditation.objects.filter(
        Q(holder=user) | Q(holder=None) & by_address("holder_email", addresses)
    ).update(holder_name=pseudonym, holder_email=erased_email)
    blank_workshop_contacts(
        WorkshopRequest.objects.filter(by_address("contact_email", addresses)), replacement=pseudonym
    )
    for model in audit_event_models():
        model.objects.filter(Q(actor=user) | by_address("actor_email", addresses)).exclude(
            actor_email=""
        ).update(actor_email="")
        _replace_addresses_in_details(model, addresses, erased_email)

    # Not kept: learning, the profile, the addresses, the sign-in.
    Enrolment.objects.filter(user=user).delete()
    PractitionerProfile.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()  # the admin's avatar and preferences
    user.full_name = pseudonym
    user.email = erased_email
    user.set_unusable_password()  # also ends every session: the session hash no longer matches
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    wagtail_log.relabel(User, user.pk, pseudonym)
    logger.info("Erased the personal data of account %s, now %s", user.pk, pseudonym)
    return pseudonym


def _relabel_in_wagtail_log(user: User, names: set[str], pseudonym: str) -> None:
    """Wagtail labels an entry with the object's name, which for their bookings, certificates and
    accreditations contains the person's; the account's own entries are relabelled once saved."""
    kept = {
        Booking: Booking.objects.filter(user=user),
        Certificate: Certificate.objects.filter(holder=user),
        Accreditation: Accreditation.objects.filter(holder=user),
    }
    for model, rows in kept.items():
        pks = rows.values_list("pk", flat=True)
        wagtail_log.replace_names(model, dict.fromkeys(pks, sorted(names, key=len, reverse=True)), pseudonym)


def _replace_addresses_in_details(model, addresses: list[str], erased_email: str) -> None:
    """A history's detail may quote an address (who an email went to): theirs becomes the erased
    one, whoever's record it is on (a colleague's place they passed on tells of emailing them)."""
    for address in addresses:
        spelling = re.compile(re.escape(address), re.IGNORECASE)
        changed = []
        for entry in model.objects.filter(detail__icontains=address).only("pk", "detail"):
            entry.detail = spelling.sub(erased_email, entry.detail)
            changed.append(entry)
        model.objects.bulk_update(changed, ["detail"])
