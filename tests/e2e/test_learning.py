"""Assessments in a real browser: Listen Up, Speak Up by keyboard alone, stage by stage, with a
break in the middle; Understanding Neglect never showing a stage before the one it follows is
answered; every attempt page checked with axe-core at desktop width and at 320 px."""

import html
import re

import pytest
from django.utils.html import strip_tags
from playwright.sync_api import expect

from courses.assessment import steps
from courses.blocks import HorwathCategory
from courses.demo import correct_responses
from courses.models import ModulePage
from tests.e2e.conftest import assert_no_axe_violations, tab_to

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def press_button(page, name):
    """Tab to a button or a link styled as one, then press Enter."""
    target = page.get_by_role("button", name=name)
    if not target.count():
        target = page.get_by_role("link", name=name)
    for _ in range(200):
        page.keyboard.press("Tab")
        if target.first.evaluate("el => el === document.activeElement"):
            page.keyboard.press("Enter")
            return
    raise AssertionError(f"'{name}' cannot be reached with the Tab key")


def choose_radio(page, field, option_id):
    """Tab into a radio group, then use the arrow keys until the wanted option is checked."""
    tab_to(page, f"id_{field}_0")
    for _ in range(10):
        if page.evaluate("document.activeElement.value") == option_id:
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"Option {option_id} not reachable in {field}")


def answer_by_keyboard(page, questions, answers):
    for question in questions:
        answer = answers[question.id]
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
            for index in range(len(question.options)):
                tab_to(page, f"id_{field}_{index}")
                if page.evaluate("document.activeElement.value") in answer:
                    page.keyboard.press("Space")
        else:
            choose_radio(page, field, answer)


def answer_by_mouse(page, questions, answers):
    for question in questions:
        answer = answers[question.id]
        if question.kind == "classification":
            for item in question.items:
                page.locator(f"#id_q-{question.id}-{item.id}").select_option(answer[item.id])
        else:
            for option_id in answer if isinstance(answer, list) else [answer]:
                page.locator(f'input[name="q-{question.id}"][value="{option_id}"]').check()


def take_by_mouse(page, module, answers):
    """From the first stage, answer every stage, then submit from the check page."""
    for step in steps(module.vignettes()):
        answer_by_mouse(page, step.questions, answers)
        page.get_by_role("button", name=re.compile("^Save and")).click()
    page.get_by_role("button", name="Submit answers").click()


def assert_fits(page, width):
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{page.url} is {scroll} px wide at {width} px"


def test_listen_up_speak_up_by_keyboard_stage_by_stage_with_a_break(page):
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    answers = correct_responses(module)
    stages = steps(module.vignettes())
    page.goto(module.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
    expect(page.get_by_text(re.compile(r"It takes about \d+ minutes"))).to_be_visible()

    page.get_by_role("button", name="Start module").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Before you start")
    tab_to(page, "id_rating_0")
    page.keyboard.press("Space")
    press_button(page, "Continue to the first lesson")
    for number in range(1, len(module.lessons()) + 1):
        expect(page.get_by_text(f"Lesson {number} of")).to_be_visible()
        press_button(page, "Mark as done and continue")

    expect(page.get_by_role("button", name="Start the assessment")).to_be_visible()
    press_button(page, "Start the assessment")
    for step in stages[:2]:
        expect(page.get_by_text(f"{step.vignette.title}: stage {step.stage_number} of")).to_be_visible()
        expect(page.get_by_text(f"Part {step.number} of {len(stages)} of the assessment")).to_be_visible()
        if step.number == 1:
            assert_no_axe_violations(page)
        answer_by_keyboard(page, step.questions, answers)
        press_button(page, "Save and continue")

    # A break: the visitor goes elsewhere, then comes back to the module.
    expect(page.get_by_text(f"Part 3 of {len(stages)} of the assessment")).to_be_visible()
    page.goto("/")
    page.goto(module.url)
    press_button(page, "Continue the assessment")
    resumed = stages[2]
    expect(page.get_by_text(f"Part {resumed.number} of {len(stages)}")).to_be_visible()
    assert_no_axe_violations(page)
    for step in stages[2:]:
        expect(page.get_by_text(f"Part {step.number} of {len(stages)} of the assessment")).to_be_visible()
        answer_by_keyboard(page, step.questions, answers)
        press_button(page, "Save and check your answers" if step is stages[-1] else "Save and continue")

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you submit")
    assert_no_axe_violations(page)
    press_button(page, "Submit answers")

    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")
    expect(page.get_by_text("Your score: 100%")).to_be_visible()
    expect(
        page.get_by_text(f"You answered all {len(module.questions())} questions fully right.")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Create an account")).to_be_visible()
    assert_no_axe_violations(page)


def test_understanding_neglect_never_shows_a_stage_before_the_one_it_follows_is_answered(page, sign_in_as):
    from courses import services
    from tests.factories import UserFactory

    module = ModulePage.objects.get(slug="understanding-neglect")
    user = UserFactory()
    services.enrol(module, services.Learner(user=user), confidence_before=2)
    sign_in_as(user.email)
    answers = correct_responses(module)
    stages = steps(module.vignettes())
    assert any(step.stage_number > 1 for step in stages), "the module should have a staged vignette"

    def fragment(step):
        text = html.unescape(strip_tags(str(step.stage.narrative))).split()
        return " ".join(text[:12])

    page.goto(module.url + "#assessment")
    page.get_by_role("button", name="Start the assessment").click()
    for step in stages:
        expect(page.get_by_text(f"Part {step.number} of {len(stages)}")).to_be_visible()
        shown = html.unescape(page.content())
        assert " ".join(shown.split()).count(fragment(step)) >= 1
        for later in stages[step.number :]:
            assert fragment(later) not in " ".join(shown.split()), (
                f"Part {later.number}'s narrative is in the page of part {step.number}"
            )
        # Trying to skip ahead by address leads back here.
        if step.number < len(stages):
            attempt_url = page.url.rsplit("stage/", 1)[0]
            page.goto(f"{attempt_url}stage/{step.number + 1}/")
            expect(page.get_by_text(f"Part {step.number} of {len(stages)}")).to_be_visible()
        answer_by_mouse(page, step.questions, answers)
        page.get_by_role("button", name=re.compile("^Save and")).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you submit")
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")


def test_attempt_pages_reflow_and_pass_axe_at_320_pixels(page):
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    stages = steps(module.vignettes())
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(module.url)
    page.get_by_role("button", name="Start module").click()
    page.get_by_label(re.compile("^3")).check()
    page.get_by_role("button", name="Continue to the first lesson").click()
    page.goto(module.url)
    page.get_by_role("button", name="Start the assessment").click()

    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_fits(page, 320)
    assert_no_axe_violations(page)

    wrong = {}
    for question in module.questions():
        if question.kind == "classification":
            wrong[question.id] = {
                item.id: next(v for v in HorwathCategory.values if v != item.category)
                for item in question.items
            }
        elif question.kind == "multiple_choice":
            wrong[question.id] = [next(o.id for o in question.options if not o.correct)]
        else:
            wrong[question.id] = next(o.id for o in question.options if not o.correct)
    for step in stages:
        answer_by_mouse(page, step.questions, wrong)
        page.get_by_role("button", name=re.compile("^Save and")).click()
        if step.number == 1:  # now on the second stage of the first case
            page.get_by_text("What happened before, and your answers").click()
            assert_fits(page, 320)
            assert_no_axe_violations(page)
            page.get_by_role("link", name="Back to the previous stage").click()
            expect(page.get_by_role("heading", name="Your answers")).to_be_visible()
            assert_fits(page, 320)
            assert_no_axe_violations(page)
            page.get_by_role("button", name="Continue").click()
            expect(page.get_by_text("What happened before, and your answers")).to_be_visible()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you submit")
    assert_fits(page, 320)
    assert_no_axe_violations(page)
    page.get_by_role("link", name=re.compile("^Change")).first.click()
    expect(page.get_by_role("button", name="Save and check your answers")).to_be_visible()
    page.get_by_role("button", name="Save and check your answers").click()
    page.get_by_role("button", name="Submit answers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("You did not pass this time")
    expect(page.get_by_text("Right answer").first).to_be_visible()
    assert_fits(page, 320)
    assert_no_axe_violations(page)
