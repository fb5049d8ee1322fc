"""UK phone numbers with phonenumbers: the ways people write one number are accepted and stored
once, as E.164; anything else is refused with a GOV.UK message."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lms.fields import UKPhoneNumberField, display_uk_phone, normalise_uk_phone
from lms.models import PractitionerProfile
from lms.templatetags.phones import tel_href
from tests.factories import UserFactory
from tests.lms.test_profile import form_data, school  # noqa: F401 - the fixture form_data's school needs

MESSAGE = "Enter a UK phone number, like 01632 960 001 or 07700 900 982"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+44 (0)1632 960100", "+441632960100"),
        ("01632 960100", "+441632960100"),
        ("01632960100", "+441632960100"),
        ("0044 1632 960100", "+441632960100"),
        ("+441632960100", "+441632960100"),
        ("07700 900123", "+447700900123"),
        ("07700-900-123", "+447700900123"),
        ("01582 547653", "+441582547653"),
        ("020 7946 0000", "+442079460000"),
    ],
)
def test_the_ways_people_write_a_uk_number_are_stored_one_way(typed, stored):
    assert normalise_uk_phone(typed) == stored
    assert UKPhoneNumberField().clean(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "hello",
        "999",
        "0163",
        "01632 960100 960100",
        "+1 202 555 0100",  # not a UK number
        "=1+1",
        "01632\x00960100",
        "0" * 31,
        "9" * 5000,
        "06000 000000",
    ],
)
def test_nonsense_is_refused_with_a_clear_message(typed):
    with pytest.raises(ValidationError) as refused:
        UKPhoneNumberField().clean(typed)
    assert refused.value.messages == [MESSAGE]


def test_an_empty_optional_number_stays_empty():
    assert UKPhoneNumberField(required=False).clean("  ") == ""


def test_numbers_read_back_the_way_people_write_them():
    assert display_uk_phone("+441632960100") == "01632 960100"
    assert display_uk_phone("+447700900123") == "07700 900123"
    assert display_uk_phone("") == ""
    assert UKPhoneNumberField().prepare_value("+441632960100") == "01632 960100"


@pytest.mark.parametrize(
    ("number", "href"),
    [("01582 547653", "tel:+441582547653"), ("999", "tel:999"), ("0800 1111", "tel:+448001111")],
)
def test_contact_numbers_become_links_a_phone_can_dial(number, href):
    assert tel_href(number) == href


@pytest.mark.django_db
@pytest.mark.usefixtures("school")
def test_the_profile_stores_a_normalised_number_and_shows_it_readably(client):
    user = UserFactory(email="pat@example.org")
    client.force_login(user)
    response = client.post(reverse("profile"), form_data(phone="+44 (0)1632 960100"))
    assert response.status_code == 302
    assert PractitionerProfile.objects.get(user=user).phone == "+441632960100"
    assert 'value="01632 960100"' in client.get(reverse("profile")).content.decode()
    assert "01632 960100" in client.get(reverse("dashboard")).content.decode()


@pytest.mark.django_db
@pytest.mark.usefixtures("school")
def test_the_profile_refuses_a_nonsense_number_with_a_govuk_error(client):
    user = UserFactory(email="pat@example.org")
    client.force_login(user)
    response = client.post(reverse("profile"), form_data(phone="call me maybe"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="#id_phone">{MESSAGE}</a>' in html
    assert f'<span class="govuk-visually-hidden">Error:</span> {MESSAGE}' in html
    assert 'class="govuk-input govuk-input--width-20 govuk-input--error"' in html
    assert not PractitionerProfile.objects.filter(user=user).exists()
