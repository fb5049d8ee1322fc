"""Listen Up, Speak Up by keyboard alone, without an account, to a pass."""

import re

import pytest
from playwright.sync_api import expect

from courses.blocks import HorwathCategory
from courses.demo import correct_responses
from courses.models import ModulePage
from tests.e2e.conftest import assert_no_axe_violations, tab_to

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def press_button(page, name):
    button = page.get_by_role("button", name=name)
    for _ in range(200):
        page.keyboard.press("Tab")
        if button.evaluate("el => el === document.activeElement"):
            page.keyboard.press("Enter")
            return
    raise AssertionError(f"The '{name}' button cannot be reached with the Tab key")


def choose_radio(page, field, option_id):
    """Tab into a radio group, then use the arrow keys until the wanted option is checked."""
    tab_to(page, f"id_{field}_0")
    for _ in range(10):
        checked = page.evaluate("document.activeElement.value")
        if checked == option_id:
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"Option {option_id} not reachable in {field}")


def answer_by_keyboard(page, module):
    for question in module.questions():
        answer = correct_responses(module)[question.id]
        field = f"q-{question.id}"
        if question.kind == "classification":
            for item in question.items:
                tab_to(page, f"id_{field}-{item.id}")
                label = next(
                    label
                    for value, label in page.evaluate(
                        "[...document.activeElement.options].map(o => [o.value, o.text])"
                    )
                    if value == answer[item.id]
                )
                page.keyboard.type(label)
        elif question.kind == "multiple_choice":
            count = len(question.options)
            for index in range(count):
                element_id = f"id_{field}_{index}"
                tab_to(page, element_id)
                if page.evaluate("document.activeElement.value") in answer:
                    page.keyboard.press("Space")
        else:
            choose_radio(page, field, answer)


def test_listen_up_speak_up_by_keyboard_to_a_pass(page):
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    page.goto(module.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Listen Up, Speak Up")
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Start module").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Before you start")
    assert_no_axe_violations(page)
    tab_to(page, "id_rating_0")
    page.keyboard.press("Space")
    press_button(page, "Continue to the first lesson")

    for number in range(1, len(module.lessons()) + 1):
        expect(page.get_by_text(f"Lesson {number} of")).to_be_visible()
        if number == 1:
            assert_no_axe_violations(page)
        press_button(page, "Mark as done and continue")

    press_button(page, "Start the assessment")
    expect(page.get_by_role("heading", level=1)).to_have_text("Assessment")
    assert_no_axe_violations(page)
    answer_by_keyboard(page, module)
    press_button(page, "Submit answers")

    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")
    expect(page.get_by_text(re.compile(r"Your score: 100%"))).to_be_visible()
    expect(page.get_by_role("button", name="Create an account")).to_be_visible()
    assert_no_axe_violations(page)


def test_a_failed_attempt_shows_why_and_is_accessible(page):
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    page.goto(module.url)
    page.get_by_role("button", name="Start module").click()
    page.get_by_label(re.compile("^3")).check()
    page.get_by_role("button", name="Continue to the first lesson").click()
    page.goto(module.url)
    page.get_by_role("button", name="Start the assessment").click()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_no_axe_violations(page)
    for question in module.questions():
        if question.kind == "classification":
            for item in question.items:
                wrong = next(value for value in HorwathCategory.values if value != item.category)
                page.locator(f"#id_q-{question.id}-{item.id}").select_option(wrong)
        else:
            wrong = next(o for o in question.options if not o.correct)
            page.locator(f'input[name="q-{question.id}"][value="{wrong.id}"]').check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        re.compile("You (passed|did not pass this time)")
    )
    assert_no_axe_violations(page)
