"""With production's Content-Security-Policy on, nothing the browser loads is refused: the public
site (no inline script at all) and the Wagtail admin (its relaxed policy) both work, and GOV.UK
Frontend's JavaScript still runs: Quick Exit by pressing Shift three times, the error summary
taking focus. axe-core is not injected here: an injected inline script is exactly what the policy
refuses."""

import re

import pytest
from playwright.sync_api import expect

from lms.models import Role
from tests.e2e.conftest import NEUTRAL_SITE
from tests.factories import with_role

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def enforced(settings, page):
    """The policy on, as in production, and every refusal and script error the page reports."""
    settings.CONTENT_SECURITY_POLICY_ENFORCED = True
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    # Runs before the page's own scripts, outside its policy: report each refusal by name.
    page.context.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error(`CSP refused ${e.blockedURI} (${e.violatedDirective})`));"
    )
    return problems


def visit(page, url):
    response = page.goto(url)
    assert "Content-Security-Policy" in {name.title() for name in response.headers}, url
    return response


def test_the_public_site_works_under_the_policy(page, enforced):
    response = visit(page, "/guidance/signs-of-neglect-by-age/")
    assert "script-src 'self';" in response.headers["content-security-policy"]
    # GOV.UK Frontend saw JavaScript run (js-enabled.js) and started its components (app.mjs).
    expect(page.locator("body.js-enabled.govuk-frontend-supported")).to_have_count(1)
    expect(page.locator(".govuk-exit-this-page")).to_be_visible()
    assert enforced == []

    page.locator("body").click(position={"x": 5, "y": 400})
    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page).to_have_url(NEUTRAL_SITE)
    assert enforced == []


def test_a_form_page_works_under_the_policy(page, enforced):
    visit(page, "/account/login/")
    page.get_by_role("button", name="Sign in").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()  # GOV.UK Frontend's error summary moves focus to itself
    assert enforced == []


def test_the_wagtail_admin_works_under_its_policy(page, enforced, sign_in_as):
    from lms.models import GuidancePage

    sign_in_as(with_role(Role.EDITOR).email)
    response = visit(page, "/admin/")
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # The sidebar is drawn by the admin's own JavaScript.
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()
    assert enforced == []

    guidance = GuidancePage.objects.live().first()
    visit(page, f"/admin/pages/{guidance.pk}/edit/")
    expect(page.locator("form#page-edit-form")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Save draft"))).to_be_visible()
    assert enforced == []
