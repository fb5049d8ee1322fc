"""My data and account deletion, by keyboard alone, each page checked with axe-core."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations, type_into
from tests.factories import TEST_PASSWORD, BookingFactory, SessionFactory, practitioner

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_privacy_notice_is_accessible_and_linked_from_the_footer(page):
    page.goto("/")
    page.get_by_role("contentinfo").get_by_role("link", name="Privacy notice").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy notice")
    expect(page.get_by_text("deleted 30 days after your last step")).to_be_visible()
    assert_no_axe_violations(page)


def test_a_practitioner_downloads_their_data_then_deletes_their_account(page, sign_in_as):
    person = practitioner(user__full_name="Kai Morgan", user__email="kai.morgan@example.org")
    BookingFactory(
        user=person, confirmed=True, session=SessionFactory(starts_at=timezone.now() + timedelta(days=5))
    )
    sign_in_as(person.email)
    page.goto("/account/")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download your data").click()
    assert re.fullmatch(r"my-data-\d{4}-\d{2}-\d{2}\.zip", download.value.suggested_filename)

    page.get_by_role("link", name="Delete your account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your account")
    expect(page.get_by_text("will be charged £105.00")).to_be_visible()
    assert_no_axe_violations(page)

    type_into(page, "id_password", "not-my-password")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page).to_have_title(re.compile("^Error: Delete your account"))
    assert_no_axe_violations(page)

    type_into(page, "id_password", TEST_PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account has been deleted")
    assert_no_axe_violations(page)
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
