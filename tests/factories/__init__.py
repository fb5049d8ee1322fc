import factory
from django.contrib.auth.models import Group

from lms.models import AgencyType, LocalAuthority, Organisation, PractitionerProfile, Role, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

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
    local_authority = factory.LazyFunction(lambda: LocalAuthority.objects.get(slug="luton"))


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PractitionerProfile

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    job_role = "Health visitor"
    local_authority = factory.SelfAttribute("organisation.local_authority")
    manager_name = "Morgan Lee"
    manager_email = factory.Sequence(lambda n: f"manager{n}@example.org")
