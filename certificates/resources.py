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
from lms.spreadsheets import (
    RowErrors,
    UnreadableFile,
    cell_problem,
    neutralise,
    neutralise_dataset,
    read_sheet,
)


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
# No one on a register this site keeps was trained before the 2000s; an earlier date is a typo
# (01/01/0001 is what an empty date cell becomes in some exports).
EARLIEST_TRAINING = date(2000, 1, 1)
PREVIEW_KIND = "accreditations"


@dataclass
class AccreditationImport:
    rows: list[dict] = field(default_factory=list)
    errors: RowErrors = field(default_factory=RowErrors)
    changed: str = ""  # at confirm: why nothing was saved and the preview is shown again
    saved: int = 0


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


def _day(value: date) -> str:
    """DD/MM/YYYY, also for years before 1000 (strftime writes year 1 as '1')."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def _date_problem(trained_on: date | None, written: str) -> str:
    if trained_on is None:
        return f"'{_shortened(written)}' is not a date: use DD/MM/YYYY"
    between = f"use a date from {_day(EARLIEST_TRAINING)} to today"
    if trained_on < EARLIEST_TRAINING:
        return f"the date trained, {_day(trained_on)}, is before {_day(EARLIEST_TRAINING)}: {between}"
    if trained_on > today():
        return f"the date trained, {_day(trained_on)}, is in the future: {between}"
    return ""


def read_accreditations(upload, file_format: str, scheme: AccreditationScheme) -> AccreditationImport:
    """Check every row of a historical list and say what would be saved; save nothing."""
    result = AccreditationImport()
    try:
        sheet = read_sheet(upload, file_format)
    except UnreadableFile as error:
        result.errors.append(str(error))
        return result
    headers = {_text(h).lower(): index for index, h in enumerate(sheet.headers)}
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
        index = headers[column.lower()]
        return _text(row[index]) if index < len(row) else ""

    organisations = _organisations_by_name()
    seen: set[str] = set()
    parsed = []
    for number, row in sheet.rows:
        name, email = cell(row, "Name"), cell(row, "Email").lower()
        organisation_name, trainer = cell(row, "Organisation"), cell(row, "Trainer")
        area = cell(row, "Area") if area_column is not None else ""
        date_index = headers["date trained"]
        trained_on = _date(row[date_index] if date_index < len(row) else None)
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
            problems.append(f"'{_shortened(email)}' is not an email address")
        organisation, organisation_problem = _match_organisation(organisations, organisation_name, area)
        if organisation_problem:
            problems.append(organisation_problem)
        if date_problem := _date_problem(trained_on, cell(row, "Date trained")):
            problems.append(date_problem)
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
                "granted_on": trained_on.isoformat(),
                "trainer": trainer,
            }
        )
    if not parsed and not result.errors:
        result.errors.append("The file has no rows.")
        return result
    checked = checked_rows(scheme, parsed)
    for error in checked.errors:
        result.errors.append(error)
    result.rows = [] if result.errors else checked.rows
    return result


def checked_rows(scheme, parsed: list[dict]) -> AccreditationImport:
    """The rows as they would be saved now: each organisation as it is named today, each email
    matched to the verified account it belongs to today, and anyone already on the register an
    error. Run at preview and again at confirm; what the preview showed is what is saved."""
    result = AccreditationImport()
    organisations = dict(
        Organisation.objects.filter(pk__in={row["organisation_id"] for row in parsed}).values_list(
            "pk", "name"
        )
    )
    already = _already_on_register(scheme, [row["email"] for row in parsed])
    accounts = _verified_accounts([row["email"] for row in parsed])
    for row in parsed:
        if row["organisation_id"] not in organisations:
            result.errors.append(f"Row {row['row']}: the organisation was removed from the site.")
        elif row["email"] in already:
            result.errors.append(
                f"Row {row['row']}: {row['email']} is already on the register for {scheme.name}."
            )
        else:
            account_id, account_name = accounts.get(row["email"], (None, ""))
            granted_on = date.fromisoformat(row["granted_on"])
            result.rows.append(
                {
                    **{key: row[key] for key in ("row", "name", "email", "organisation_id", "granted_on")},
                    "trainer": row["trainer"],
                    "organisation": organisations[row["organisation_id"]],
                    "trained": f"{granted_on:%-d %B %Y}",
                    "account_id": account_id,
                    "account_name": account_name,
                    "name_differs": bool(account_id) and account_name.strip().lower() != row["name"].lower(),
                }
            )
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


def _shortened(text: str, most: int = 60) -> str:
    """A cell quoted in an error: enough to find it, never a page of it."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _match_organisation(organisations, name: str, area: str) -> tuple[Organisation | None, str]:
    if not name:
        return None, "the organisation is empty"
    matches = organisations.get(name.lower(), [])
    if area:
        matches = [o for o in matches if o.local_authority and o.local_authority.name.lower() == area.lower()]
    if not matches:
        where = f" in {_shortened(area)}" if area else ""
        return (
            None,
            f"there is no organisation called '{_shortened(name)}'{where} (add it in the admin first)",
        )
    if len(matches) > 1:
        return None, f"'{_shortened(name)}' is in more than one area: add an 'Area' column to say which"
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


@transaction.atomic
def save_accreditations(
    previewed: list[dict], scheme: AccreditationScheme, *, by_user
) -> AccreditationImport:
    """Save previewed rows (as `checked_rows` gave them), all or nothing, in the transaction of
    the caller that took the preview. The scheme's row is locked, so two imports to one
    register take turns, and the organisations are locked against deletion; then every row is
    checked again. If anything differs from what the preview showed, nothing is saved and the
    rows come back, checked afresh, with the reason."""
    scheme = AccreditationScheme.objects.select_for_update().get(pk=scheme.pk)
    list(
        Organisation.objects.select_for_update(no_key=True)
        .filter(pk__in={row["organisation_id"] for row in previewed})
        .values_list("pk", flat=True)
    )
    again = checked_rows(scheme, previewed)
    if again.errors:
        again.changed = "The register changed since the preview, so nothing was saved."
        return again
    if again.rows != previewed:
        again.changed = (
            "Some rows changed since the preview (an account was confirmed or an organisation "
            "renamed), so nothing was saved. Check the rows again and save them."
        )
        return again
    on = today()
    created = []
    for row in previewed:
        granted_on = date.fromisoformat(row["granted_on"])
        expires_on = expiry_for(scheme, granted_on)
        created.append(
            Accreditation(
                scheme=scheme,
                holder_id=row["account_id"],
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
    again.saved = len(created)
    return again
