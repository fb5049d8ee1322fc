"""The booking journey in Chromium: request, the manager approves from the emailed link, a
late cancellation, and finance exports exactly that £105 charge. axe-core on every page."""

import csv
import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from lms.models import Role
from tests.e2e.conftest import assert_no_axe_violations
from tests.factories import SessionFactory, practitioner, with_role

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_request_approve_cancel_late_and_export(page, browser, live_server, sign_in_as):
    # A Luton GCP2 session five days away: inside the charge window.
    session = SessionFactory(starts_at=timezone.now() + timedelta(days=5))
    priya = practitioner(
        user__full_name="Priya Patel", manager_name="Morgan Lee", manager_email="morgan.lee@example.org"
    )
    finance = with_role(Role.FINANCE)
    sign_in_as(priya.email)
    page.goto("/courses/")
    assert_no_axe_violations(page)
    page.get_by_role(
        "link",
        name=re.compile(f"Request a place on GCP2 Practitioner Training, {session.starts_at:%-d %B %Y}"),
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Request a place")
    expect(page.get_by_label("Line manager's email address")).to_have_value("morgan.lee@example.org")
    assert_no_axe_violations(page)
    page.get_by_label(re.compile("I understand that if I cancel")).check()
    page.get_by_role("button", name="Send request to my manager").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My bookings")
    assert_no_axe_violations(page)

    message = next(
        m for m in reversed(mail.outbox) if m.to == ["morgan.lee@example.org"] and "approve" in m.subject
    )
    link = re.search(r"https?://[^/\s]+(/bookings/approve/\S+/)", message.body).group(1)
    manager = browser.new_context(base_url=live_server.url).new_page()
    manager.goto(link)
    expect(manager.get_by_role("heading", level=1)).to_have_text("Approve a course place")
    assert_no_axe_violations(manager)
    # One question, "Do you approve this place?"; the reason box shows only for "No".
    manager.get_by_role("button", name="Send your answer").click()
    expect(manager.get_by_role("link", name="Select yes if you approve this place")).to_be_visible()
    assert_no_axe_violations(manager)
    manager.get_by_role("radio", name="No", exact=True).check()
    expect(manager.get_by_label("Reason for declining")).to_be_visible()
    manager.get_by_role("radio", name="Yes", exact=True).check()
    expect(manager.get_by_label("Reason for declining")).to_be_hidden()
    manager.get_by_role("button", name="Send your answer").click()
    expect(manager.get_by_role("heading", level=1)).to_have_text("Place approved")
    expect(manager.get_by_role("heading", name="What happens next")).to_be_visible()
    assert_no_axe_violations(manager)
    manager.goto(link)  # the used link says what happened, not just that it was used
    expect(manager.get_by_text(re.compile("^You approved this place on"))).to_be_visible()
    manager.context.close()

    page.reload()
    page.get_by_role("link", name=re.compile("^Cancel")).first.click()
    expect(page.get_by_text("will be charged £105.00")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Yes, cancel my place").check()
    page.get_by_role("button", name="Cancel and accept the £105.00 charge").click()
    expect(page.get_by_text("Your organisation will be charged £105.00")).to_be_visible()

    page.context.clear_cookies()
    sign_in_as(finance.email)
    page.goto("/finance/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Charges")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Export new charges (CSV)").click()
    # Built by a background task (immediate here); the page shows it is ready, then downloads.
    expect(page.get_by_role("heading", name="Your file is ready")).to_be_visible()
    assert_no_axe_violations(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("^Download ")).click()
    content = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(content, newline="")))
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["Practitioner"], row["Amount (GBP)"], row["Reason"]) == (
        "Priya Patel",
        "105.00",
        "Late cancellation",
    )
