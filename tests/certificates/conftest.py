from datetime import date, timedelta

import pytest

from certificates.models import Accreditation, AccreditationScheme
from tests.factories import AccreditationFactory, OrganisationFactory


@pytest.fixture
def scheme(db):
    return AccreditationScheme.objects.get(name="GCP2 assessment lead")


def accredit(name="Sam Carter", *, scheme=None, organisation=None, holder=None, **fields) -> Accreditation:
    """An accreditation as an import would record it; fields override the defaults."""
    if scheme is not None:
        fields["scheme"] = scheme
    if organisation is not None:
        fields["organisation"] = organisation
    return AccreditationFactory(holder_name=name, holder=holder, **fields)


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
