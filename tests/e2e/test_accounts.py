"""Sign-up, email verification, profile and sign-in, by keyboard alone."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from lms.models import AgencyType, Role
from tests.e2e.conftest import assert_no_axe_violations, tab_to, type_into
from tests.factories import TEST_PASSWORD, OrganisationFactory, practitioner, with_role

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_sign_up_verify_and_complete_profile_by_keyboard(page, live_server):
    OrganisationFactory(name="Harbour Primary School", agency_type=AgencyType.EDUCATION)
    page.goto("/account/signup/")
    assert_no_axe_violations(page)

    type_into(page, "id_full_name", "Kai Morgan")
    type_into(page, "id_email", "kai.morgan@example.org")
    type_into(page, "id_password1", "short")
    type_into(page, "id_password2", "short")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page).to_have_title(re.compile("^Error: Create an account"))
    assert_no_axe_violations(page)

    type_into(page, "id_password1", "-but-now-long-enough")
    type_into(page, "id_password2", "-but-now-long-enough")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert_no_axe_violations(page)

    link = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(link)
    assert_no_axe_violations(page)
    confirm = page.get_by_role("button", name="Confirm email address")
    confirm.focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Complete your profile")
    assert_no_axe_violations(page)
    tab_to(page, "id_organisation")
    page.keyboard.type("Harbour")
    type_into(page, "id_job_role", "Teaching assistant")
    tab_to(page, "id_local_authority")
    page.keyboard.type("Luton")
    type_into(page, "id_manager_name", "Jo Head")
    type_into(page, "id_manager_email", "jo.head@example.org")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("My account")
    expect(page.get_by_text("Teaching assistant")).to_be_visible()
    assert_no_axe_violations(page)


def test_sign_in_by_keyboard_with_a_wrong_then_right_password(page):
    manager = practitioner(user=with_role(Role.MANAGER, email="morgan.lee@example.org"))
    page.goto("/")
    page.get_by_role("link", name="Sign in").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    assert_no_axe_violations(page)

    type_into(page, "id_login", manager.email)
    type_into(page, "id_password", "wrong-password")
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("not correct")
    assert_no_axe_violations(page)

    page.get_by_label("Password").fill("")
    type_into(page, "id_password", TEST_PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("My account")
    expect(page.get_by_role("heading", name="Managing your team")).to_be_visible()
    assert_no_axe_violations(page)
