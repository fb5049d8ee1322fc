"""An attempt one vignette stage at a time: a later stage stays hidden until the earlier one is
answered, answers are saved as the learner goes, and a check page comes before submission."""

import copy
import re

import pytest
from django.utils import timezone

from courses.models import Attempt, Enrolment
from courses.views import answers_summary
from tests.courses.conftest import make_module, stage_data, take_assessment, wrong_answers
from tests.courses.sample_module import MODULE as SAMPLE
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LATER = "LATER-NARRATIVE: four weeks later, the outcome is known."


def staged_module(slug="staged", **overrides):
    """The sample's questions over two vignettes: the first in two stages (its second stage's
    narrative is what must stay hidden), the second in one."""
    data = copy.deepcopy(SAMPLE)
    vignette = data["assessment"][0]
    first = vignette["stages"][0]
    single, multiple, true_false, classification = first["questions"]
    first["questions"] = [single, multiple]
    vignette["stages"].append(
        {"heading": "Four weeks later", "narrative": f"<p>{LATER}</p>", "questions": [true_false]}
    )
    data["assessment"].append(
        {
            "title": "Second case",
            "age_group": "adolescent",
            "stages": [
                {"heading": "", "narrative": "<p>Second case narrative.</p>", "questions": [classification]}
            ],
        }
    )
    return make_module(slug, assessment=data["assessment"], **overrides)


@pytest.fixture
def staged(db):
    return staged_module()


def begin(client, module, user=None) -> str:
    if user is not None:
        client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    response = client.post(f"{module.url}assessment/")
    assert response.status_code == 302
    return response["Location"]


def post_stage(client, attempt_url, module, number, responses, **extra):
    from courses.assessment import steps

    step = steps(module.vignettes())[number - 1]
    return client.post(f"{attempt_url}stage/{number}/", {**stage_data(step.questions, responses), **extra})


def test_a_later_stage_is_never_in_a_page_until_the_earlier_is_answered(client, staged, user, right_answers):
    attempt_url = begin(client, staged, user)
    response = client.get(attempt_url)
    assert response["Location"] == f"{attempt_url}stage/1/"
    html = client.get(f"{attempt_url}stage/1/").content.decode()
    assert "Sam at school: stage 1 of 2" in html and "Part 1 of 3 of the assessment" in html
    assert "minutes left" in html or "minute left" in html
    pages = [html]
    for url in [f"{attempt_url}stage/2/", f"{attempt_url}stage/3/", f"{attempt_url}check/"]:
        response = client.get(url, follow=True)
        assert response.redirect_chain[0][0] == f"{attempt_url}stage/1/"
        pages.append(response.content.decode())
    assert not any("LATER-NARRATIVE" in page or "Four weeks later" in page for page in pages)

    response = post_stage(client, attempt_url, staged, 1, right_answers(staged))
    assert response["Location"] == f"{attempt_url}stage/2/"
    html = client.get(f"{attempt_url}stage/2/").content.decode()
    assert LATER in html and "Sam at school: stage 2 of 2" in html and "Part 2 of 3" in html
    # The earlier stage is there to reread, with the learner's answers, read-only.
    single = staged.questions()[0]
    right = next(o for o in single.options if o.correct)
    assert "What happened before, and your answers" in html and right.text in html
    assert f'name="q-{single.id}"' not in html


def test_leaving_and_returning_on_another_device_resumes_at_the_first_unanswered_stage(
    client, staged, user, right_answers
):
    attempt_url = begin(client, staged, user)
    post_stage(client, attempt_url, staged, 1, right_answers(staged))

    from django.test import Client

    phone = Client()
    phone.force_login(user)
    assert "Continue the assessment" in phone.get(staged.url).content.decode()
    response = phone.post(f"{staged.url}assessment/", follow=True)
    assert response.redirect_chain[-1][0] == f"{attempt_url}stage/2/"
    assert LATER in response.content.decode()
    assert Attempt.objects.filter(enrolment__user=user).count() == 1


def test_going_back_shows_saved_answers_read_only_and_they_can_be_changed(
    client, staged, user, right_answers
):
    attempt_url = begin(client, staged, user)
    answers = right_answers(staged)
    post_stage(client, attempt_url, staged, 1, answers)
    post_stage(client, attempt_url, staged, 2, answers)
    single = staged.questions()[0]
    right = next(o for o in single.options if o.correct)
    wrong = next(o for o in single.options if not o.correct)

    html = client.get(f"{attempt_url}stage/1/").content.decode()
    assert right.text in html and "Change your answers to this stage" in html
    assert 'type="radio"' not in html and 'type="checkbox"' not in html
    assert 'href="/learning/staged/assessment/' in html  # the Continue link to the next stage

    html = client.get(f"{attempt_url}stage/1/?change=1").content.decode()
    assert f'value="{right.id}" checked' in html
    response = post_stage(client, attempt_url, staged, 1, {**answers, single.id: wrong.id})
    assert response["Location"] == f"{attempt_url}stage/2/"
    attempt = Attempt.objects.get(enrolment__user=user)
    assert attempt.draft[single.id]["response"] == wrong.id
    assert attempt.submitted_at is None


def test_check_your_answers_lists_every_stage_with_change_links_then_submits(
    client, staged, user, right_answers
):
    attempt_url = begin(client, staged, user)
    answers = right_answers(staged)
    for number in (1, 2):
        post_stage(client, attempt_url, staged, number, answers)
    response = post_stage(client, attempt_url, staged, 3, answers)
    assert response["Location"] == f"{attempt_url}check/"

    html = client.get(f"{attempt_url}check/").content.decode()
    assert "Check your answers before you submit" in html
    for heading in [
        "Sam at school: stage 1 of 2",
        "Sam at school: stage 2 of 2",
        "Second case: stage 1 of 1",
    ]:
        assert heading in html
    for number in (1, 2, 3):
        assert f"{attempt_url}stage/{number}/?change=1&amp;from=check" in html
    assert "Medical neglect: Missed two dental appointments" in html
    assert not re.search(r"feedback-|right answer", html, re.I)

    # Changing an answer from the check page comes back to it.
    true_false = next(q for q in staged.questions() if q.kind == "true_false")
    response = post_stage(client, attempt_url, staged, 2, {true_false.id: "true"}, **{"from": "check"})
    assert response["Location"] == f"{attempt_url}check/"

    response = client.post(f"{attempt_url}check/")
    assert response["Location"] == f"{attempt_url}result/"
    attempt = Attempt.objects.get(enrolment__user=user)
    assert attempt.score == 75 and attempt.answers.count() == 4  # the true/false now wrong


def test_the_check_page_sends_back_a_learner_with_unanswered_stages(client, staged, user, right_answers):
    attempt_url = begin(client, staged, user)
    post_stage(client, attempt_url, staged, 1, right_answers(staged))
    response = client.post(f"{attempt_url}check/", follow=True)
    assert response.redirect_chain[-1][0] == f"{attempt_url}stage/2/"
    assert "Answer every question before you check your answers" in response.content.decode()
    assert Attempt.objects.get(enrolment__user=user).submitted_at is None


def test_a_stage_that_does_not_exist_is_not_found(client, staged, user):
    attempt_url = begin(client, staged, user)
    assert client.get(f"{attempt_url}stage/4/").status_code == 404
    assert client.get(f"{attempt_url}stage/0/").status_code == 404


def test_a_stale_draft_keeps_the_answers_to_questions_that_did_not_change(
    client, staged, user, right_answers
):
    attempt_url = begin(client, staged, user)
    answers = right_answers(staged)
    for number in (1, 2, 3):
        post_stage(client, attempt_url, staged, number, answers)
    raw = staged.assessment.raw_data
    tf = raw[0]["value"]["stages"][1]["value"]["questions"][0]["value"]
    tf["answer"] = "true"
    staged.assessment = raw
    staged.save_revision().publish()
    staged.refresh_from_db()

    response = client.post(f"{attempt_url}check/", follow=True)
    html = response.content.decode()
    assert "We kept your answers to the questions that did not change" in html
    old, new = Attempt.objects.filter(enrolment__user=user).order_by("pk")
    assert old.submitted_at is None and old.score is None  # nothing marked against changed questions
    true_false = next(q for q in staged.questions() if q.kind == "true_false")
    assert set(new.draft) == {q.id for q in staged.questions()} - {true_false.id}
    assert response.redirect_chain[-1][0].endswith(f"/assessment/{new.pk}/stage/2/")


def test_a_visitor_whose_session_ended_is_told_what_happened(client, right_answers):
    module = staged_module("staged-open", account_required=False)
    attempt_url = begin(client, module)
    post_stage(client, attempt_url, module, 1, right_answers(module))

    client.cookies.clear()  # the browser session ended
    for url in [f"{attempt_url}stage/2/", f"{attempt_url}check/", f"{attempt_url}result/"]:
        response = client.get(url, follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0] == f"{module.url}#assessment"
        assert "We could not find your answers" in response.content.decode()
    response = client.post(f"{attempt_url}stage/2/", {}, follow=True)
    assert "We could not find your answers" in response.content.decode()


def test_a_visitor_takes_the_staged_assessment_and_can_keep_the_result(client, right_answers):
    module = staged_module("staged-visitor", account_required=False)
    attempt_url = begin(client, module)
    response = take_assessment(client, attempt_url, module, right_answers(module))
    html = client.get(response["Location"]).content.decode()
    assert "You passed" in html and "Keep your result" in html
    assert "You answered all 4 questions fully right." in html


def test_the_result_reads_its_classification_feedback_once_without_a_table(client, staged, user):
    attempt_url = begin(client, staged, user)
    take_assessment(client, attempt_url, staged, wrong_answers(staged))
    html = client.get(f"{attempt_url}result/").content.decode()
    assert "<table" not in html
    assert html.count("Feedback-class-dental: medical care.") == 1
    assert "Right answer</dt>" in html and "Medical neglect" in html
    assert "You did not answer any of the 4 questions fully right." in html
    assert "0 of" not in html


@pytest.mark.parametrize(
    ("right", "partly", "expected"),
    [
        (10, 0, "You answered all 10 questions fully right."),
        (7, 1, "You answered 7 of 10 questions fully right. 1 was partly right."),
        (0, 2, "You did not answer any of the 10 questions fully right. 2 were partly right."),
    ],
)
def test_the_summary_line_says_what_happened(right, partly, expected):
    from decimal import Decimal
    from types import SimpleNamespace

    def item(correct, marks):
        return {"answer": SimpleNamespace(correct=correct, marks=Decimal(marks))}

    feedback = (
        [item(True, 1)] * right + [item(False, "0.5")] * partly + [item(False, 0)] * (10 - right - partly)
    )
    assert answers_summary(feedback) == expected


@pytest.mark.parametrize("earlier_attempts", [10, 100])
def test_attempt_pages_make_a_flat_number_of_queries(
    client, django_assert_max_num_queries, staged, right_answers, earlier_attempts
):
    user = UserFactory()
    attempt_url = begin(client, staged, user)
    enrolment = Enrolment.objects.get(user=user)
    done = Attempt.objects.bulk_create(
        Attempt(enrolment=enrolment, submitted_at=timezone.now(), score=50, passed=False, fingerprint="x")
        for _ in range(earlier_attempts)
    )
    assert len(done) == earlier_attempts
    answers = right_answers(staged)
    with django_assert_max_num_queries(24):
        assert client.get(f"{attempt_url}stage/1/").status_code == 200
    with django_assert_max_num_queries(24):
        assert post_stage(client, attempt_url, staged, 1, answers).status_code == 302
    for number in (2, 3):
        post_stage(client, attempt_url, staged, number, answers)
    with django_assert_max_num_queries(24):
        assert client.get(f"{attempt_url}check/").status_code == 200
    with django_assert_max_num_queries(40):
        assert client.post(f"{attempt_url}check/").status_code == 302
    with django_assert_max_num_queries(26):
        assert client.get(f"{attempt_url}result/").status_code == 200
    with django_assert_max_num_queries(24):
        assert client.get(staged.url).status_code == 200


def test_an_assessment_with_no_questions_cannot_be_started_or_submitted(client, user):
    """The loader and the page editor refuse an empty assessment, but data changed outside them
    must not record a 0% fail for questions that do not exist."""
    module = make_module("empty")
    attempt_url = begin(client, module, user)
    module.assessment = []
    module.save()
    response = client.post(f"{attempt_url}check/", follow=True)
    assert "The assessment is not ready yet" in response.content.decode()
    response = client.post(f"{module.url}assessment/", follow=True)
    assert "not ready yet" in response.content.decode()
    assert not Attempt.objects.filter(submitted_at__isnull=False).exists()
    assert Enrolment.objects.get(user=user).best_score is None


def test_a_stage_opened_from_the_check_page_links_back_to_it(client, staged, user, right_answers):
    attempt_url = begin(client, staged, user)
    from tests.courses.conftest import answer_every_stage

    check_url = answer_every_stage(client, attempt_url, staged, right_answers(staged))
    html = client.get(f"{attempt_url}stage/2/?change=1&from=check").content.decode()
    assert f'<a href="{check_url}" class="govuk-back-link">Back to check your answers</a>' in html
    html = client.get(f"{attempt_url}stage/2/?from=check").content.decode()  # read back
    assert f'href="{check_url}" role="button"' in html
    assert "?change=1&amp;from=check" in html
