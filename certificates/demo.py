"""A demo register for managers and safeguarding leads to search: people the partnership
accredited before this site (imported, as a real partnership's list would be), in every status,
all still to register. (The demo practitioner's own accreditation comes from the GCP2 session she
attended in the bookings demo.) Idempotent."""

from datetime import timedelta

from certificates import accreditation, resources
from certificates.models import Accreditation, AccreditationScheme
from lms.models import Organisation, User

ORGANISATIONS = {
    "luton": "Luton Borough Council Children's Services",
    "school": "Riverside Primary School",
    "health": "Bedford Borough Health Visiting Team",
    "nursery": "Little Acorns Day Nursery",
    "voluntary": "Families Together Community Trust",
}
# name, email, organisation, days ago trained, trainer, status change (action, reason) or None
PEOPLE = [
    ("Grace Adeyemi", "grace.adeyemi@example.com", "luton", 420, "Tessa Okafor", None),
    ("Daniel Hughes", "daniel.hughes@example.com", "luton", 610, "Tessa Okafor", None),
    ("Hannah Clarke", "hannah.clarke@example.com", "school", 150, "Tessa Okafor", None),
    ("Omar Siddiqui", "omar.siddiqui@example.com", "school", 900, "Tessa Okafor", None),
    ("Rebecca Lewis", "rebecca.lewis@example.com", "health", 95, "Tessa Okafor", None),
    ("Joseph Mensah", "joseph.mensah@example.com", "health", 330, "Tessa Okafor", None),
    ("Laura Whitfield", "laura.whitfield@example.com", "nursery", 75, "Tessa Okafor", None),
    ("Aisha Begum", "aisha.begum@example.com", "voluntary", 480, "Tessa Okafor", None),
    (
        "Mark Dobson",
        "mark.dobson@example.com",
        "health",
        700,
        "Tessa Okafor",
        ("suspend", "On leave for a year; suspended at their manager's request until they return."),
    ),
    (
        "Karen Price",
        "karen.price@example.com",
        "nursery",
        1000,
        "Tessa Okafor",
        ("revoke", "Recorded in error: did not complete the assessed part of the course."),
    ),
]


def seed_content(home) -> None:
    """The register has no pages of its own."""


def seed(home) -> None:
    if Accreditation.objects.filter(source_type="import", holder_email__in=[p[1] for p in PEOPLE]).exists():
        return
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    organisations = {
        key: Organisation.objects.get(name=name, local_authority__isnull=False)
        for key, name in ORGANISATIONS.items()
    }
    today = accreditation.today()
    rows = [
        {
            "row": number,
            "name": name,
            "email": email,
            "organisation_id": organisations[key].pk,
            "granted_on": (today - timedelta(days=days)).isoformat(),
            "trainer": trainer,
        }
        for number, (name, email, key, days, trainer, _) in enumerate(PEOPLE, start=2)
    ]
    trainer = User.objects.get(email="trainer@example.com")
    rows = resources.checked_rows(scheme, rows).rows
    resources.save_accreditations(rows, scheme, by_user=trainer)
    for _name, email, *_, change in PEOPLE:
        if change:
            action, reason = change
            accreditation.change_status(
                Accreditation.objects.get(holder_email=email, scheme=scheme),
                action,
                by_user=trainer,
                reason=reason,
            )
