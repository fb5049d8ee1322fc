"""The register out to spreadsheets and historical lists in from them (django-import-export's
formats). An import is checked whole before anything is saved: one bad row stops it all."""

from dataclasses import dataclass, field
from datetime import date, datetime

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from import_export import fields, resources

from certificates.accreditation import expiry_for, today, unsaved_event
from certificates.models import Accreditation, AccreditationEvent, AccreditationScheme, AccreditationStatus
from lms.models import Organisation
from lms.spreadsheets import UnreadableFile, cell_problem, neutralise, neutralise_dataset, read_dataset


class AccreditationResource(resources.ModelResource):
    name = fields.Field(attribute="holder_name", column_name="Name")
    organisation = fields.Field(attribute="organisation__name", column_name="Organisation")
    area = fields.Field(attribute="organisation__local_authority__name", column_name="Area")
    scheme = fields.Field(attribute="scheme__name", column_name="Accreditation")
    granted_on = fields.Field(column_name="Granted on")
    trainer = fields.Field(attribute="trainer_name", column_name="Trainer")
    expires_on = fields.Field(column_name="Expires on")
    status = fields.Field(column_name="Status")
    can_lead = fields.Field(column_name="Can lead an assessment today")

    class Meta:
        model = Accreditation
        fields = export_order = (
            "name",
            "organisation",
            "area",
            "scheme",
            "granted_on",
            "trainer",
            "expires_on",
            "status",
            "can_lead",
        )

    def __init__(self, on: date | None = None):
        super().__init__()
        self.on = on or today()

    def dehydrate_granted_on(self, accreditation):
        return accreditation.granted_on.isoformat()

    def dehydrate_expires_on(self, accreditation):
        return accreditation.expires_on.isoformat() if accreditation.expires_on else "Does not expire"

    def dehydrate_status(self, accreditation):
        return accreditation.get_status_display()

    def dehydrate_can_lead(self, accreditation):
        return "Yes" if accreditation.can_lead_on(self.on) else "No"

    def export_row(self, accreditation) -> list:
        return [neutralise(value) for value in self.export_resource(accreditation)]

    def export_dataset(self, queryset):
        return neutralise_dataset(self.export(queryset=queryset))


IMPORT_COLUMNS = ("Name", "Email", "Organisation", "Date trained", "Trainer")
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


@dataclass
class AccreditationImport:
    rows: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(_text(value), pattern).date()
        except ValueError:
            continue
    return None


def read_accreditations(upload, file_format: str, scheme: AccreditationScheme) -> AccreditationImport:
    """Check every row of a historical list and say what would be saved; save nothing."""
    result = AccreditationImport()
    try:
        dataset = read_dataset(upload, file_format)
    except UnreadableFile as error:
        result.errors.append(str(error))
        return result
    headers = {_text(h).lower(): index for index, h in enumerate(dataset.headers or [])}
    missing = [column for column in IMPORT_COLUMNS if column.lower() not in headers]
    if missing:
        result.errors.append(
            "The file needs the columns "
            + ", ".join(f"'{c}'" for c in IMPORT_COLUMNS)
            + " (and may have 'Area'). Missing: "
            + ", ".join(f"'{c}'" for c in missing)
            + "."
        )
        return result
    area_column = headers.get("area")

    def cell(row, column):
        return _text(row[headers[column.lower()]])

    organisations = _organisations_by_name()
    seen: set[str] = set()
    parsed = []
    for number, row in enumerate(dataset, start=2):
        if not any(_text(value) for value in row):
            continue
        name, email = cell(row, "Name"), cell(row, "Email").lower()
        organisation_name, trainer = cell(row, "Organisation"), cell(row, "Trainer")
        area = _text(row[area_column]) if area_column is not None else ""
        trained_on = _date(row[headers["date trained"]])
        problems = []
        if not name:
            problems.append("the name is empty")
        elif len(name) > 150:
            problems.append("the name is longer than 150 characters")
        try:
            validate_email(email)
            if len(email) > 254:
                raise ValidationError("too long")
        except ValidationError:
            problems.append(f"'{email[:60]}' is not an email address")
        organisation, organisation_problem = _match_organisation(organisations, organisation_name, area)
        if organisation_problem:
            problems.append(organisation_problem)
        if trained_on is None:
            problems.append(f"'{cell(row, 'Date trained')}' is not a date: use DD/MM/YYYY")
        elif trained_on > today():
            problems.append(f"the date trained, {trained_on:%d/%m/%Y}, is in the future")
        if len(trainer) > 150:
            problems.append("the trainer's name is longer than 150 characters")
        problems += text_problems(name=name, trainer=trainer)
        if email in seen:
            problems.append(f"{email} appears more than once in the file")
        seen.add(email)
        if problems:
            result.errors.append(f"Row {number}: " + "; ".join(problems) + ".")
            continue
        parsed.append(
            {
                "row": number,
                "name": name,
                "email": email,
                "organisation_id": organisation.pk,
                "organisation": organisation.name,
                "granted_on": trained_on.isoformat(),
                "trained": f"{trained_on:%-d %B %Y}",
                "trainer": trainer,
            }
        )
    already = _already_on_register(scheme, [row["email"] for row in parsed])
    accounts = _verified_accounts([row["email"] for row in parsed])
    for row in parsed:
        if row["email"] in already:
            result.errors.append(
                f"Row {row['row']}: {row['email']} is already on the register for {scheme.name}."
            )
        else:
            account = accounts.get(row["email"])
            row["account_name"] = account[1] if account else ""
            row["name_differs"] = bool(account) and account[1].strip().lower() != row["name"].lower()
            result.rows.append(row)
    if not parsed and not result.errors:
        result.errors.append("The file has no rows.")
    if result.errors:
        result.rows = []
    return result


def text_problems(*, name: str, trainer: str) -> list[str]:
    """The text rules every form applies to these fields (lms.spreadsheets.cell_problem)."""
    found = [cell_problem("the name", name), cell_problem("the trainer's name", trainer)]
    return [problem for problem in found if problem]


def _organisations_by_name() -> dict[str, list[Organisation]]:
    by_name: dict[str, list[Organisation]] = {}
    for organisation in Organisation.objects.select_related("local_authority"):
        by_name.setdefault(organisation.name.strip().lower(), []).append(organisation)
    return by_name


def _match_organisation(organisations, name: str, area: str) -> tuple[Organisation | None, str]:
    if not name:
        return None, "the organisation is empty"
    matches = organisations.get(name.lower(), [])
    if area:
        matches = [o for o in matches if o.local_authority and o.local_authority.name.lower() == area.lower()]
    if not matches:
        where = f" in {area}" if area else ""
        return None, f"there is no organisation called '{name}'{where} (add it in the admin first)"
    if len(matches) > 1:
        return None, f"'{name}' is in more than one area: add an 'Area' column to say which"
    return matches[0], ""


def _already_on_register(scheme, emails: list[str]) -> set[str]:
    return set(
        Accreditation.objects.filter(scheme=scheme, holder_email__in=emails)
        .exclude(status=AccreditationStatus.REVOKED)
        .values_list("holder_email", flat=True)
    )


def _verified_accounts(emails: list[str]) -> dict[str, tuple[int, str]]:
    """Only an address its owner has confirmed links a record to an account: email -> (id, name)."""
    found = (
        EmailAddress.objects.filter(verified=True)
        .annotate(lower_email=Lower("email"))
        .filter(lower_email__in=emails)
        .values_list("lower_email", "user_id", "user__full_name")
    )
    return {email: (user_id, name) for email, user_id, name in found}


class ImportChanged(Exception):
    pass


@transaction.atomic
def save_accreditations(rows: list[dict], scheme: AccreditationScheme, *, by_user) -> int:
    """Save a checked import, all or nothing. The register is checked again inside the
    transaction, in case someone else added one of these people since the preview."""
    emails = [row["email"] for row in rows]
    if _already_on_register(scheme, emails):
        raise ImportChanged("Someone in the file was added to the register since the preview.")
    wanted = {row["organisation_id"] for row in rows}
    if Organisation.objects.filter(pk__in=wanted).count() != len(wanted):
        raise ImportChanged("An organisation in the file was removed since the preview.")
    accounts = _verified_accounts(emails)
    on = today()
    created = []
    for row in rows:
        granted_on = date.fromisoformat(row["granted_on"])
        expires_on = expiry_for(scheme, granted_on)
        created.append(
            Accreditation(
                scheme=scheme,
                holder_id=accounts[row["email"]][0] if row["email"] in accounts else None,
                holder_name=row["name"],
                holder_email=row["email"],
                organisation_id=row["organisation_id"],
                granted_on=granted_on,
                expires_on=expires_on,
                source_type="import",
                trainer_name=row["trainer"],
                status=AccreditationStatus.LAPSED
                if expires_on and expires_on <= on
                else AccreditationStatus.ACTIVE,
            )
        )
    Accreditation.objects.bulk_create(created)  # sets pks on PostgreSQL and SQLite alike
    AccreditationEvent.objects.bulk_create(
        unsaved_event(accreditation.pk, "imported", actor=by_user, was="", now=accreditation.status)
        for accreditation in created
    )
    return len(created)
