"""Factories for people and organisations, shared by the tests and by seed_demo, so the demo and
the tests build a practitioner, a manager or a council the same way."""

import factory
from django.contrib.auth.models import Group

from lms.models import AgencyType, LocalAuthority, Organisation, PractitionerProfile, Role, User

TEST_PASSWORD = "correct-horse-battery"  # noqa: S105 - a fixture value, never a real credential


def area(slug: str = "luton") -> LocalAuthority:
    """One of the partnership's areas, which a data migration creates."""
    return LocalAuthority.objects.get(slug=slug)


FIRST_NAMES = ("Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hassan", "Isla", "Jonah")
LAST_NAMES = ("Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones")


def _plain_name(n: int) -> str:
    """A different name for each person, and the same ones on every run. No apostrophes or
    accents: a test that looks for a name in a page would otherwise fail on the escaped
    `O&#x27;Brien` one run in twenty. Tests about such names set them explicitly."""
    first = FIRST_NAMES[n % len(FIRST_NAMES)]
    last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return f"{first} {last}" if n < 100 else f"{first} {last}-{n}"


class UserFactory(factory.django.DjangoModelFactory):
    """A practitioner with a verified email; `roles=[Role.TRAINER]` adds roles beside it."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: _plain_name(n))
    is_superuser = False
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    class Params:
        administrator = factory.Trait(is_superuser=True)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        names = [Role.PRACTITIONER, *(extracted or [])]
        self.groups.add(*Group.objects.filter(name__in=names))
        self.save()

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        from allauth.account.models import EmailAddress

        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    agency_type = AgencyType.HEALTH
    local_authority = factory.LazyFunction(area)
    is_council = False

    class Params:
        council = factory.Trait(
            name=factory.Sequence(lambda n: f"Borough Council {n} Children's Services"),
            agency_type=AgencyType.CHILDRENS_SOCIAL_CARE,
            is_council=True,
        )


class ProfileFactory(factory.django.DjangoModelFactory):
    """A practitioner's profile: what a booking request is pre-filled from."""

    class Meta:
        model = PractitionerProfile

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    job_role = "Health visitor"
    local_authority = factory.SelfAttribute("organisation.local_authority")
    manager_name = "Morgan Lee"
    manager_email = factory.Sequence(lambda n: f"manager{n}@example.org")


def practitioner(**profile) -> User:
    """A practitioner with a profile, ready to book: the person most tests start from."""
    return ProfileFactory(**profile).user


def with_role(role: str, **fields) -> User:
    """Someone in one of the roles, set up as the demo's account for that role is: a practitioner
    too, and a Wagtail superuser when an administrator."""
    fields.setdefault("is_superuser", role == Role.ADMINISTRATOR)
    return UserFactory(roles=[role], **fields)
