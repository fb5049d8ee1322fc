"""WCAG 1.4.10 reflow and the header: the trainer's register fits 320 px without sideways
scrolling, and the signed-in header's navigation stays on one line at 1280 px."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ONE_LINE = """selector => {
  const tops = [...document.querySelectorAll(selector)].map(e => Math.round(e.getBoundingClientRect().top));
  return tops.length > 0 && new Set(tops).size === 1;
}"""


def register_url() -> str:
    from django.utils import timezone

    from bookings.models import Session

    session = (
        Session.objects.filter(trainers__email="trainer@example.com", starts_at__lte=timezone.now())
        .exclude(bookings=None)
        .first()
    )
    assert session is not None, "the demo has a past session with bookings for the trainer"
    return f"/training/sessions/{session.pk}/register/"


def test_the_register_reflows_at_320_pixels(page, sign_in_as):
    sign_in_as("trainer@example.com")
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(register_url())
    expect(page.get_by_role("heading", level=1)).to_contain_text("Register")
    expect(page.get_by_role("radio", name="Attended").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert_no_axe_violations(page)


@pytest.mark.parametrize("email", ["trainer@example.com", "admin@example.com"])
def test_the_signed_in_header_stays_on_one_line_at_1280_pixels(page, sign_in_as, email):
    sign_in_as(email)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/account/")
    expect(
        page.get_by_role("navigation", name="Account").get_by_role("link", name="Sign out")
    ).to_be_visible()
    assert page.evaluate(ONE_LINE, ".govuk-service-navigation__item")
    assert page.evaluate(ONE_LINE, ".app-header__account-item")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
