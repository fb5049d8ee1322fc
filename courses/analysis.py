"""Item analysis: how each assessment question performs over submitted attempts.

Editors and trainers read it to find questions to rewrite; the Partnership Board's "most common
misconceptions" report reads `most_chosen_wrong`. The database groups and counts the answers;
Python finishes the statistics from the groups, whose number is bounded by the questions, not by
the attempts. So the queries, and the rows they return, stay the same however many answered:

- facility: the share of answers with full marks;
- discrimination: the correlation between an answer's marks and the rest of that attempt's
  score (its total marks less this question), the point-biserial when marks are 0 or 1;
- choices: answers grouped by (question, response) in the database, each combination then
  expanded into the options or categories it holds (there are as many combinations as a
  question allows, however many attempts there were).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import sqrt

from django.db.models import Count, FloatField, Max, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Cast

from courses.assessment import Question
from courses.blocks import HorwathCategory
from courses.models import Answer, Attempt, ModulePage

# Below this many answers a question's numbers say more about who happened to answer it than
# about the question, so it is not flagged either way.
MIN_ANSWERS_TO_JUDGE = 10
TOO_EASY = 0.95
TOO_HARD = 0.3
SEPARATES = 0.2

# Marks are stored with 4 decimal places, so their sums and sums of products are exact at 4 and
# 8 places; rounding the database's float sums back to those places removes the float noise that
# would otherwise make a zero variance a tiny positive one.
MARK_PLACES = 4

KIND_LABELS = {
    "single_choice": "Single choice",
    "multiple_choice": "Select all that apply",
    "true_false": "True or false",
    "classification": "Classification",
}


@dataclass(frozen=True)
class Flag:
    code: str
    label: str
    explanation: str


FLAGS = {
    "too_easy": Flag(
        "too_easy",
        "Too easy",
        "Almost everyone gets this fully right: check the right option does not give itself away "
        "(longest, most careful wording, repeats the narrative) and that the wrong ones are plausible.",
    ),
    "too_hard": Flag(
        "too_hard",
        "Too hard",
        "Fewer than 3 in 10 get this fully right: check the right answer is right, the narrative "
        "gives what is needed to reach it, and the most chosen wrong option below is not defensible.",
    ),
    "does_not_separate": Flag(
        "does_not_separate",
        "Does not separate",
        "People who do well on the rest of the assessment do no better here: look for ambiguous "
        "wording, a second defensible answer, or a right answer that is there by rote.",
    ),
}


@dataclass
class Choice:
    """How often one option (or, for classification, one category for one observation) was chosen."""

    label: str
    count: int
    share: float | None
    correct: bool
    key: str  # the option id, or the category's value


@dataclass
class ChoiceGroup:
    """The choices of one question (heading "") or, for classification, of one observation."""

    heading: str
    choices: list[Choice]


@dataclass
class ItemStatistics:
    question_id: str
    kind: str
    prompt: str
    vignette_title: str
    question: Question | None  # None when the question is no longer in the module
    number: int = 0  # its place on the page: the assessment's order, then removed questions
    answered: int = 0
    fully_right: int = 0
    facility: float | None = None
    mean_marks: float | None = None
    discrimination: float | None = None
    groups: list[ChoiceGroup] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def judged(self) -> bool:
        return self.answered >= MIN_ANSWERS_TO_JUDGE

    @property
    def flags(self) -> list[Flag]:
        if not self.judged:
            return []
        found = []
        if self.facility is not None and self.facility > TOO_EASY:
            found.append(FLAGS["too_easy"])
        if self.facility is not None and self.facility < TOO_HARD:
            found.append(FLAGS["too_hard"])
        if self.discrimination is not None and self.discrimination < SEPARATES:
            found.append(FLAGS["does_not_separate"])
        return found

    @property
    def in_module(self) -> bool:
        return self.question is not None


@dataclass
class ModuleAnalysis:
    module: ModulePage
    attempts: int
    items: list[ItemStatistics]

    @property
    def flagged(self) -> list[ItemStatistics]:
        return [item for item in self.items if item.flags]

    @property
    def too_few(self) -> list[ItemStatistics]:
        return [item for item in self.items if not item.judged]


@dataclass(frozen=True)
class Misconception:
    """The wrong answer chosen most often for one question."""

    question_id: str
    prompt: str
    observation: str  # for classification, the observation misfiled; else ""
    label: str
    count: int
    share: float


def submitted_attempts(module: ModulePage, since: date | None = None, until: date | None = None) -> QuerySet:
    """A module's submitted attempts, optionally from `since` to `until` inclusive (dates in
    settings.TIME_ZONE, as people read them)."""
    attempts = Attempt.objects.filter(enrolment__module=module, submitted_at__isnull=False)
    if since:
        attempts = attempts.filter(submitted_at__date__gte=since)
    if until:
        attempts = attempts.filter(submitted_at__date__lte=until)
    return attempts


def _answers(attempts: QuerySet) -> QuerySet:
    return Answer.objects.filter(attempt__in=attempts.values("pk")).order_by()


def _exact(value, places: int) -> Fraction:
    return Fraction(Decimal(str(round(value or 0.0, places))))


def discrimination(n, sum_x, sum_y, sum_xy, sum_xx, sum_yy) -> float | None:
    """Pearson's r between marks x and rest-of-test scores y from their sums: the point-biserial
    correlation when x is 0 or 1. None when there is no spread to correlate."""
    if n < 2:
        return None
    covariance = n * sum_xy - sum_x * sum_y
    spread_x = n * sum_xx - sum_x * sum_x
    spread_y = n * sum_yy - sum_y * sum_y
    if spread_x <= 0 or spread_y <= 0:
        return None
    return float(covariance) / sqrt(float(spread_x) * float(spread_y))


def statistics_by_question(attempts: QuerySet) -> dict[str, dict]:
    """Per question id: answered, fully_right, facility, mean_marks and discrimination. One query.

    The database groups answers by (question, marks, the attempt's total marks) and counts
    them; the sums for the correlation are then made exactly in Python from those groups. The
    groups are bounded by the marks a question can give and the totals an assessment can add
    up to, not by the number of attempts; and each answer's attempt total is worked out once
    (as a grouping key) rather than once for each sum that needs it, which made summing in SQL
    four to five times slower at 100,000 answers (bench/test_courses_bench.py)."""
    attempt_total = Subquery(
        Answer.objects.filter(attempt=OuterRef("attempt"))
        .order_by()
        .values("attempt")
        .annotate(total=Sum(Cast("marks", FloatField())))
        .values("total"),
        output_field=FloatField(),
    )
    rows = (
        _answers(attempts)
        .annotate(total=attempt_total)
        .values("question_id", "marks", "correct", "total")
        .annotate(n=Count("pk"))
    )
    sums: dict[str, dict] = defaultdict(lambda: dict.fromkeys(("n", "right", "x", "y", "xx", "yy", "xy"), 0))
    for row in rows:
        n = row["n"]
        x = Fraction(row["marks"]).limit_denominator(10**MARK_PLACES)
        y = _exact(row["total"], MARK_PLACES) - x
        question = sums[row["question_id"]]
        question["n"] += n
        question["right"] += n if row["correct"] else 0
        question["x"] += n * x
        question["y"] += n * y
        question["xx"] += n * x * x
        question["yy"] += n * y * y
        question["xy"] += n * x * y
    return {
        question_id: {
            "answered": s["n"],
            "fully_right": s["right"],
            "facility": s["right"] / s["n"],
            "mean_marks": float(s["x"] / s["n"]),
            "discrimination": discrimination(s["n"], s["x"], s["y"], s["xy"], s["xx"], s["yy"]),
        }
        for question_id, s in sums.items()
    }


def response_counts(attempts: QuerySet) -> dict[str, list[tuple[str, object, int]]]:
    """Per question id, each distinct (kind, response) given and how many gave it. One query."""
    result: dict[str, list] = defaultdict(list)
    rows = _answers(attempts).values("question_id", "kind", "response").annotate(n=Count("pk"))
    for row in rows:
        result[row["question_id"]].append((row["kind"], row["response"], row["n"]))
    return result


def _tally(responses: list[tuple[str, object, int]]) -> tuple[dict, dict]:
    """Option id -> count, and (item id, category) -> count, over grouped responses."""
    options: dict[str, int] = defaultdict(int)
    categories: dict[tuple[str, str], int] = defaultdict(int)
    for _kind, response, n in responses:
        if isinstance(response, dict):
            for item_id, category in response.items():
                categories[(str(item_id), str(category))] += n
        elif isinstance(response, list):
            for option_id in set(map(str, response)):
                options[option_id] += n
        elif response is not None:
            options[str(response)] += n
    return options, categories


def _share(count: int, answered: int) -> float | None:
    return count / answered if answered else None


def _category_label(value: str) -> str:
    return HorwathCategory(value).label if value in HorwathCategory.values else value


REMOVED_OPTION = "An option no longer in the question"
REMOVED_OBSERVATION = "An observation no longer in the question"


def _groups(question: Question | None, kind: str, responses: list, answered: int) -> list[ChoiceGroup]:
    options, categories = _tally(responses)
    if kind == "classification":
        items = list(question.items) if question else []
        known = {item.id for item in items}
        groups = []
        for item in items:
            chosen = {cat: n for (item_id, cat), n in categories.items() if item_id == item.id}
            values = [c for c in HorwathCategory.values if c in chosen or c == item.category]
            values += sorted(set(chosen) - set(HorwathCategory.values))
            groups.append(
                ChoiceGroup(
                    item.observation,
                    [
                        Choice(
                            _category_label(v),
                            chosen.get(v, 0),
                            _share(chosen.get(v, 0), answered),
                            v == item.category,
                            v,
                        )
                        for v in values
                    ],
                )
            )
        leftover: dict[str, int] = defaultdict(int)
        for (item_id, cat), n in categories.items():
            if item_id not in known:
                leftover[cat] += n
        if leftover:
            groups.append(
                ChoiceGroup(
                    REMOVED_OBSERVATION,
                    [
                        Choice(_category_label(v), n, _share(n, answered), False, v)
                        for v, n in sorted(leftover.items())
                    ],
                )
            )
        return groups
    choices = [
        Choice(o.text, options.get(o.id, 0), _share(options.get(o.id, 0), answered), o.correct, o.id)
        for o in (question.options if question else ())
    ]
    known = {choice.key for choice in choices}
    for option_id, n in sorted(options.items()):
        if option_id in known:
            continue
        label = option_id.capitalize() if kind == "true_false" else REMOVED_OPTION
        choices.append(Choice(label, n, _share(n, answered), False, option_id))
    return [ChoiceGroup("", choices)]


def _removed_questions(attempts: QuerySet, question_ids) -> dict[str, Answer]:
    """The latest answer to each question no longer in the module, for its prompt. One query."""
    if not question_ids:
        return {}
    last_ids = (
        _answers(attempts).filter(question_id__in=question_ids).values("question_id").annotate(last=Max("pk"))
    )
    answers = Answer.objects.filter(pk__in=last_ids.values("last")).only(
        "question_id", "kind", "prompt", "vignette_title"
    )
    return {answer.question_id: answer for answer in answers}


def analyse(module: ModulePage, attempts: QuerySet | None = None) -> ModuleAnalysis:
    """Every question of the module in the assessment's order, then any answered question since
    removed, over `attempts` (by default all the module's submitted attempts)."""
    attempts = submitted_attempts(module) if attempts is None else attempts
    stats = statistics_by_question(attempts)
    responses = response_counts(attempts)
    questions = module.questions()
    current = {q.id for q in questions}
    removed_ids = sorted(set(stats) - current)
    removed = _removed_questions(attempts, removed_ids)
    items = []
    for question in questions:
        items.append(_item(question.id, question, question.kind, question.prompt, question.vignette_title))
    for question_id in removed_ids:
        answer = removed[question_id]
        items.append(_item(question_id, None, answer.kind, answer.prompt, answer.vignette_title))
    for number, item in enumerate(items, start=1):
        item.number = number
        item_stats = stats.get(item.question_id)
        if item_stats:
            for name, value in item_stats.items():
                setattr(item, name, value)
        item.groups = _groups(item.question, item.kind, responses.get(item.question_id, []), item.answered)
    return ModuleAnalysis(module=module, attempts=attempts.count(), items=items)


def _item(question_id, question, kind, prompt, vignette_title) -> ItemStatistics:
    return ItemStatistics(
        question_id=question_id, kind=kind, prompt=prompt, vignette_title=vignette_title, question=question
    )


def most_chosen_wrong(module: ModulePage, attempts: QuerySet | None = None) -> list[Misconception]:
    """Per question, the wrong option (or, for classification, the wrong category for one
    observation) chosen most often, in the assessment's order. Questions nobody got wrong are
    left out."""
    result = []
    for item in analyse(module, attempts).items:
        wrong = [
            (choice.count, group.heading, choice)
            for group in item.groups
            for choice in group.choices
            if not choice.correct and choice.count
        ]
        if not wrong:
            continue
        count, heading, choice = max(wrong, key=lambda entry: entry[0])
        result.append(
            Misconception(item.question_id, item.prompt, heading, choice.label, count, choice.share or 0.0)
        )
    return result
