"""Factories for certificates and the GCP2 accreditation register, shared by the tests and by
seed_demo. Both stand alone, as the certificates app does: a certificate's source is generic."""

import itertools
import secrets
from datetime import date, timedelta

import factory

from certificates.models import (
    Accreditation,
    AccreditationScheme,
    AccreditationStatus,
    Certificate,
    CertificateStatus,
)
from certificates.services import ISSUER
from lms.factories import OrganisationFactory, UserFactory

# Far from any id a real completion has, so a made-up source never collides with one.
SOURCE_IDS = itertools.count(1_000_000)


def gcp2_scheme() -> AccreditationScheme:
    """The GCP2 scheme, which a data migration creates."""
    return AccreditationScheme.objects.get(name="GCP2 assessment lead")


class CertificateFactory(factory.django.DjangoModelFactory):
    """A valid module-completion certificate, as `certificates.services.issue` records one."""

    class Meta:
        model = Certificate

    holder = factory.SubFactory(UserFactory)
    holder_name = factory.SelfAttribute("holder.full_name")
    title = "Understanding Neglect"
    completed_on = factory.LazyFunction(date.today)
    cpd_hours = "1.00"
    issuer = ISSUER
    code = factory.LazyFunction(lambda: secrets.token_urlsafe(16))
    source_type = "module_completion"
    source_id = factory.LazyFunction(lambda: next(SOURCE_IDS))
    status = CertificateStatus.VALID

    class Params:
        revoked = factory.Trait(status=CertificateStatus.REVOKED, revoked_reason="Issued in error.")


class AccreditationFactory(factory.django.DjangoModelFactory):
    """An active GCP2 accreditation as an import records it: someone not yet registered here."""

    class Meta:
        model = Accreditation

    scheme = factory.LazyFunction(gcp2_scheme)
    holder = None
    holder_name = factory.Faker("name", locale="en_GB")
    holder_email = factory.LazyAttribute(
        lambda a: a.holder.email if a.holder else f"holder{next(SOURCE_IDS)}@example.net"
    )
    organisation = factory.SubFactory(OrganisationFactory)
    granted_on = factory.LazyFunction(lambda: date.today() - timedelta(days=100))
    status = AccreditationStatus.ACTIVE
    source_type = "import"

    class Params:
        suspended = factory.Trait(status=AccreditationStatus.SUSPENDED)
        revoked = factory.Trait(status=AccreditationStatus.REVOKED)
