"""Browser tests: Debian's Chromium driven by Playwright, each page checked with axe-core."""

import json
import os
from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.conftest import SERIALIZED_DATABASE

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# (seeding, reading the outbox) are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
NEUTRAL_SITE = "https://www.bbc.co.uk/weather"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    missing = [str(p) for p in (CHROMIUM, AXE_SCRIPT) if not p.exists()]
    if missing:
        message = f"Browser tests need {', '.join(missing)} (apt-get install chromium; npm ci)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def seeded(transactional_db):
    """The site's content (pages, modules, documents; no demo people), on a database that
    transactional tests empty after each run and restore from the copy tests/conftest.py keeps.

    Once Playwright's event loop is running, these tests can be handed a fresh connection
    object without that copy: give it the one kept at set-up, and restore it by hand if Django
    could not, so Django's own flush and restore work from then on.
    """
    from django.db import connection

    from lms.models import HomePage

    if not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = SERIALIZED_DATABASE["default"]
    if not HomePage.objects.exists():
        connection.creation.deserialize_db_from_string(SERIALIZED_DATABASE["default"])


@pytest.fixture
def page(browser, live_server, seeded):
    context = browser.new_context(base_url=live_server.url)
    # The neutral site is outside this machine's network: answer for it so we can see we arrived.
    context.route(
        "https://www.bbc.co.uk/**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body="<!DOCTYPE html><html lang='en'><title>Weather</title><h1>Weather</h1></html>",
        ),
    )
    page = context.new_page()
    # Generous: a loaded 2-core machine can take seconds to render the first page of a test.
    page.set_default_timeout(20_000)
    expect.set_options(timeout=15_000)
    yield page
    context.close()


@pytest.fixture
def sign_in_as(page, live_server):
    """Sign in without the UI by handing the browser a real session cookie."""

    def sign_in(email):
        from lms.models import User

        client = Client()
        client.force_login(User.objects.get(email=email))
        page.context.add_cookies(
            [
                {
                    "name": "sessionid",
                    "value": client.cookies["sessionid"].value,
                    "url": live_server.url,
                }
            ]
        )

    return sign_in


def assert_no_axe_violations(page):
    page.add_script_tag(path=str(AXE_SCRIPT))
    results = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in results["violations"]
    ]
    assert violations == [], f"axe-core found violations on {page.url}:\n{json.dumps(violations, indent=2)}"
    return results


def tab_to(page, element_id, limit=200):
    """Press Tab until the element is focused, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} cannot be reached with the Tab key")


def type_into(page, element_id, text):
    tab_to(page, element_id)
    page.keyboard.type(text)
