"""Marking rules. Every question is worth one mark:

- single choice and true/false: 1 for the correct option, else 0;
- select all that apply: 1 only for exactly the correct set, else 0 (no credit for a partial
  set, so ticking everything never pays);
- classification: marked per item, the share of observations put in the right category.

The score is the percentage of marks, rounded down for display; a learner passes when the
exact share reaches the pass mark, so 79.5% never shows as 80% nor passes an 80% mark.
"""

from dataclasses import dataclass
from fractions import Fraction

from courses.assessment import Question


@dataclass(frozen=True)
class Mark:
    question: Question
    response: object
    marks: Fraction

    @property
    def correct(self) -> bool:
        return self.marks == 1


def mark(question: Question, response) -> Mark:
    if question.kind in ("single_choice", "true_false"):
        marks = Fraction(int(response in question.correct_option_ids))
    elif question.kind == "multiple_choice":
        marks = Fraction(int(frozenset(response) == question.correct_option_ids))
    elif question.kind == "classification":
        right = sum(1 for item in question.items if response.get(item.id) == item.category)
        marks = Fraction(right, len(question.items))
    else:
        raise ValueError(f"Unknown question kind {question.kind!r}")
    return Mark(question, response, marks)


def score(marks: list[Mark]) -> Fraction:
    """The share of available marks, from 0 to 1."""
    if not marks:
        return Fraction(0)
    return sum((m.marks for m in marks), Fraction(0)) / len(marks)


def percent(share: Fraction) -> int:
    return int(share * 100)  # rounds down


def passed(share: Fraction, pass_mark: int) -> bool:
    return share * 100 >= pass_mark
