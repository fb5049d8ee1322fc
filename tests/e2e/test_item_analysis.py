"""The item analysis page, as a trainer reaches it from My account: checked with axe-core at
desktop width and at 320 px, where its option tables must reflow without sideways scrolling."""

import pytest
from playwright.sync_api import expect

from courses import services
from courses.demo import correct_responses
from courses.models import ModulePage
from lms.models import Role
from tests.e2e.conftest import assert_no_axe_violations
from tests.e2e.test_learning import assert_fits
from tests.factories import with_role

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_trainer_reads_the_item_analysis_at_desktop_and_320_pixels(page, sign_in_as):
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    for n in range(12):
        enrolment = services.enrol(module, services.Learner(anonymous_key=f"e2e-visitor-{n}"))
        services.submit_attempt(services.start_attempt(enrolment), correct_responses(module))
    trainer = with_role(Role.TRAINER)
    sign_in_as(trainer.email)

    page.goto("/account/")
    page.get_by_role("link", name="Item analysis").first.click()
    page.get_by_role("link", name=module.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Item analysis")
    expect(page.locator("dd", has_text="(too easy)").first).to_be_visible()
    assert_no_axe_violations(page)

    page.set_viewport_size({"width": 320, "height": 800})
    page.reload()
    assert_fits(page, 320)
    assert_no_axe_violations(page)
