import pytest
from django.db import IntegrityError
from wagtail.blocks.struct_block import StructBlockValidationError

from courses import services
from courses.models import Answer, Completion, Enrolment
from courses.services import AlreadySubmitted, AssessmentChanged, Learner, LearningError
from courses.signals import module_completed
from tests.courses.conftest import change_the_right_answer, make_module, wrong_answers

pytestmark = pytest.mark.django_db


def finish_lessons(enrolment, module):
    for lesson in module.lessons():
        services.complete_lesson(enrolment, lesson)


def test_enrolling_twice_keeps_one_enrolment_and_the_first_confidence(module, learner):
    first = services.enrol(module, learner, confidence_before=2)
    again = services.enrol(module, learner, confidence_before=5)
    assert first == again
    assert Enrolment.objects.get(module=module, user=learner.user).confidence_before == 2


def test_a_module_that_needs_an_account_refuses_visitors(module):
    with pytest.raises(LearningError, match="sign in"):
        services.enrol(module, Learner(anonymous_key="visitor-key"))


def test_an_open_module_enrols_a_visitor_by_session_key():
    module = make_module("open", account_required=False)
    enrolment = services.enrol(module, Learner(anonymous_key="visitor-key"))
    assert enrolment.user is None
    assert enrolment.anonymous_key == "visitor-key"


def test_the_database_refuses_an_enrolment_with_no_learner(module):
    with pytest.raises(IntegrityError):
        Enrolment.objects.create(module=module)


def test_starting_an_attempt_fixes_a_shuffled_order_and_resumes_it(module, learner):
    enrolment = services.enrol(module, learner)
    attempt = services.start_attempt(enrolment)
    assert set(attempt.option_order) == {q.id for q in module.questions()}
    for question in module.questions():
        expected = {o.id for o in question.options} or {i.id for i in question.items}
        assert set(attempt.option_order[question.id]) == expected
    assert services.start_attempt(enrolment) == attempt  # open attempt is continued


def test_options_are_shuffled_across_attempts(learner):
    module = make_module("shuffle")
    enrolment = services.enrol(module, learner)
    multiple = next(q for q in module.questions() if q.kind == "multiple_choice")
    orders = set()
    for _ in range(30):
        attempt = services.start_attempt(enrolment)
        orders.add(tuple(attempt.option_order[multiple.id]))
        attempt.submitted_at = attempt.started_at
        attempt.save()
    assert len(orders) > 1


def test_a_passing_attempt_is_marked_and_every_answer_recorded(module, learner, right_answers):
    enrolment = services.enrol(module, learner)
    attempt = services.submit_attempt(services.start_attempt(enrolment), right_answers(module))
    assert (attempt.score, attempt.passed) == (100, True)
    assert Answer.objects.filter(attempt=attempt, correct=True).count() == len(module.questions())
    enrolment.refresh_from_db()
    assert enrolment.best_score == 100


def test_a_failing_attempt_records_what_was_wrong(module, learner):
    enrolment = services.enrol(module, learner)
    attempt = services.submit_attempt(services.start_attempt(enrolment), wrong_answers(module))
    assert (attempt.score, attempt.passed) == (0, False)
    assert not Answer.objects.filter(attempt=attempt, correct=True).exists()


def test_partial_classification_counts_towards_the_score(module, learner, right_answers):
    responses = right_answers(module)
    classification = next(q for q in module.questions() if q.kind == "classification")
    first_item = classification.items[0].id
    responses[classification.id] = {**responses[classification.id], first_item: "educational"}
    attempt = services.submit_attempt(services.start_attempt(services.enrol(module, learner)), responses)
    assert attempt.score == 87  # 3.5 of 4 marks, rounded down
    assert attempt.passed is True


def test_an_attempt_cannot_be_submitted_twice(module, learner, right_answers):
    attempt = services.start_attempt(services.enrol(module, learner))
    services.submit_attempt(attempt, wrong_answers(module))
    with pytest.raises(AlreadySubmitted):
        services.submit_attempt(attempt, right_answers(module))
    attempt.refresh_from_db()
    assert attempt.score == 0
    assert attempt.answers.count() == len(module.questions())


def test_an_attempt_at_questions_that_have_since_changed_is_not_marked(module, learner, right_answers):
    attempt = services.start_attempt(services.enrol(module, learner))
    change_the_right_answer(module)
    with pytest.raises(AssessmentChanged):
        services.submit_attempt(attempt, right_answers(module))
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    assert not attempt.answers.exists()


def test_editing_the_modules_text_keeps_an_open_attempt(module, learner, right_answers):
    enrolment = services.enrol(module, learner)
    attempt = services.start_attempt(enrolment)
    module.title = "Sample, with a typo fixed"
    module.save_revision().publish()
    assert services.start_attempt(enrolment) == attempt
    assert services.submit_attempt(attempt, right_answers(module)).passed


def test_feedback_shows_the_questions_as_they_were_marked(module, learner, right_answers):
    attempt = services.submit_attempt(
        services.start_attempt(services.enrol(module, learner)), right_answers(module)
    )
    change_the_right_answer(module)
    true_false = next(item for item in services.feedback(attempt) if item["answer"].kind == "true_false")
    assert true_false["answer"].correct
    chosen = next(row for row in true_false["rows"] if row["chosen"])
    assert chosen["correct"] is True  # today's module says otherwise; the marked revision agrees


def test_the_completion_keeps_the_best_passing_score(module, learner, right_answers):
    enrolment = services.enrol(module, learner)
    finish_lessons(enrolment, module)
    responses = right_answers(module)
    classification = next(q for q in module.questions() if q.kind == "classification")
    responses[classification.id] = {**responses[classification.id], classification.items[0].id: "educational"}
    services.submit_attempt(services.start_attempt(enrolment), responses)
    assert Completion.objects.get(enrolment=enrolment).score == 87
    services.submit_attempt(services.start_attempt(enrolment), right_answers(module))
    assert Completion.objects.get(enrolment=enrolment).score == 100
    services.submit_attempt(services.start_attempt(enrolment), wrong_answers(module))
    assert Completion.objects.get(enrolment=enrolment).score == 100


def test_confidence_after_is_asked_once(module, learner, right_answers):
    enrolment = services.enrol(module, learner)
    finish_lessons(enrolment, module)
    services.submit_attempt(services.start_attempt(enrolment), right_answers(module))
    enrolment.refresh_from_db()
    services.record_confidence_after(enrolment, 4)
    with pytest.raises(LearningError):
        services.record_confidence_after(enrolment, 1)
    enrolment.refresh_from_db()
    assert enrolment.confidence_after == 4


def test_missing_answers_are_refused_without_saving(module, learner, right_answers):
    attempt = services.start_attempt(services.enrol(module, learner))
    responses = right_answers(module)
    responses.popitem()
    with pytest.raises(LearningError, match="Answer every question"):
        services.submit_attempt(attempt, responses)
    assert not attempt.answers.exists()


def test_completion_needs_every_lesson_and_a_pass(
    module, learner, right_answers, django_capture_on_commit_callbacks
):
    received = []
    module_completed.connect(
        lambda sender, completion, **kw: received.append(completion),
        weak=False,
        dispatch_uid="test_completion",
    )
    try:
        enrolment = services.enrol(module, learner)
        services.submit_attempt(services.start_attempt(enrolment), right_answers(module))
        assert not Completion.objects.filter(enrolment=enrolment).exists()  # passed; lesson not done

        with django_capture_on_commit_callbacks(execute=True):
            finish_lessons(enrolment, module)
        completion = Completion.objects.get(enrolment=enrolment)
        assert completion.enrolment == enrolment
        assert completion.score == 100
        assert received == [completion]

        services.submit_attempt(services.start_attempt(enrolment), wrong_answers(module))
        enrolment.refresh_from_db()
        assert enrolment.best_score == 100  # the best result counts
        assert Completion.objects.filter(enrolment=enrolment).count() == 1
    finally:
        module_completed.disconnect(dispatch_uid="test_completion")


def test_a_lesson_from_another_module_is_refused(module, learner):
    other = make_module("other")
    enrolment = services.enrol(module, learner)
    with pytest.raises(LearningError):
        services.complete_lesson(enrolment, other.lessons().first())


def test_confidence_after_needs_a_completed_module(module, learner):
    enrolment = services.enrol(module, learner)
    with pytest.raises(LearningError):
        services.record_confidence_after(enrolment, 4)


def test_a_visitors_learning_moves_to_their_new_account(user, right_answers):
    module = make_module("open", account_required=False)
    visitor = services.enrol(module, Learner(anonymous_key="k"), confidence_before=2)
    finish_lessons(visitor, module)
    services.submit_attempt(services.start_attempt(visitor), right_answers(module))

    assert services.claim_visitor_learning("k", user) == 1
    enrolment = Enrolment.objects.get(module=module)
    assert enrolment.user == user
    assert enrolment.anonymous_key == ""
    assert enrolment.is_complete
    assert enrolment.attempts.get().passed


def test_a_visitors_attempts_join_an_existing_enrolment(user, right_answers):
    module = make_module("open", account_required=False)
    mine = services.enrol(module, Learner(user=user))
    services.submit_attempt(services.start_attempt(mine), wrong_answers(module))
    visitor = services.enrol(module, Learner(anonymous_key="k"))
    finish_lessons(visitor, module)
    services.submit_attempt(services.start_attempt(visitor), right_answers(module))

    services.claim_visitor_learning("k", user)
    mine.refresh_from_db()
    assert Enrolment.objects.filter(module=module).count() == 1
    assert mine.attempts.count() == 2
    assert mine.best_score == 100
    assert mine.is_complete


@pytest.mark.parametrize(
    ("kind", "correct_flags", "message"),
    [
        ("single_choice", [False, False], "Mark exactly one option as correct."),
        ("single_choice", [True, True], "Mark exactly one option as correct."),
        ("multiple_choice", [False, False], "Mark at least one option as correct."),
    ],
)
def test_editors_cannot_publish_a_question_nobody_can_answer_correctly(kind, correct_flags, message):
    from courses.blocks import QuestionStreamBlock

    block = QuestionStreamBlock().child_blocks[kind]
    value = block.to_python(
        {
            "prompt": "?",
            "options": [
                {"text": f"Option {n}", "correct": flag, "feedback": "Why."}
                for n, flag in enumerate(correct_flags)
            ],
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert error.value.block_errors["options"].messages == [message]
