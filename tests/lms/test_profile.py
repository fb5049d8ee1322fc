import pytest
from django.urls import reverse

from lms.models import AgencyType, LocalAuthority, Organisation, PractitionerProfile
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def school(db):
    """A school in Luton, already in the list of organisations."""
    return OrganisationFactory(name="Harbour Primary School", agency_type=AgencyType.EDUCATION)


@pytest.fixture
def practitioner(client):
    user = UserFactory(email="pat@example.org")
    client.force_login(user)
    return user


def form_data(**overrides):
    luton = LocalAuthority.objects.get(slug="luton")
    data = {
        "organisation": Organisation.objects.get(name="Harbour Primary School").pk,
        "new_organisation_name": "",
        "new_organisation_type": "",
        "job_role": "Teacher",
        "local_authority": luton.pk,
        "manager_name": "Jo Head",
        "manager_email": "jo.head@example.org",
        "phone": "",
    }
    data.update(overrides)
    return data


def test_a_missing_organisation_is_added_and_flagged_for_review(client, practitioner):
    response = client.post(
        reverse("profile"),
        form_data(
            organisation="",
            new_organisation_name="Sunny Days Childminding",
            new_organisation_type="early_years",
            new_organisation_is_council="",
        ),
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Sunny Days Childminding")
    assert organisation.needs_review is True
    assert organisation.added_by == practitioner
    assert organisation.local_authority.slug == "luton"
    assert practitioner.profile.organisation == organisation
    assert "Awaiting check" in client.get(reverse("dashboard")).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"organisation": ""}, "organisation", "Choose your organisation, or add it if it is not listed."),
        (
            {"new_organisation_name": "Another Org", "new_organisation_type": "health"},
            "new_organisation_name",
            "Either choose your organisation from the list or add a new one, not both.",
        ),
        (
            {
                "organisation": "",
                "new_organisation_name": "Harbour primary school",
                "new_organisation_type": "education",
            },
            "new_organisation_name",
            "is already listed for Luton",
        ),
        (
            {"organisation": "", "new_organisation_name": "New Org"},
            "new_organisation_type",
            "Choose the type of your organisation.",
        ),
        ({"manager_email": "PAT@example.org"}, "manager_email", "not your own"),
        ({"manager_email": "not-an-email"}, "manager_email", "Enter a valid email address."),
        ({"job_role": ""}, "job_role", "Enter your job role"),
    ],
)
def test_invalid_profiles_re_render_with_errors_and_save_nothing(
    client, practitioner, overrides, field, message
):
    response = client.post(reverse("profile"), form_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert f'href="#id_{field}"' in html  # the summary links to the field
    assert message in html
    assert not PractitionerProfile.objects.filter(user=practitioner).exists()
    assert not Organisation.objects.filter(name__in=["Another Org", "New Org"]).exists()


def test_the_profile_can_be_changed_later(client, practitioner):
    client.post(reverse("profile"), form_data())
    response = client.post(reverse("profile"), form_data(job_role="Deputy head"))
    assert response.status_code == 302
    assert PractitionerProfile.objects.get(user=practitioner).job_role == "Deputy head"
    assert PractitionerProfile.objects.filter(user=practitioner).count() == 1


def test_profile_needs_sign_in(client):
    assert client.get(reverse("profile"))["Location"].startswith(reverse("account_login"))
