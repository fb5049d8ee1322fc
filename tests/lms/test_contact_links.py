"""The "Worried about a child?" numbers are links a phone can dial."""

import pytest

from lms.models import LocalAuthorityContact

pytestmark = pytest.mark.django_db


def test_contact_numbers_are_tel_links(client):
    contact = LocalAuthorityContact.objects.get(local_authority__slug="bedford-borough")
    contact.phone = "01234 000000"
    contact.out_of_hours_phone = "0300 300 8123"
    contact.save()
    html = client.get("/").content.decode()
    assert '<a class="govuk-link app-contact-panel__number" href="tel:+441582547653">01582 547653</a>' in html
    assert 'href="tel:+441234000000">01234 000000</a>' in html
    assert 'Out of hours: <a class="govuk-link" href="tel:+443003008123">0300 300 8123</a>' in html
