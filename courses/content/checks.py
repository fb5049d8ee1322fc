"""Surface cues: ways to find the right answer without understanding the question.

Test writers have a habit that learners learn to exploit: the right answer is the longest, the
most carefully qualified, the one that repeats the question's words, or sits in the same place.
These checks measure each habit over a module's questions, so a module that rewards test-wise
guessing fails when it is loaded (courses/content/loader.py) and in the tests, not when a
trainer notices.

Each check counts the questions where the cue points at the right answer and compares the
share with a limit. By chance a cue points at the right answer in about 1 question in the number
of options: 1 in 4 for most of our questions, 1 in 3 at worst. The limit is 40% (POINTS_LIMIT):
ordinary variation in a module of 8 to 15 questions stays under it, while a habit (the longest
option right in 21 of 21 questions, as once here) is far over it. Shares are not judged on fewer
than MIN_QUESTIONS questions, where one question is already 25% or more.

Duplicated options are refused outright: two identical answers are a mistake whatever the count.
"""

import math
import re
from dataclasses import dataclass, field
from fractions import Fraction

from courses import scoring
from courses.assessment import Question
from courses.blocks import HorwathCategory

POINTS_LIMIT = Fraction(2, 5)
SAME_POSITION_LIMIT = Fraction(1, 2)
SAME_TRUE_FALSE_ANSWER_LIMIT = Fraction(7, 10)
MIN_QUESTIONS = 4

# Words that soften a claim. Careful writers qualify right answers and not wrong ones, so a
# learner who picks the most hedged option guesses well.
QUALIFIERS = frozenset(
    [
        "may",
        "might",
        "can",
        "could",
        "usually",
        "often",
        "sometimes",
        "some",
        "most",
        "generally",
        "possibly",
        "perhaps",
        "likely",
        "consider",
        "seems",
        "appear",
        "appears",
        "tend",
        "tends",
        "where",
        "if",
        "unless",
    ]
)
STOP_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "that",
        "this",
        "with",
        "what",
        "from",
        "have",
        "they",
        "their",
        "them",
        "then",
        "than",
        "about",
        "into",
        "your",
        "you",
        "would",
        "should",
        "could",
        "will",
        "does",
        "when",
        "which",
        "there",
        "these",
        "those",
        "were",
        "been",
        "being",
        "only",
        "just",
        "also",
        "more",
        "most",
        "such",
        "very",
        "each",
        "other",
        "some",
        "any",
        "all",
    ]
)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.casefold())


def content_words(text: str) -> set[str]:
    return {word for word in words(text) if len(word) >= 4 and word not in STOP_WORDS}


def normalised(text: str) -> str:
    return " ".join(words(text))


# The cues, each for one question: does it point at the right answer? ------------------------


def _singles_best(question: Question, measure) -> bool:
    """Whether the right option scores at least as high as every wrong one (ties count: a
    learner choosing between tied options still beats chance)."""
    right = [measure(o) for o in question.options if o.correct]
    wrong = [measure(o) for o in question.options if not o.correct]
    return bool(right) and bool(wrong) and min(right) >= max(wrong) and max(right) > 0


def _set_picked_out(question: Question, measure) -> bool:
    """For select all: whether every right option scores higher than every wrong one, so
    ticking the high scorers picks out exactly the right set."""
    right = [measure(o) for o in question.options if o.correct]
    wrong = [measure(o) for o in question.options if not o.correct]
    return bool(wrong) and min(right) > max(wrong)


def _points(question: Question, measure) -> bool:
    if question.kind == "single_choice":
        return _singles_best(question, measure)
    return _set_picked_out(question, measure)


def longest_is_right(question: Question) -> bool:
    return _points(question, lambda option: len(option.text))


def most_qualified_is_right(question: Question) -> bool:
    return _points(question, lambda option: sum(1 for w in words(option.text) if w in QUALIFIERS))


def repeats_the_question(question: Question) -> bool:
    stem = content_words(question.prompt)
    return _points(question, lambda option: len(stem & content_words(option.text)))


CUES = {
    "the right answer is the longest": longest_is_right,
    "the right answer is the most qualified": most_qualified_is_right,
    "the right answer repeats the question's words": repeats_the_question,
}


@dataclass
class CueCount:
    cue: str
    points: int
    questions: int
    limit: Fraction
    min_questions: int = MIN_QUESTIONS

    @property
    def share(self) -> Fraction:
        return Fraction(self.points, self.questions) if self.questions else Fraction(0)

    @property
    def judged(self) -> bool:
        return self.questions >= self.min_questions

    @property
    def too_high(self) -> bool:
        return self.judged and self.share > self.limit

    def __str__(self) -> str:
        return f"{self.cue}: {self.points} of {self.questions} questions (limit {float(self.limit):.0%})"


@dataclass
class CueReport:
    counts: list[CueCount] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return [str(count) for count in self.counts if count.too_high] + self.duplicates

    def count(self, cue: str) -> CueCount:
        return next(count for count in self.counts if count.cue == cue)


def choice_questions(questions: list[Question]) -> list[Question]:
    return [q for q in questions if q.kind in ("single_choice", "multiple_choice")]


def surface_cues(questions: list[Question]) -> CueReport:
    report = CueReport()
    choices = choice_questions(questions)
    for cue, points in CUES.items():
        report.counts.append(CueCount(cue, sum(1 for q in choices if points(q)), len(choices), POINTS_LIMIT))

    singles = [q for q in choices if q.kind == "single_choice"]
    positions = [next(i for i, o in enumerate(q.options) if o.correct) for q in singles]
    common = max((positions.count(p) for p in set(positions)), default=0)
    report.counts.append(
        CueCount("the right answer is in the same place", common, len(singles), SAME_POSITION_LIMIT)
    )

    true_false = [q for q in questions if q.kind == "true_false"]
    answers = [next(o.id for o in q.options if o.correct) for q in true_false]
    common = max(answers.count("true"), answers.count("false")) if answers else 0
    report.counts.append(
        CueCount(
            "true or false questions have the same answer",
            common,
            len(true_false),
            SAME_TRUE_FALSE_ANSWER_LIMIT,
            min_questions=2,  # two are enough to see "always False" pay
        )
    )

    for question in questions:
        texts = [normalised(o.text) for o in question.options] or [
            normalised(i.observation) for i in question.items
        ]
        repeated = sorted({text for text in texts if texts.count(text) > 1})
        if repeated:
            report.duplicates.append(f"duplicate options in “{question.prompt[:60]}”: {repeated}")
    return report


# Test-wise strategies: answer without reading, and see what it scores. ----------------------

CATEGORY_LABELS = dict(HorwathCategory.choices)


def longest_answer(question: Question):
    """Pick the longest option; in select all, tick every option longer than the median."""
    if question.kind == "classification":
        longest = max(CATEGORY_LABELS, key=lambda value: len(CATEGORY_LABELS[value]))
        return {item.id: longest for item in question.items}
    lengths = sorted(len(o.text) for o in question.options)
    if question.kind == "multiple_choice":
        median = lengths[(len(lengths) - 1) // 2] if len(lengths) % 2 else lengths[len(lengths) // 2]
        return [o.id for o in question.options if len(o.text) >= median] or [question.options[0].id]
    return max(question.options, key=lambda o: len(o.text)).id


def first_option(question: Question):
    """Always the first option as written (true/false: "True"; select all: the first only)."""
    if question.kind == "classification":
        first = next(iter(CATEGORY_LABELS))
        return {item.id: first for item in question.items}
    if question.kind == "multiple_choice":
        return [question.options[0].id]
    return question.options[0].id


STRATEGIES = {"longest answer": longest_answer, "always the first option": first_option}


def strategy_score(questions: list[Question], strategy) -> Fraction:
    return scoring.score([scoring.mark(q, strategy(q)) for q in questions])


def strategy_scores(questions: list[Question]) -> dict[str, int]:
    """Each strategy's score, %, rounded down as learners see it."""
    return {name: scoring.percent(strategy_score(questions, s)) for name, s in STRATEGIES.items()}


def check(questions: list[Question], pass_mark: int) -> list[str]:
    """Everything wrong with a module's questions as a test, for the loader to refuse."""
    problems = surface_cues(questions).problems
    for name, strategy in STRATEGIES.items():
        share = strategy_score(questions, strategy)
        if scoring.passed(share, pass_mark):
            problems.append(f"the “{name}” strategy passes, with {math.floor(share * 100)}%")
    return problems
