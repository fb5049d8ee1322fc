"""The retention rules, run daily by `manage.py apply_retention` (or the `apply_retention` task):
each removes what has been kept as long as settings.RETENTION allows, and nothing else, so running
it twice in a day changes nothing the second time. The privacy notice states the same periods."""

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from courses.models import Attempt, Enrolment, LessonCompletion
from lms.models import ImportPreview, Role, User
from lms.privacy import wagtail_log
from lms.spreadsheets import PREVIEW_MAX_AGE_SECONDS
from workshops.models import WorkshopEvent, WorkshopRequest


@dataclass(frozen=True)
class RetentionReport:
    visitor_learning: int
    unverified_accounts: int
    workshop_contacts: int
    import_previews: int = 0
    task_results: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


# Rows removed per query: a first run on a large site removes a backlog in steps, never loading
# it all (a delete gathers each row's dependants in memory) or locking it all at once.
BATCH = 500


def period(name: str) -> int:
    return settings.RETENTION[name]


def years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February, in a year without one
        return moment.replace(year=moment.year - years, day=28)


# Anonymous visitors' learning -----------------------------------------------------------------


def stale_visitor_learning(now: datetime) -> QuerySet:
    """A visitor's learning (no account: only a key in their browser session) with no step taken
    since the cut-off: not started, no lesson done, no attempt started or submitted since."""
    cutoff = now - timedelta(days=period("anonymous_learning_days"))
    recent_lesson = LessonCompletion.objects.filter(enrolment=OuterRef("pk"), completed_at__gte=cutoff)
    recent_attempt = Attempt.objects.filter(
        Q(started_at__gte=cutoff) | Q(submitted_at__gte=cutoff), enrolment=OuterRef("pk")
    )
    return (
        Enrolment.objects.filter(user=None, started_at__lt=cutoff)
        .exclude(completed_at__gte=cutoff)
        .exclude(Exists(recent_lesson))
        .exclude(Exists(recent_attempt))
    )


# Unverified accounts --------------------------------------------------------------------------


def unused_unverified_accounts(now: datetime) -> QuerySet:
    """Accounts older than the period whose address was never verified, that never signed in,
    booked, or hold anything the registers keep: abandoned sign-ups, or someone else's address.
    Only practitioners' own sign-ups: an account given any other role was made on purpose."""
    cutoff = now - timedelta(days=period("unverified_account_days"))
    verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    other_roles = [role for role in Role if role != Role.PRACTITIONER]
    return (
        User.objects.exclude(groups__name__in=other_roles)
        .filter(
            date_joined__lt=cutoff,
            last_login=None,
            is_staff=False,
            is_superuser=False,
            bookings=None,
            certificates=None,
            accreditations=None,
            workshops_facilitated=None,
            sessions_trained=None,
        )
        .exclude(Exists(verified))
    )


# Workshop hosts' contact details --------------------------------------------------------------


def workshop_contacts_due(now: datetime) -> QuerySet:
    """Requests whose workshop (or, if it never got a date, the last date the host suggested)
    is longer ago than the period, and whose contact details are still held."""
    cutoff = years_before(now, period("workshop_contact_years"))
    return (
        WorkshopRequest.objects.filter(submitted_at__lt=cutoff)
        .exclude(contact_email="", contact_name="", contact_phone="")
        .filter(Q(starts_at__lt=cutoff) | Q(starts_at=None) & ~Q(preferred_dates__date__gte=cutoff.date()))
    )


# What a contact's name becomes where it sits inside another record's words (Wagtail's log).
REMOVED_CONTACT = "[contact removed]"


def blank_workshop_contacts(requests: QuerySet, replacement: str = REMOVED_CONTACT) -> int:
    """Keep the request, its organisation type, area, dates and numbers for reports; blank the
    person: their name, email, phone, address and needs, their email on the request's history,
    and their name wherever Wagtail's log of the request quotes it (`replacement` instead)."""
    blanked = 0
    ids = list(requests.values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        blanked += _blank_contacts(ids[start : start + BATCH], replacement)
    return blanked


@transaction.atomic
def _blank_contacts(ids: list[int], replacement: str) -> int:
    named = WorkshopRequest.objects.filter(pk__in=ids).exclude(contact_name="")
    names = {pk: [name] for pk, name in named.values_list("pk", "contact_name")}
    wagtail_log.replace_names(WorkshopRequest, names, replacement)
    WorkshopEvent.objects.filter(request__in=ids, by_host=True).exclude(actor_email="").update(actor_email="")
    return WorkshopRequest.objects.filter(pk__in=ids).update(
        contact_name="",
        contact_email="",
        contact_phone="",
        address="",
        postcode="",
        accessibility_needs="",
    )


def expired_import_previews(now: datetime) -> QuerySet:
    """Checked imports nobody confirmed: they hold the file's names and addresses, and can no
    longer be confirmed once an hour old."""
    return ImportPreview.objects.filter(created_at__lt=now - timedelta(seconds=PREVIEW_MAX_AGE_SECONDS))


def finished_task_results(now: datetime) -> QuerySet:
    """Background tasks the worker finished (sent, or given up on) longer ago than the period: the
    queue stores each one's arguments, an email's recipients and text, and never removes them.
    django-tasks-db's own prune_db_task_results command deletes the same rows, but in one
    statement and only where the database backend is configured; "finished" is its definition."""
    cutoff = now - timedelta(days=period("task_results_days"))
    return DBTaskResult.objects.finished().filter(finished_at__lt=cutoff)


def delete_in_batches(queryset: QuerySet) -> int:
    deleted = 0
    while ids := list(queryset.values_list("pk", flat=True)[:BATCH]):
        with transaction.atomic():
            queryset.model.objects.filter(pk__in=ids).delete()
        deleted += len(ids)
    return deleted


def apply_retention(now: datetime | None = None) -> RetentionReport:
    """Each rule on its own: if the job stops part way, the next run finishes what is left."""
    now = now or timezone.now()
    return RetentionReport(
        visitor_learning=delete_in_batches(stale_visitor_learning(now)),
        unverified_accounts=delete_in_batches(unused_unverified_accounts(now)),
        workshop_contacts=blank_workshop_contacts(workshop_contacts_due(now)),
        import_previews=delete_in_batches(expired_import_previews(now)),
        task_results=delete_in_batches(finished_task_results(now)),
    )
