import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import NEUTRAL_SITE, assert_no_axe_violations
from tests.factories import practitioner

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_page_guidance_and_table_are_accessible(page):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Safeguarding Learning Hub")
    expect(page.get_by_role("complementary", name="Worried about a child?")).to_contain_text("01582 547653")
    results = assert_no_axe_violations(page)
    assert len(results["passes"]) > 20  # axe really ran its rules

    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Neglect guidance").click()
    expect(page).to_have_url(re.compile(r"/guidance/$"))
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Horwath's six classifications of neglect").click()
    table = page.get_by_role("table", name=re.compile("Experiences of neglect by age group"))
    expect(table.get_by_role("columnheader", name="Lack of supervision")).to_be_visible()
    expect(table.get_by_role("rowheader")).to_have_count(4)
    assert_no_axe_violations(page)


def test_search_and_accessibility_statement_are_accessible(page):
    page.goto("/search/")
    page.get_by_label("Search the guidance and pages").fill("poverty")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name="Child poverty and neglect")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("contentinfo").get_by_role("link", name="Accessibility statement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")
    assert_no_axe_violations(page)


def test_exit_this_page_button_signs_out_and_leaves(page, sign_in_as, live_server):
    sign_in_as(practitioner().email)
    page.goto("/guidance/what-is-neglect/")
    page.get_by_role("button", name="Emergency Exit this page").click()
    expect(page).to_have_url(NEUTRAL_SITE)
    expect(page.get_by_role("heading", level=1)).to_have_text("Weather")
    # The session was ended on the way out: the account page now asks to sign in.
    page.goto(f"{live_server.url}/account/")
    expect(page).to_have_url(re.compile(r"/account/login/\?next=/account/$"))


def test_pressing_shift_three_times_leaves(page):
    page.goto("/guidance/signs-of-neglect-by-age/")
    expect(page.locator(".govuk-exit-this-page")).to_be_visible()
    page.locator("body").click(position={"x": 5, "y": 400})
    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page).to_have_url(NEUTRAL_SITE)


def test_exit_skip_link_is_the_first_thing_a_keyboard_reaches(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Exit this page"
    page.keyboard.press("Enter")
    expect(page).to_have_url(NEUTRAL_SITE)
