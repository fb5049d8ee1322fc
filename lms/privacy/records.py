"""Everything held about one person, as a ZIP of one JSON file with everything and a CSV per table.

Each table is a queryset of plain values (one query, whatever the number of rows), read with
an iterator and written a row at a time into a temporary file, so a long learning history never
sits in memory. A table lists only this person's rows: it is filtered by their account, or, for
what was given without an account (workshop requests, accreditations imported before they
registered), by the email addresses they have verified as theirs."""

import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import reduce
from operator import or_

from allauth.account.models import EmailAddress
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q, QuerySet

from bookings.models import Booking, BookingEvent, Charge, ChargeEvent
from certificates.models import Accreditation, AccreditationEvent, Certificate, CertificateEvent
from courses.models import Answer, Attempt, Completion, Enrolment, LessonCompletion
from lms.models import PractitionerProfile, User
from lms.spreadsheets import neutralise
from workshops.models import WorkshopEvent, WorkshopRequest

# Events are listed without the actor's email: that is the other person's (a manager, a trainer).
EVENT_FIELDS = ("at", "action", "from_state", "to_state", "detail")


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    rows: QuerySet  # .values(...) of this person's rows only


def verified_addresses(user: User) -> list[str]:
    return list(EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True))


def by_address(field: str, addresses: list[str]) -> Q:
    """Rows whose `field` is one of `addresses`, in any case; none when there are none."""
    if not addresses:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{f"{field}__iexact": address}) for address in addresses))


def accreditations_of(user: User, addresses: list[str]) -> QuerySet:
    return Accreditation.objects.filter(
        Q(holder=user) | Q(holder=None) & by_address("holder_email", addresses)
    )


def workshop_requests_of(addresses: list[str]) -> QuerySet:
    return WorkshopRequest.objects.filter(by_address("contact_email", addresses))


def tables(user: User) -> list[Table]:
    addresses = verified_addresses(user)
    accreditations = accreditations_of(user, addresses)
    return [
        Table(
            "account",
            "Your account",
            User.objects.filter(pk=user.pk).values("email", "full_name", "date_joined", "last_login"),
        ),
        Table(
            "email_addresses",
            "Email addresses on your account",
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary"),
        ),
        Table(
            "profile",
            "Your profile",
            PractitionerProfile.objects.filter(user=user).values(
                "organisation__name",
                "job_role",
                "local_authority__name",
                "manager_name",
                "manager_email",
                "phone",
                "updated_at",
            ),
        ),
        Table(
            "learning",
            "eLearning modules you started",
            Enrolment.objects.filter(user=user).values(
                "id",
                "module__title",
                "started_at",
                "completed_at",
                "best_score",
                "confidence_before",
                "confidence_after",
            ),
        ),
        Table(
            "lessons_completed",
            "Lessons you completed",
            LessonCompletion.objects.filter(enrolment__user=user).values(
                "enrolment_id", "lesson__title", "completed_at"
            ),
        ),
        Table(
            "assessment_attempts",
            "Your attempts at module assessments",
            Attempt.objects.filter(enrolment__user=user).values(
                "id",
                "enrolment_id",
                "enrolment__module__title",
                "started_at",
                "submitted_at",
                "score",
                "passed",
                "draft",  # answers saved stage by stage, before submission
            ),
        ),
        Table(
            "assessment_answers",
            "Your answers in those attempts",
            Answer.objects.filter(attempt__enrolment__user=user).values(
                "attempt_id", "vignette_title", "prompt", "kind", "response", "marks", "correct"
            ),
        ),
        Table(
            "module_completions",
            "Modules you completed",
            Completion.objects.filter(enrolment__user=user).values(
                "enrolment_id", "enrolment__module__title", "completed_at", "score"
            ),
        ),
        Table(
            "bookings",
            "Your classroom course bookings",
            Booking.objects.filter(user=user).values(
                "id",
                "session__course__title",
                "session__starts_at",
                "session__venue",
                "full_name",
                "organisation__name",
                "job_role",
                "manager_name",
                "manager_email",
                "access_needs",
                "status",
                "requested_at",
                "approved_at",
                "decline_reason",
                "confirmed_at",
                "cancelled_at",
            ),
        ),
        Table(
            "booking_events",
            "The history of your bookings",
            BookingEvent.objects.filter(booking__user=user).values("booking_id", *EVENT_FIELDS),
        ),
        Table(
            "charges",
            "Charges raised on your bookings",
            Charge.objects.filter(booking__user=user).values(
                "id",
                "booking_id",
                "amount",
                "reason",
                "organisation__name",
                "status",
                "raised_at",
                "invoice_reference",
                "waived_reason",
                "waived_at",
            ),
        ),
        Table(
            "charge_events",
            "The history of those charges",
            ChargeEvent.objects.filter(charge__booking__user=user).values("charge_id", *EVENT_FIELDS),
        ),
        Table(
            "certificates",
            "Your certificates",
            Certificate.objects.filter(holder=user).values(
                "id",
                "holder_name",
                "title",
                "completed_on",
                "cpd_hours",
                "issuer",
                "code",
                "status",
                "issued_at",
            ),
        ),
        Table(
            "certificate_events",
            "The history of your certificates",
            CertificateEvent.objects.filter(certificate__holder=user).values("certificate_id", *EVENT_FIELDS),
        ),
        Table(
            "accreditations",
            "Your accreditations, such as GCP2",
            accreditations.values(
                "id",
                "scheme__name",
                "holder_name",
                "holder_email",
                "organisation__name",
                "granted_on",
                "expires_on",
                "source_type",
                "trainer_name",
                "status",
            ),
        ),
        Table(
            "accreditation_events",
            "The history of your accreditations",
            AccreditationEvent.objects.filter(accreditation__in=accreditations).values(
                "accreditation_id", *EVENT_FIELDS
            ),
        ),
        Table(
            "workshop_requests",
            "Community workshops you asked to host (from your verified email addresses)",
            workshop_requests_of(addresses).values(
                "reference",
                "workshop",
                "organisation_name",
                "organisation_type",
                "local_authority__name",
                "format",
                "address",
                "postcode",
                "audience",
                "audience_size",
                "contact_name",
                "contact_email",
                "contact_phone",
                "accessibility_needs",
                "consent_to_contact",
                "status",
                "submitted_at",
                "starts_at",
                "ends_at",
            ),
        ),
        Table(
            "workshop_request_events",
            "The history of those workshop requests",
            WorkshopEvent.objects.filter(request__in=workshop_requests_of(addresses)).values(
                "request__reference", *EVENT_FIELDS
            ),
        ),
    ]


# Tables that name a person without being about them: what staff did at work (sessions trained,
# export batches made, organisations added), and the partnership's contact addresses. A table
# that names a person and is neither listed here nor downloaded fails
# tests/lms/test_privacy_coverage.py, so a new one cannot be forgotten.
NOT_ABOUT_THE_PERSON = {
    "lms.Organisation": "added_by records who suggested an organisation; the organisation is not theirs",
    "lms.LocalAuthorityContact": "a service's public contact address",
    "bookings.ExportBatch": "the finance officer who made an export: their work, not their data",
    "bookings.Session": "the trainers of a session: their work",
    "bookings.SessionEvent": "changes staff made to sessions: their work",
    "lms.ImportPreview": "a file a trainer or finance officer is importing, kept an hour until confirmed",
    "lms.Export": "a file a finance officer or register reader asked for: their work, not their data",
    "lms.ExportEvent": "when that file was asked for, built or failed: their work, not their data",
    "django_tasks_database.DBTaskResult": (
        "the worker's queue: an email's recipients and text until it is sent, removed by the retention "
        "job RETENTION['task_results_days'] after it finished; not a record kept about the person"
    ),
}


ROWS_PER_QUERY = 500


def _rows(table: Table) -> Iterator[dict]:
    return table.rows.order_by("pk").iterator(chunk_size=ROWS_PER_QUERY)


def _write_json(archive: zipfile.ZipFile, all_tables: list[Table]) -> None:
    with archive.open("my-data.json", "w") as raw, io.TextIOWrapper(raw, encoding="utf-8") as out:
        out.write("{")
        for number, table in enumerate(all_tables):
            out.write(f"{',' if number else ''}\n{json.dumps(table.name)}: [")
            for count, row in enumerate(_rows(table)):
                out.write(("," if count else "") + "\n  " + json.dumps(row, cls=DjangoJSONEncoder))
            out.write("]")
        out.write("\n}\n")


def _cell(value):
    if isinstance(value, dict | list):
        value = json.dumps(value, cls=DjangoJSONEncoder)
    return neutralise(value)


def _write_csv(archive: zipfile.ZipFile, table: Table) -> None:
    fields = list(table.rows.query.values_select)
    with archive.open(f"{table.name}.csv", "w") as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(out)
        writer.writerow(fields)
        for row in _rows(table):
            writer.writerow([_cell(row[field]) for field in fields])
        out.flush()
        out.detach()


README = """Your data from the Safeguarding Learning Hub

my-data.json holds everything below in one file; each CSV file holds one table.
Dates and times are in UTC. Cells a spreadsheet would run as a formula start with an apostrophe
in the CSV files; the JSON file has them as they were entered.

"""


def write_archive(user: User):
    """The ZIP in a temporary file, rewound, for the caller to send and close."""
    all_tables = tables(user)
    file = tempfile.TemporaryFile()  # noqa: SIM115 - the response closes it once sent
    with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt",
            README + "".join(f"{table.name}.csv: {table.description}\n" for table in all_tables),
        )
        _write_json(archive, all_tables)
        for table in all_tables:
            _write_csv(archive, table)
    file.seek(0)
    return file
