"""A module's assessment as plain objects: vignettes, stages and questions with stable ids.

Ids are the StreamField/ListBlock ids Wagtail stores, so an attempt can refer to a question or
option and still be marked after an editor reorders things.
"""

import hashlib
import json
import math
from dataclasses import dataclass, field

from django.utils.html import strip_tags

from courses.blocks import AgeGroup, HorwathCategory


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Item:
    """An observation in a classification question, with the category it belongs to."""

    id: str
    observation: str
    category: str
    feedback: str

    @property
    def category_label(self) -> str:
        return HorwathCategory(self.category).label


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    prompt: str
    vignette_title: str
    options: tuple[Option, ...] = ()
    items: tuple[Item, ...] = ()

    @property
    def correct_option_ids(self) -> frozenset[str]:
        return frozenset(option.id for option in self.options if option.correct)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass
class Stage:
    id: str
    heading: str
    narrative: object  # RichText
    questions: list[Question] = field(default_factory=list)


@dataclass
class Vignette:
    id: str
    title: str
    age_group: str
    stages: list[Stage] = field(default_factory=list)

    @property
    def age_group_label(self) -> str:
        return AgeGroup(self.age_group).label


def _children(list_value):
    """(id, value) for each item of a ListBlock value."""
    return [(child.id, child.value) for child in list_value.bound_blocks]


def _question(block, vignette_title: str) -> Question:
    value = block.value
    common = {
        "id": block.id,
        "kind": block.block_type,
        "prompt": value["prompt"],
        "vignette_title": vignette_title,
    }
    if block.block_type == "true_false":
        options = (
            Option("true", "True", value["answer"] == "true", value["true_feedback"]),
            Option("false", "False", value["answer"] == "false", value["false_feedback"]),
        )
        return Question(**common, options=options)
    if block.block_type == "classification":
        items = tuple(
            Item(item_id, item["observation"], item["category"], item["feedback"])
            for item_id, item in _children(value["items"])
        )
        return Question(**common, items=items)
    options = tuple(
        Option(option_id, option["text"], bool(option["correct"]), option["feedback"])
        for option_id, option in _children(value["options"])
    )
    return Question(**common, options=options)


def vignettes(stream) -> list[Vignette]:
    result = []
    for block in stream:
        value = block.value
        vignette = Vignette(block.id, value["title"], value["age_group"])
        for stage_id, stage in _children(value["stages"]):
            vignette.stages.append(
                Stage(
                    stage_id,
                    stage["heading"],
                    stage["narrative"],
                    [_question(q, value["title"]) for q in stage["questions"]],
                )
            )
        result.append(vignette)
    return result


@dataclass
class Step:
    """One page of an attempt: a vignette stage with its questions, numbered across the whole
    assessment (`number`) and within its vignette (`stage_number` of `stage_count`)."""

    number: int
    vignette: Vignette
    vignette_number: int
    stage: Stage
    stage_number: int
    earlier: list[Stage]  # the vignette's stages before this one

    @property
    def stage_count(self) -> int:
        return len(self.vignette.stages)

    @property
    def questions(self) -> list[Question]:
        return self.stage.questions


def steps(vignettes: list[Vignette]) -> list[Step]:
    result = []
    for vignette_number, vignette in enumerate(vignettes, start=1):
        for index, stage in enumerate(vignette.stages):
            result.append(
                Step(len(result) + 1, vignette, vignette_number, stage, index + 1, vignette.stages[:index])
            )
    return result


READING_WORDS_PER_MINUTE = 200
SECONDS_PER_DECISION = 20  # choosing one answer, or filing one observation


def estimated_minutes(stages: list[Stage]) -> int:
    """Time to read the stages' narratives, questions and options, plus a little to decide each
    answer; at least a minute. An estimate for the learner, not a limit."""
    text = []
    decisions = 0
    for stage in stages:
        text.append(strip_tags(str(stage.narrative)))
        for question in stage.questions:
            text.append(question.prompt)
            text.extend(option.text for option in question.options)
            text.extend(item.observation for item in question.items)
            decisions += len(question.items) or 1
    seconds = len(" ".join(text).split()) * 60 / READING_WORDS_PER_MINUTE + decisions * SECONDS_PER_DECISION
    return max(1, math.ceil(seconds / 60))


def questions(stream) -> list[Question]:
    return [q for vignette in vignettes(stream) for stage in vignette.stages for q in stage.questions]


def _shape(q: Question) -> list:
    return [q.id, q.kind, [[o.id, o.correct] for o in q.options], [[i.id, i.category] for i in q.items]]


def fingerprint(questions: list[Question]) -> str:
    """What marking depends on: question and option ids, kinds and the right answers. Fixing a
    typo in the module's text leaves it unchanged, so learners' open attempts carry on."""
    return hashlib.sha256(json.dumps([_shape(q) for q in questions]).encode()).hexdigest()


def question_fingerprint(question: Question) -> str:
    """The same for one question: a saved answer is still an answer to it while this holds."""
    return hashlib.sha256(json.dumps(_shape(question)).encode()).hexdigest()[:16]
