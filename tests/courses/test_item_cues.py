"""No surface cue gives the answer away: measured for every module we ship, and refused by the
loader for any module that rewards guessing."""

import copy
from importlib import import_module

import pytest

from courses import assessment
from courses.content import checks
from courses.content.loader import assessment_stream, validate_module
from courses.demo import MODULES
from tests.courses.sample_module import MODULE as SAMPLE


def shipped(name):
    data = import_module(f"courses.content.{name}").MODULE
    return data, assessment.questions(assessment_stream(data))


@pytest.mark.parametrize("name", MODULES)
def test_no_surface_cue_points_at_the_right_answer(name):
    _data, questions = shipped(name)
    report = checks.surface_cues(questions)
    assert report.problems == []
    assert report.count("the right answer is the longest").judged


@pytest.mark.parametrize("name", MODULES)
@pytest.mark.parametrize("strategy", list(checks.STRATEGIES))
def test_answering_without_reading_fails_the_pass_mark(name, strategy):
    data, questions = shipped(name)
    score = checks.strategy_scores(questions)[strategy]
    assert score < data["pass_mark"] - 20, f"{strategy} scores {score}% on {name}"


def _option(text, correct):
    return {"text": text, "correct": correct, "feedback": "Why."}


def _module_where_the_right_answer_is_always_the_longest():
    data = copy.deepcopy(SAMPLE)
    questions = [
        {
            "type": "single_choice",
            "value": {
                "prompt": f"Question {n}?",
                "options": [
                    _option(f"The careful, well-qualified right answer number {n}", True),
                    _option(f"Wrong {n}", False),
                    _option(f"Also wrong {n}", False),
                ],
            },
        }
        for n in range(5)
    ]
    data["assessment"][0]["stages"][0]["questions"] = questions
    return data


def test_the_loader_refuses_a_module_that_rewards_guessing():
    with pytest.raises(ValueError) as error:
        validate_module(_module_where_the_right_answer_is_always_the_longest())
    message = str(error.value)
    assert "the right answer is the longest: 5 of 5 questions (limit 40%)" in message
    assert "the right answer is in the same place: 5 of 5" in message
    assert "the “longest answer” strategy passes, with 100%" in message


def test_duplicate_options_are_refused_whatever_the_count():
    data = copy.deepcopy(SAMPLE)
    single = data["assessment"][0]["stages"][0]["questions"][0]["value"]
    single["options"].append(_option("Talk to the  safeguarding lead!", False))
    with pytest.raises(ValueError, match="duplicate options"):
        validate_module(data)


def test_true_or_false_answers_all_the_same_are_flagged():
    data = copy.deepcopy(SAMPLE)
    stage = data["assessment"][0]["stages"][0]
    statement = next(q for q in stage["questions"] if q["type"] == "true_false")
    stage["questions"].append(
        copy.deepcopy(statement) | {"value": {**statement["value"], "prompt": "Another."}}
    )
    report = checks.surface_cues(assessment.questions(assessment_stream(data)))
    assert "true or false questions have the same answer: 2 of 2 questions (limit 70%)" in report.problems


def test_a_share_is_not_judged_on_too_few_questions():
    report = checks.surface_cues(assessment.questions(assessment_stream(SAMPLE)))
    count = report.count("the right answer is the longest")
    assert (count.points, count.questions, count.judged) == (1, 2, False)
    assert report.problems == []


def test_cues_for_select_all_need_the_cue_to_pick_out_exactly_the_right_set():
    data = copy.deepcopy(SAMPLE)
    question = assessment.questions(assessment_stream(data))[1]
    assert question.kind == "multiple_choice"
    # "Often hungry" (right) is shorter than "Likes football" (wrong): length does not pick the set.
    assert not checks.longest_is_right(question)
    assert checks.longest_answer(question) != sorted(question.correct_option_ids)
