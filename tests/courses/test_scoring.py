"""Marking rules for every question kind and the pass threshold."""

from fractions import Fraction

import pytest

from courses import scoring
from courses.assessment import Item, Option, Question


def choice(kind, correct_ids, option_ids=("a", "b", "c", "d")):
    options = tuple(Option(i, i.upper(), i in correct_ids, f"why {i}") for i in option_ids)
    return Question(id="q", kind=kind, prompt="?", vignette_title="V", options=options)


def classification(categories):
    items = tuple(Item(f"i{n}", f"obs {n}", category, "why") for n, category in enumerate(categories))
    return Question(id="q", kind="classification", prompt="?", vignette_title="V", items=items)


@pytest.mark.parametrize(("response", "marks"), [("b", 1), ("a", 0), ("zzz", 0)])
def test_single_choice_scores_only_the_correct_option(response, marks):
    assert scoring.mark(choice("single_choice", {"b"}), response).marks == marks


@pytest.mark.parametrize(("response", "marks"), [("true", 1), ("false", 0)])
def test_true_false(response, marks):
    question = choice("true_false", {"true"}, option_ids=("true", "false"))
    assert scoring.mark(question, response).marks == marks


@pytest.mark.parametrize(
    ("response", "marks"),
    [
        (["a", "c"], 1),  # exactly the correct set
        (["c", "a"], 1),  # order does not matter
        (["a"], 0),  # a correct subset earns nothing
        (["a", "b", "c"], 0),  # a superset earns nothing
        (["a", "b", "c", "d"], 0),  # ticking everything never pays
        ([], 0),
    ],
)
def test_select_all_gives_full_marks_only_for_the_exact_set(response, marks):
    assert scoring.mark(choice("multiple_choice", {"a", "c"}), response).marks == marks


def test_classification_is_marked_per_item():
    question = classification(["medical", "supervision", "nutritional", "emotional"])
    response = {"i0": "medical", "i1": "supervision", "i2": "physical", "i3": "emotional"}
    result = scoring.mark(question, response)
    assert result.marks == Fraction(3, 4)
    assert result.correct is False
    assert scoring.mark(
        question, {"i0": "medical", "i1": "supervision", "i2": "nutritional", "i3": "emotional"}
    ).correct


def test_classification_with_a_missing_item_scores_it_wrong():
    question = classification(["medical", "physical"])
    assert scoring.mark(question, {"i0": "medical"}).marks == Fraction(1, 2)


def test_score_is_the_share_of_marks_and_rounds_down_for_display():
    questions = [choice("single_choice", {"a"}) for _ in range(3)]
    marks = [scoring.mark(q, r) for q, r in zip(questions, ["a", "a", "b"], strict=True)]
    share = scoring.score(marks)
    assert share == Fraction(2, 3)
    assert scoring.percent(share) == 66


@pytest.mark.parametrize(
    ("share", "pass_mark", "passes"),
    [
        (Fraction(4, 5), 80, True),  # exactly the pass mark passes
        (Fraction(159, 200), 80, False),  # 79.5% fails and shows as 79%
        (Fraction(1), 100, True),
        (Fraction(0), 1, False),
    ],
)
def test_pass_mark_boundary(share, pass_mark, passes):
    assert scoring.passed(share, pass_mark) is passes
    assert (scoring.percent(share) >= pass_mark) is passes


def test_no_questions_scores_zero():
    assert scoring.score([]) == 0


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="Unknown question kind"):
        scoring.mark(Question("q", "essay", "?", "V"), "text")
