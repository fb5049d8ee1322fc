"""A host asks for a workshop by keyboard alone, one question page at a time, gets an error and
fixes it, changes an answer from "Check your answers" and sends; the coordinator proposes a date
in the admin; the host accepts it from the emailed link. axe-core on every page, at desktop width
and at 320 px."""

import re

import pytest
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from lms.models import User
from tests.e2e.conftest import assert_no_axe_violations, tab_to, type_into
from tests.workshops.helpers import coordinator, in_days, trainer
from workshops.models import WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def replace_text(page, element_id, text):
    tab_to(page, element_id)
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(text)


def signed_in_page(browser, live_server, user: User):
    """A second browser, signed in as someone else, beside the host's."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=live_server.url)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    other = context.new_page()
    other.set_default_timeout(20_000)
    return other


CHECK_ANSWERS = "Check your answers before sending your request"


def check(page):
    """axe-core at desktop width and on a 320 px phone, where nothing may scroll sideways."""
    assert_no_axe_violations(page)
    desktop = page.viewport_size
    page.set_viewport_size({"width": 320, "height": 640})
    try:
        assert_no_axe_violations(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, f"{page.url} scrolls sideways"
    finally:
        page.set_viewport_size(desktop)


def press(page, button_name):
    page.get_by_role("button", name=button_name).focus()
    page.keyboard.press("Enter")


def test_a_host_requests_a_workshop_by_keyboard_and_accepts_the_proposed_date(page, browser, live_server):
    page.goto("/workshops/listen-up-speak-up/")
    check(page)
    page.get_by_role("button", name="Request a workshop").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your organisation")
    check(page)

    type_into(page, "id_organisation_name", "Lakeside Rowing Club")
    tab_to(page, "id_organisation_type_0")
    page.keyboard.press("ArrowDown")  # School or college → Sports or activity club
    tab_to(page, "id_area_0")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # Bedford Borough → Central Bedfordshire → Luton
    press(page, "Continue")

    expect(page.get_by_role("heading", level=1)).to_have_text("Face-to-face or online")
    check(page)
    tab_to(page, "id_format_0")
    page.keyboard.press("Space")  # Face-to-face
    press(page, "Continue")

    expect(page.get_by_role("heading", level=1)).to_have_text("Where the workshop would be held")
    check(page)
    type_into(page, "id_address", "Boathouse, Lakeside Park")
    type_into(page, "id_postcode", "LAKESIDE")  # not a postcode
    press(page, "Continue")

    expect(page).to_have_title(re.compile("^Error: Where the workshop would be held"))
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    summary_link = page.get_by_role("link", name="Enter a real postcode, with letters and numbers")
    expect(summary_link).to_be_visible()
    expect(page.get_by_label("Address where the workshop would be held")).to_have_value(
        "Boathouse, Lakeside Park"
    )
    check(page)
    summary_link.focus()
    page.keyboard.press("Enter")  # the summary link takes focus to the postcode box
    expect(page.locator("#id_postcode")).to_be_focused()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("lu1 1aa")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("When you would like the workshop")
    check(page)
    day = in_days(21)
    type_into(page, "id_date_1", str(day.day))
    type_into(page, "id_date_1_month", str(day.month))
    type_into(page, "id_date_1_year", str(day.year))
    tab_to(page, "id_time_1_0")
    page.keyboard.press("Space")  # Morning
    press(page, "Continue")

    expect(page.get_by_role("heading", level=1)).to_have_text("Who will come")
    check(page)
    tab_to(page, "id_audience_0")
    page.keyboard.press("Space")  # Staff or employees
    tab_to(page, "id_audience_1")
    page.keyboard.press("Space")  # Volunteers
    type_into(page, "id_audience_size", "24")
    press(page, "Continue")

    expect(page.get_by_role("heading", level=1)).to_have_text("How we can contact you")
    check(page)
    type_into(page, "id_contact_name", "Morgan Ellis")
    type_into(page, "id_contact_email", "morgan@example.org")
    type_into(page, "id_contact_phone", "01632 960200")
    tab_to(page, "id_consent_to_contact")
    page.keyboard.press("Space")
    press(page, "Continue")

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check your answers before sending your request"
    )
    expect(page.get_by_text("Lakeside Rowing Club")).to_be_visible()
    check(page)
    # Change an answer by keyboard: the change link leads to its page and back here.
    page.get_by_role("link", name="Change organisation").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your organisation")
    expect(page.get_by_label("Name of your organisation")).to_have_value("Lakeside Rowing Club")
    expect(page.get_by_label("Luton")).to_be_checked()
    check(page)
    replace_text(page, "id_organisation_name", "Lakeside Rowing Club Juniors")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check your answers before sending your request"
    )
    expect(page.get_by_text("Lakeside Rowing Club Juniors")).to_be_visible()
    press(page, "Send request")

    expect(page.get_by_role("heading", level=1)).to_have_text("Request sent")
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    request = WorkshopRequest.objects.get(organisation_name="Lakeside Rowing Club Juniors")
    expect(page.get_by_text(request.reference)).to_be_visible()
    assert (request.postcode, request.organisation_type, request.local_authority.slug) == (
        "LU1 1AA",
        "club",
        "luton",
    )
    check(page)
    host_link = re.search(r"https?://[^/\s]+(/workshops/status/\S+/)", mail.outbox[-1].body).group(1)

    # The coordinator proposes a date and facilitator (Tessa Okafor, a trainer) in the admin.
    trainer()
    admin = signed_in_page(browser, live_server, coordinator())
    admin.goto("/admin/workshops/")
    admin.get_by_role("link", name=request.reference).click()
    admin.locator("#id_date").fill(in_days(28).isoformat())
    admin.locator("#id_start_time").fill("18:00")
    admin.locator("#id_facilitator").select_option(label="Tessa Okafor")
    admin.get_by_role("button", name="Propose this date").click()
    expect(admin.get_by_text("Date proposed. The host is being emailed")).to_be_visible()
    admin.context.close()

    # The host accepts from the link in the email, by keyboard.
    page.goto(host_link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your workshop request")
    expect(page.get_by_text("Tessa Okafor")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Accept this date").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("You have accepted the date. It is confirmed.")).to_be_visible()
    expect(page.locator("[aria-current=step]")).to_contain_text("Confirmed")
    check(page)
    request.refresh_from_db()
    assert request.status == WorkshopStatus.CONFIRMED
