"""A module's assessment as plain objects: vignettes, stages and questions with stable ids.

Ids are the StreamField/ListBlock ids Wagtail stores, so an attempt can refer to a question or
option and still be marked after an editor reorders things.
"""

import hashlib
import json
from dataclasses import dataclass, field

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
        for _stage_id, stage in _children(value["stages"]):
            vignette.stages.append(
                Stage(
                    stage["heading"],
                    stage["narrative"],
                    [_question(q, value["title"]) for q in stage["questions"]],
                )
            )
        result.append(vignette)
    return result


def questions(stream) -> list[Question]:
    return [q for vignette in vignettes(stream) for stage in vignette.stages for q in stage.questions]


def fingerprint(questions: list[Question]) -> str:
    """What marking depends on: question and option ids, kinds and the right answers. Fixing a
    typo in the module's text leaves it unchanged, so learners' open attempts carry on."""
    shape = [
        [q.id, q.kind, [[o.id, o.correct] for o in q.options], [[i.id, i.category] for i in q.items]]
        for q in questions
    ]
    return hashlib.sha256(json.dumps(shape).encode()).hexdigest()
