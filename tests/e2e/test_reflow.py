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


def register_url(trainer) -> str:
    """A session that started an hour ago, with three people on its register."""
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import BookingFactory, SessionFactory

    session = SessionFactory(starts_at=timezone.now() - timedelta(hours=1), trainers=[trainer])
    for name in ("Priya Patel", "Tom Okonkwo-Richardson", "Siân Evans"):
        BookingFactory(session=session, status="confirmed", full_name=name, access_needs="Step-free access")
    return f"/training/sessions/{session.pk}/register/"


def test_the_register_reflows_at_320_pixels(page, sign_in_as):
    from lms.models import Role
    from tests.factories import with_role

    trainer = with_role(Role.TRAINER)
    url = register_url(trainer)
    sign_in_as(trainer.email)
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Register")
    expect(page.get_by_role("radio", name="Attended").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert_no_axe_violations(page)


@pytest.mark.parametrize("role", ["Trainers", "Administrators"])
def test_the_signed_in_header_stays_on_one_line_at_1280_pixels(page, sign_in_as, role):
    from tests.factories import with_role

    sign_in_as(with_role(role).email)
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
