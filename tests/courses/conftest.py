import copy

import pytest

from courses.demo import correct_responses
from courses.models import LearningIndexPage
from courses.services import Learner
from tests.courses.sample_module import MODULE as SAMPLE
from tests.factories import UserFactory, module_from_content


def make_module(slug="sample", **overrides):
    data = copy.deepcopy(SAMPLE)
    data.update(slug=slug, title=f"Sample {slug}", **overrides)
    return module_from_content(LearningIndexPage.objects.get(), data)


@pytest.fixture
def module(db):
    """A module with one lesson and a four-question vignette, one question of each kind."""
    return make_module()


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def learner(user):
    return Learner(user=user)


@pytest.fixture
def right_answers():
    return correct_responses


def wrong_answers(module):
    """Every answer wrong: the other option, the wrong set, every observation misfiled."""
    responses = {}
    for question in module.questions():
        if question.kind == "classification":
            responses[question.id] = {item.id: "educational" for item in question.items}
        elif question.kind == "multiple_choice":
            responses[question.id] = [o.id for o in question.options]
        else:
            responses[question.id] = next(o.id for o in question.options if not o.correct)
    return responses


def change_the_right_answer(module):
    """Publish a revision where the true/false statement's answer is flipped."""
    raw = module.assessment.raw_data
    for question in raw[0]["value"]["stages"][0]["value"]["questions"]:
        if question["type"] == "true_false":
            question["value"]["answer"] = "true" if question["value"]["answer"] == "false" else "false"
    module.assessment = raw
    module.save_revision().publish()
    module.refresh_from_db()


def stage_data(questions, responses) -> dict:
    """The form data a learner posts for these questions."""
    data = {}
    for question in questions:
        answer = responses[question.id]
        if question.kind == "classification":
            for item_id, category in answer.items():
                data[f"q-{question.id}-{item_id}"] = category
        else:
            data[f"q-{question.id}"] = answer
    return data


def answer_every_stage(client, attempt_url, module, responses) -> str:
    """Post each stage's answers in turn, as "Save and continue" does; returns the check page."""
    from courses.assessment import steps

    for step in steps(module.vignettes()):
        response = client.post(f"{attempt_url}stage/{step.number}/", stage_data(step.questions, responses))
        assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"] == f"{attempt_url}check/"
    return response["Location"]


def take_assessment(client, attempt_url, module, responses):
    """Answer every stage, then submit from the check page; returns the submission's response."""
    return client.post(answer_every_stage(client, attempt_url, module, responses))
