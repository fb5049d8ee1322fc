"""The "Worried about a child?" panel comes from a Wagtail setting, per local authority."""

import pytest

from lms.models import LocalAuthority, LocalAuthorityContact, Role, SafeguardingContacts
from tests.factories import with_role

pytestmark = pytest.mark.django_db


def panel(client, url="/"):
    html = client.get(url).content.decode()
    start = html.index('<aside class="app-contact-panel"')
    return html[start : html.index("</aside>", start)]


def test_the_panel_shows_999_and_the_luton_mash_number_on_public_pages(client):
    for url in ["/", "/guidance/signs-of-neglect-by-age/"]:
        html = panel(client, url)
        assert "Worried about a child?" in html
        assert "If a child is in immediate danger, call 999." in html
        assert "Luton" in html
        assert "01582 547653" in html


def test_areas_without_a_number_are_not_shown_and_no_number_is_invented(client):
    html = panel(client)
    assert "Bedford Borough" not in html
    assert "Central Bedfordshire" not in html
    assert "contact the children&#x27;s services of their local council" in html
    # Every contact the partnership has seeded is blank except Luton's published number.
    numbers = set(LocalAuthorityContact.objects.exclude(phone="").values_list("phone", flat=True))
    assert numbers == {"01582 547653"}


def test_a_number_an_editor_enters_appears_on_the_site(client):
    contact = LocalAuthorityContact.objects.get(local_authority__slug="bedford-borough")
    contact.phone = "01234 000000"
    contact.service_name = "Children's Services Front Door"
    contact.save()
    html = panel(client)
    assert "Bedford Borough" in html
    assert "01234 000000" in html


def test_editors_change_the_setting_in_the_wagtail_admin(client):
    client.force_login(with_role(Role.EDITOR))
    setting = SafeguardingContacts.load()
    contacts = list(setting.contacts.order_by("sort_order"))
    data = {
        "heading": "Worried about a child?",
        "emergency_message": "If a child is in immediate danger, call 999.",
        "other_areas_message": "",
        "contacts-TOTAL_FORMS": str(len(contacts)),
        "contacts-INITIAL_FORMS": str(len(contacts)),
        "contacts-MIN_NUM_FORMS": "0",
        "contacts-MAX_NUM_FORMS": "1000",
    }
    for i, contact in enumerate(contacts):
        data.update(
            {
                f"contacts-{i}-id": str(contact.pk),
                f"contacts-{i}-ORDER": str(i + 1),
                f"contacts-{i}-DELETE": "",
                f"contacts-{i}-local_authority": str(contact.local_authority_id),
                f"contacts-{i}-service_name": contact.service_name,
                f"contacts-{i}-phone": "01234 111111"
                if contact.local_authority.slug == "central-bedfordshire"
                else contact.phone,
                f"contacts-{i}-out_of_hours_phone": "",
                f"contacts-{i}-email": "",
            }
        )
    response = client.post(f"/admin/settings/lms/safeguardingcontacts/{setting.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert (
        LocalAuthorityContact.objects.get(local_authority__slug="central-bedfordshire").phone
        == "01234 111111"
    )
    assert "01234 111111" in panel(client)


def test_local_authorities_are_seeded():
    assert list(LocalAuthority.objects.values_list("name", flat=True)) == [
        "Bedford Borough",
        "Central Bedfordshire",
        "Luton",
    ]
