"""My account for every role passes axe-core: among other things, the "Complete your profile"
button inside inset text keeps its own white-on-green colours (a prose link rule once made it
blue on green, 1.13:1)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROLES = [
    "Practitioners",
    "Managers",
    "Trainers",
    "Finance",
    "Workshop coordinators",
    "Safeguarding leads",
    "Editors",
    "Administrators",
]


@pytest.mark.parametrize("role", ROLES)
def test_my_account_is_accessible_for_every_role(page, sign_in_as, role):
    """Each role as just given an account (no profile yet: the "Complete your profile" button
    shows, white on green), then with a completed profile."""
    from tests.factories import ProfileFactory, with_role

    person = with_role(role)
    sign_in_as(person.email)
    page.goto("/account/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My account")
    button = page.get_by_role("button", name="Complete your profile")
    expect(button).to_be_visible()
    colours = button.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
    assert colours[0] == "rgb(255, 255, 255)", colours
    assert_no_axe_violations(page)

    ProfileFactory(user=person)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("My account")
    expect(page.get_by_role("button", name="Complete your profile")).to_have_count(0)
    assert_no_axe_violations(page)
