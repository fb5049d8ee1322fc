"""Item analysis: facility, discrimination and choice counts per question, the flags, the staff
page and its CSV, who may see them, and a query count that stays flat as answers grow."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from courses import analysis
from courses.analysis import ItemStatistics
from courses.demo import DEMO_LEARNERS, seed_attempts
from courses.models import Answer, Attempt, Enrolment, ModulePage
from courses.services import Learner, enrol, start_attempt, submit_attempt
from lms.models import Role
from tests.factories import UserFactory, with_role

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def by_kind(module) -> dict:
    return {q.kind: q for q in module.questions()}


def option(question, text_start: str) -> str:
    return next(o.id for o in question.options if o.text.startswith(text_start))


def item(question, observation_start: str) -> str:
    return next(i.id for i in question.items if i.observation.startswith(observation_start))


def responses(module, *, single, multi, true_false, dental, alone) -> dict:
    """A response to the sample module's four questions, written in the options' own words."""
    q = by_kind(module)
    return {
        q["single_choice"].id: option(q["single_choice"], single),
        q["multiple_choice"].id: [option(q["multiple_choice"], text) for text in multi],
        q["true_false"].id: true_false,
        q["classification"].id: {
            item(q["classification"], "Missed"): dental,
            item(q["classification"], "Left alone"): alone,
        },
    }


def submit(module, response: dict, user=None) -> Attempt:
    enrolment = enrol(module, Learner(user=user or UserFactory()))
    return submit_attempt(start_attempt(enrolment), response)


# Four attempts whose marks per question (single, multi, true/false, classification) are:
#   A1: 1, 1, 1, 1    total 4
#   A2: 1, 0, 1, 0.5  total 2.5
#   A3: 0, 0, 1, 0.5  total 1.5
#   A4: 0, 1, 0, 0    total 1
FOUR = [
    dict(
        single="Talk", multi=["Often", "Clothes"], true_false="false", dental="medical", alone="supervision"
    ),
    dict(single="Talk", multi=["Often"], true_false="false", dental="medical", alone="physical"),
    dict(
        single="Confront",
        multi=["Often", "Clothes", "Likes"],
        true_false="false",
        dental="emotional",
        alone="supervision",
    ),
    dict(
        single="Confront",
        multi=["Clothes", "Often"],
        true_false="true",
        dental="educational",
        alone="educational",
    ),
]


@pytest.fixture
def four(module):
    for answers in FOUR:
        submit(module, responses(module, **answers))
    return analysis.analyse(module)


def stats(result, kind) -> ItemStatistics:
    return next(i for i in result.items if i.kind == kind)


def counts(item: ItemStatistics) -> dict:
    return {
        (group.heading, choice.label): (choice.count, choice.correct)
        for group in item.groups
        for choice in group.choices
    }


def test_facility_and_mean_marks(four):
    assert four.attempts == 4
    assert [(i.kind, i.answered, i.fully_right, i.facility, i.mean_marks) for i in four.items] == [
        ("single_choice", 4, 2, 0.5, 0.5),
        ("multiple_choice", 4, 2, 0.5, 0.5),
        ("true_false", 4, 3, 0.75, 0.75),
        ("classification", 4, 1, 0.25, 0.5),
    ]


def test_discrimination_against_hand_computed_correlations(four):
    # Single choice: x = 1, 1, 0, 0; rest of the test y = 3, 1.5, 1.5, 1.
    # Deviations from the means (0.5, 1.75): x ±0.5, y 1.25, -0.25, -0.25, -0.75.
    # Σdxdy = 0.625 - 0.125 + 0.125 + 0.375 = 1; Σdx² = 1; Σdy² = 2.25; r = 1 / √2.25 = 2/3.
    assert stats(four, "single_choice").discrimination == pytest.approx(2 / 3)
    # True/false: x = 1, 1, 1, 0; y = 3, 1.5, 0.5, 1; means 0.75 and 1.5.
    # Σdxdy = 0.375 + 0 - 0.25 + 0.375 = 0.5; Σdx² = 0.75; Σdy² = 2.25 + 0 + 1 + 0.25 = 3.5.
    assert stats(four, "true_false").discrimination == pytest.approx(0.5 / (0.75 * 3.5) ** 0.5)
    # Multiple choice: x = 1, 0, 0, 1; y = 3, 2.5, 1.5, 0; means 0.5 and 1.75.
    # Σdxdy = 0.625 - 0.375 + 0.125 - 0.875 = -0.5; Σdx² = 1; Σdy² = 1.5625+0.5625+0.0625+3.0625 = 5.25.
    assert stats(four, "multiple_choice").discrimination == pytest.approx(-0.5 / 5.25**0.5)
    # Classification (partial marks): x = 1, 0.5, 0.5, 0; y = 3, 2, 1, 1; means 0.5 and 1.75.
    # Σdxdy = 0.625 + 0 + 0 + 0.375 = 1; Σdx² = 0.5; Σdy² = 1.5625 + 0.0625 + 0.5625 + 0.5625 = 2.75.
    assert stats(four, "classification").discrimination == pytest.approx(1 / (0.5 * 2.75) ** 0.5)


def test_discrimination_is_none_without_spread(module):
    everyone_right = dict(single="Talk", multi=["Often", "Clothes"], true_false="false")
    submit(module, responses(module, **everyone_right, dental="medical", alone="supervision"))
    submit(module, responses(module, **everyone_right, dental="medical", alone="physical"))
    result = analysis.analyse(module)
    # Everyone fully right: no variance in x.
    assert stats(result, "single_choice").discrimination is None
    # The classification's marks vary (1, 0.5) but the rest of the test does not (3, 3).
    assert stats(result, "classification").discrimination is None


def test_discrimination_is_none_for_one_answer(module):
    submit(module, responses(module, **FOUR[1]))
    assert all(i.discrimination is None for i in analysis.analyse(module).items)


def test_discrimination_from_sums_matches_the_definition():
    assert analysis.discrimination(1, 1, 1, 1, 1, 1) is None
    assert analysis.discrimination(3, 3, 6, 6, 3, 14) is None  # x has no spread
    # x = 0, 1, 1; y = 1, 2, 3: r = 0.8660...
    assert analysis.discrimination(3, 2, 6, 5, 2, 14) == pytest.approx(3**0.5 / 2)


def test_choice_counts_for_every_kind(four):
    assert counts(stats(four, "single_choice")) == {
        ("", "Talk to the safeguarding lead"): (2, True),
        ("", "Confront the parent"): (2, False),
    }
    # Select all that apply: each option counts once per answer that ticked it, in any order.
    assert counts(stats(four, "multiple_choice")) == {
        ("", "Often hungry"): (4, True),
        ("", "Clothes wrong for the weather"): (3, True),
        ("", "Likes football"): (1, False),
    }
    assert counts(stats(four, "true_false")) == {("", "True"): (1, False), ("", "False"): (3, True)}
    # Classification: per observation, the categories chosen plus the right one, in Horwath's order.
    assert counts(stats(four, "classification")) == {
        ("Missed two dental appointments", "Medical neglect"): (2, True),
        ("Missed two dental appointments", "Emotional neglect"): (1, False),
        ("Missed two dental appointments", "Educational neglect"): (1, False),
        ("Left alone overnight", "Educational neglect"): (1, False),
        ("Left alone overnight", "Physical neglect"): (1, False),
        ("Left alone overnight", "Lack of supervision"): (2, True),
    }
    shares = [c.share for g in stats(four, "classification").groups for c in g.choices]
    assert shares == [0.5, 0.25, 0.25, 0.25, 0.25, 0.5]


def test_most_chosen_wrong_answer_per_question(module, four):
    wrong = {m.prompt: (m.observation, m.label, m.count, m.share) for m in analysis.most_chosen_wrong(module)}
    assert wrong == {
        "What do you do first?": ("", "Confront the parent", 2, 0.5),
        "Which are signs? Select all that apply.": ("", "Likes football", 1, 0.25),
        "One untidy visit proves neglect.": ("", "True", 1, 0.25),
        "Classify each observation.": ("Missed two dental appointments", "Emotional neglect", 1, 0.25),
    }


def test_questions_in_the_assessments_order_then_removed_ones(module, four):
    raw = module.assessment.raw_data
    questions = raw[0]["value"]["stages"][0]["value"]["questions"]
    questions.remove(next(q for q in questions if q["type"] == "single_choice"))
    module.assessment = raw
    module.save_revision().publish()
    module.refresh_from_db()
    result = analysis.analyse(module)
    assert [(i.kind, i.in_module) for i in result.items] == [
        ("multiple_choice", True),
        ("true_false", True),
        ("classification", True),
        ("single_choice", False),
    ]
    removed = result.items[-1]
    assert (removed.prompt, removed.answered, removed.facility) == ("What do you do first?", 4, 0.5)
    # Its options went with it: each is counted under its id, none marked right.
    assert [(c.label, c.count, c.correct) for c in removed.groups[0].choices] == [
        (analysis.REMOVED_OPTION, 2, False),
        (analysis.REMOVED_OPTION, 2, False),
    ]


def test_only_submitted_attempts_in_the_date_range_count(module):
    right = dict(
        single="Talk", multi=["Often", "Clothes"], true_false="false", dental="medical", alone="supervision"
    )
    wrong = dict(FOUR[3])
    # 23:30 on 31 March in London is 22:30 UTC: the date people see is the 31st.
    with time_machine.travel(datetime(2026, 3, 31, 23, 30, tzinfo=LONDON), tick=False):
        submit(module, responses(module, **right))
    with time_machine.travel(datetime(2026, 4, 1, 9, 0, tzinfo=LONDON), tick=False):
        submit(module, responses(module, **wrong))
    start_attempt(enrol(module, Learner(user=UserFactory())))  # open: never counted

    def facility(since=None, until=None):
        result = analysis.analyse(module, analysis.submitted_attempts(module, since, until))
        return result.attempts, stats(result, "single_choice").facility

    assert facility() == (2, 0.5)
    assert facility(until=date(2026, 3, 31)) == (1, 1.0)
    assert facility(since=date(2026, 4, 1)) == (1, 0.0)
    assert facility(since=date(2026, 4, 2)) == (0, None)


def test_flags_need_ten_attempts(module):
    easy_but_few = dict(
        single="Talk", multi=["Often", "Clothes"], true_false="false", dental="medical", alone="supervision"
    )
    for _ in range(9):
        submit(module, responses(module, **easy_but_few))
    result = analysis.analyse(module)
    assert all(not item.judged and item.flags == [] for item in result.items)
    assert result.too_few == result.items


def flagged(**numbers) -> list[str]:
    item = ItemStatistics("q", "single_choice", "Prompt", "Vignette", None, **numbers)
    return [flag.code for flag in item.flags]


@pytest.mark.parametrize(
    ("facility", "discrimination", "flags"),
    [
        (0.96, 0.5, ["too_easy"]),
        (0.95, 0.5, []),
        (0.3, 0.2, []),
        (0.29, 0.5, ["too_hard"]),
        (0.6, 0.19, ["does_not_separate"]),
        (0.2, -0.1, ["too_hard", "does_not_separate"]),
        (1.0, None, ["too_easy"]),  # everyone right: nothing to correlate, and not flagged for it
    ],
)
def test_flag_thresholds(facility, discrimination, flags):
    assert flagged(answered=10, facility=facility, discrimination=discrimination) == flags
    assert flagged(answered=9, facility=facility, discrimination=discrimination) == []


def test_flags_from_real_attempts(module):
    # Ten attempts. Everyone gets the single choice right: too easy. Five strong people get the
    # select-all and the classification right; three get half the classification; the two
    # weakest get neither but are the only ones right on the true/false: too hard, and it does
    # not separate (its marks fall as the rest of the score rises).
    strong = dict(multi=["Often", "Clothes"], true_false="true", dental="medical", alone="supervision")
    middle = dict(multi=["Often"], true_false="true", dental="medical", alone="physical")
    weak = dict(multi=["Often"], true_false="false", dental="emotional", alone="physical")
    for answers in [strong] * 5 + [middle] * 3 + [weak] * 2:
        submit(module, responses(module, single="Talk", **answers))
    result = analysis.analyse(module)
    assert [(i.kind, [f.code for f in i.flags]) for i in result.items] == [
        ("single_choice", ["too_easy"]),
        ("multiple_choice", []),
        ("true_false", ["too_hard", "does_not_separate"]),
        ("classification", []),
    ]


# The page, the CSV and who may see them.


def page(client, module, **query):
    return client.get(reverse("item_analysis", args=[module.pk]), query)


def csv_of(client, module, **query) -> list[dict]:
    response = client.get(reverse("item_analysis_csv", args=[module.pk]), query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.fixture
def editor_client(client):
    client.force_login(with_role(Role.EDITOR))
    return client


def test_page_shows_each_question_with_its_numbers(editor_client, module, four):
    html = page(editor_client, module).content.decode()
    assert 'Submitted attempts</dt><dd class="govuk-summary-list__value">4<' in html
    assert html.count("Too few attempts to judge") == 4 + 1  # each question, and the summary
    assert "0.67" in html  # the single choice's discrimination
    assert "2 of 4 fully right" in html
    assert html.count("Right answer</strong>") == 1 + 2 + 1 + 2
    assert "Confront the parent" in html and "Emotional neglect" in html
    assert "<script" not in html.split("</main>")[0].split("<main")[1]


def test_page_filters_by_date(editor_client, module):
    with time_machine.travel(datetime(2026, 3, 10, 12, tzinfo=LONDON), tick=False):
        submit(module, responses(module, **FOUR[0]))
    with time_machine.travel(datetime(2026, 5, 10, 12, tzinfo=LONDON), tick=False):
        submit(module, responses(module, **FOUR[3]))
    april_on = {"submitted_from_day": "1", "submitted_from_month": "4", "submitted_from_year": "2026"}
    html = page(editor_client, module, **april_on).content.decode()
    assert "From 1 April 2026" in html
    assert "0 of 1 fully right" in html
    rows = csv_of(editor_client, module, **april_on)
    assert {row["Attempts"] for row in rows} == {"1"}


def test_page_reports_a_bad_date_and_shows_every_attempt(editor_client, module, four):
    response = page(
        editor_client, module, submitted_from_day="31", submitted_from_month="2", submitted_from_year="2026"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html and "The start date must be a real date" in html
    assert "All dates" in html and "2 of 4 fully right" in html


def test_page_refuses_an_end_before_the_start(editor_client, module, four):
    html = page(
        editor_client,
        module,
        submitted_from_day="2",
        submitted_from_month="4",
        submitted_from_year="2026",
        submitted_to_day="1",
        submitted_to_month="4",
        submitted_to_year="2026",
    ).content.decode()
    assert "The end date must be the same as or after the start date" in html


def test_csv_has_a_row_per_option_and_category(editor_client, module, four):
    rows = csv_of(editor_client, module)
    assert len(rows) == 2 + 3 + 2 + 6
    single = [row for row in rows if row["Kind"] == "Single choice"]
    assert [(r["Option or category"], r["Right answer"], r["Chosen"], r["Share"]) for r in single] == [
        ("Talk to the safeguarding lead", "Yes", "2", "0.5"),
        ("Confront the parent", "No", "2", "0.5"),
    ]
    assert {(r["Attempts"], r["Facility"], r["Discrimination"], r["Flags"]) for r in single} == {
        ("4", "0.5", "0.667", "Too few attempts to judge")
    }
    classification = [row for row in rows if row["Kind"] == "Classification"]
    assert classification[0]["Observation"] == "Missed two dental appointments"
    assert classification[0]["Mean marks"] == "0.5"


def test_csv_cells_are_neutralised(editor_client, module):
    raw = module.assessment.raw_data
    questions = raw[0]["value"]["stages"][0]["value"]["questions"]
    single = next(q for q in questions if q["type"] == "single_choice")
    single["value"]["prompt"] = '=HYPERLINK("http://example.com")'
    single["value"]["options"][1]["value"]["text"] = "+1 confront the parent"
    module.assessment = raw
    module.save_revision().publish()
    module.refresh_from_db()
    submit(module, responses(module, **FOUR[0] | {"single": "+1"}))
    rows = [row for row in csv_of(editor_client, module) if row["Kind"] == "Single choice"]
    assert {row["Question"] for row in rows} == {'\'=HYPERLINK("http://example.com")'}
    assert rows[1]["Option or category"] == "'+1 confront the parent"


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (Role.EDITOR, 200),
        (Role.ADMINISTRATOR, 200),
        (Role.TRAINER, 200),
        (Role.PRACTITIONER, 403),
        (Role.MANAGER, 403),
        (Role.FINANCE, 403),
        (Role.WORKSHOP_COORDINATOR, 403),
        (Role.SAFEGUARDING_LEAD, 403),
    ],
)
def test_access_by_role(client, module, role, status):
    client.force_login(with_role(role))
    for url in (
        reverse("item_analysis_index"),
        reverse("item_analysis", args=[module.pk]),
        reverse("item_analysis_csv", args=[module.pk]),
    ):
        assert client.get(url).status_code == status, url


def test_signed_out_people_are_sent_to_sign_in(client, module):
    for url in (
        reverse("item_analysis_index"),
        reverse("item_analysis", args=[module.pk]),
        reverse("item_analysis_csv", args=[module.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("account_login")), url


def test_index_lists_modules_with_their_attempts(editor_client, module, four):
    html = editor_client.get(reverse("item_analysis_index")).content.decode()
    assert reverse("item_analysis", args=[module.pk]) in html
    assert 'data-label="Submitted attempts">4<' in html


@pytest.mark.parametrize("module_id", [999_999, 10**30])
def test_unknown_module_is_not_found(editor_client, module_id):
    assert editor_client.get(reverse("item_analysis", args=[module_id])).status_code == 404
    assert editor_client.get(reverse("item_analysis_csv", args=[module_id])).status_code == 404


def test_page_editor_links_to_the_analysis(client, module):
    client.force_login(with_role(Role.EDITOR))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).content.decode()
    assert reverse("item_analysis", args=[module.pk]) in html
    lesson = module.get_children().first()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "/learning/item-analysis/" not in html


@pytest.mark.parametrize(
    ("role", "shown"), [(Role.TRAINER, True), (Role.EDITOR, True), (Role.MANAGER, False)]
)
def test_my_account_links_to_the_analysis(client, role, shown):
    client.force_login(with_role(role))
    html = client.get(reverse("dashboard")).content.decode()
    assert (html.count(reverse("item_analysis_index")) == 1) is shown


# Query counts stay flat as answers grow.


def many_answers(module, attempts: int) -> None:
    """`attempts` submitted attempts answering all four questions, built in bulk: a third right."""
    enrolment = Enrolment.objects.create(module=module, user=UserFactory())
    now = timezone.now()
    created = Attempt.objects.bulk_create(
        Attempt(enrolment=enrolment, fingerprint="bulk", submitted_at=now, score=50, passed=False)
        for _ in range(attempts)
    )
    patterns = [responses(module, **answers) for answers in FOUR[:3]]
    marks = [[1, 1, 1, 1], [1, 0, 1, Decimal("0.5")], [0, 0, 1, Decimal("0.5")]]
    questions = module.questions()
    Answer.objects.bulk_create(
        (
            Answer(
                attempt=attempt,
                question_id=q.id,
                kind=q.kind,
                prompt=q.prompt,
                vignette_title=q.vignette_title,
                response=patterns[n % 3][q.id],
                marks=marks[n % 3][i],
                correct=marks[n % 3][i] == 1,
            )
            for n, attempt in enumerate(created)
            for i, q in enumerate(questions)
        ),
        batch_size=2000,
    )


@pytest.mark.parametrize("answers", [100, 10_000])
def test_query_count_is_flat(editor_client, django_assert_max_num_queries, module, answers):
    many_answers(module, answers // 4)
    assert Answer.objects.count() == answers
    with django_assert_max_num_queries(12):
        html = page(editor_client, module).content.decode()
    assert f"{answers // 4 // 3 + (answers // 4 % 3 > 0)} of {answers // 4} fully right" in html
    with django_assert_max_num_queries(7):
        rows = csv_of(editor_client, module)
    assert {row["Attempts"] for row in rows} == {str(answers // 4)}


def test_demo_attempts_are_repeatable_and_give_the_page_flags():
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    modules = {"listen_up_speak_up": module}

    def numbers():
        return [(i.answered, i.facility, i.discrimination) for i in analysis.analyse(module).items]

    seed_attempts(modules)
    first = numbers()
    seed_attempts(modules)  # run again: nothing added
    assert numbers() == first
    assert analysis.analyse(module).attempts == DEMO_LEARNERS
    Enrolment.objects.filter(module=module).delete()
    seed_attempts(modules)  # from scratch: the same attempts
    assert numbers() == first
    facilities = [facility for _, facility, _ in first]
    assert min(facilities) < 0.5 < max(facilities)  # a spread, not every question alike
    assert analysis.analyse(module).flagged
