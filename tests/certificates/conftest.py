import itertools
from datetime import date, timedelta

import pytest

from certificates.models import Accreditation, AccreditationScheme, AccreditationStatus
from tests.factories import OrganisationFactory

EMAILS = itertools.count(1)


@pytest.fixture
def scheme(db):
    return AccreditationScheme.objects.get(name="GCP2 assessment lead")


def accredit(name="Sam Carter", *, scheme=None, organisation=None, holder=None, **fields) -> Accreditation:
    """An accreditation as an import would record it; fields override the defaults."""
    scheme = scheme or AccreditationScheme.objects.get(name="GCP2 assessment lead")
    defaults = {
        "holder_email": holder.email if holder else f"holder{next(EMAILS)}@example.net",
        "granted_on": date.today() - timedelta(days=100),
        "status": AccreditationStatus.ACTIVE,
        "source_type": "import",
    }
    defaults.update(fields)
    return Accreditation.objects.create(
        scheme=scheme,
        holder=holder,
        holder_name=name,
        organisation=organisation if organisation is not None else OrganisationFactory(),
        **defaults,
    )


def signed_in(client, *roles):
    from tests.factories import UserFactory

    user = UserFactory(roles=list(roles))
    client.force_login(user)
    return user


def many_holders(count: int, *, organisations: int = 5) -> None:
    """A register of `count` imported holders, spread over some organisations and dates."""
    scheme = AccreditationScheme.objects.get(name="GCP2 assessment lead")
    places = [OrganisationFactory() for _ in range(organisations)]
    Accreditation.objects.bulk_create(
        Accreditation(
            scheme=scheme,
            holder_name=f"Holder {n:05d}",
            holder_email=f"bulk{n}@example.net",
            organisation=places[n % organisations],
            granted_on=date(2025, 1, 1) - timedelta(days=n % 700),
            source_type="import",
        )
        for n in range(count)
    )
