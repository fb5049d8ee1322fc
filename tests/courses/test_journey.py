"""The learner's journey over HTTP: start, lessons, assessment, feedback, completion."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from courses.models import Attempt, Enrolment
from lms.models import Role
from tests.courses.conftest import (
    answer_every_stage,
    change_the_right_answer,
    make_module,
    stage_data,
    take_assessment,
    wrong_answers,
)
from tests.factories import TEST_PASSWORD, UserFactory, with_role

pytestmark = pytest.mark.django_db


def form_data(module, responses):
    return stage_data(module.questions(), responses)


def start_attempt(client, module) -> str:
    response = client.post(f"{module.url}assessment/")
    assert response.status_code == 302
    return response["Location"]


def test_a_practitioner_fails_learns_why_then_passes_and_completes(client, module, user, right_answers):
    client.force_login(user)
    html = client.get(module.url).content.decode()
    assert "Start module" in html

    response = client.post(f"{module.url}confidence/before/", {"rating": "2"})
    lesson = module.lessons().first()
    assert response["Location"] == lesson.url
    assert "Lesson 1 of 1" in client.get(lesson.url).content.decode()
    response = client.post(lesson.url)
    assert response["Location"] == f"{module.url}#assessment"

    attempt_url = start_attempt(client, module)
    response = take_assessment(client, attempt_url, module, wrong_answers(module))
    result_url = response["Location"]
    assert result_url == f"{attempt_url}result/"
    html = client.get(result_url).content.decode()
    assert "You did not pass this time" in html
    assert "Your score: <strong>0%</strong>" in html
    # The failed attempt teaches: the right answer and why, beside what was chosen.
    single = next(q for q in module.questions() if q.kind == "single_choice")
    right = next(o for o in single.options if o.correct)
    assert right.text in html and right.feedback in html
    assert "Your answer" in html and "Right answer" in html

    attempt_url = start_attempt(client, module)
    take_assessment(client, attempt_url, module, right_answers(module))
    html = client.get(f"{attempt_url}result/").content.decode()
    assert "You passed" in html
    assert "How confident are you to recognise and respond to neglect?" in html

    response = client.post(f"{module.url}confidence/after/", {"rating": "4"})
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=user)
    assert (enrolment.confidence_before, enrolment.confidence_after) == (2, 4)
    assert enrolment.is_complete and enrolment.best_score == 100

    html = client.get(reverse("my_learning")).content.decode()
    completed = html[html.index(">Completed<") :]
    assert module.title in completed and "100%" in completed


def test_correct_answers_and_feedback_never_reach_the_browser_before_submission(
    client, module, user, right_answers
):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    attempt_url = start_attempt(client, module)
    pages = [client.get(attempt_url, follow=True).content.decode()]
    check_url = answer_every_stage(client, attempt_url, module, right_answers(module))
    pages += [client.get(f"{attempt_url}stage/1/").content.decode(), client.get(check_url).content.decode()]
    html = "".join(pages)
    for question in module.questions():
        assert question.prompt in html
        for option in question.options:
            assert option.feedback not in html
        for item in question.items:
            assert item.observation in html
            assert item.feedback not in html
    assert not re.search(r"correct|right answer", html, re.I)
    # Options carry only their ids; nothing orders or marks them by correctness.
    assert "true_feedback" not in html and "data-correct" not in html


def test_missing_answers_re_render_with_errors_and_keep_the_choices(client, module, user, right_answers):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    attempt_url = start_attempt(client, module)
    data = form_data(module, right_answers(module))
    single = next(q for q in module.questions() if q.kind == "single_choice")
    true_false = next(q for q in module.questions() if q.kind == "true_false")
    del data[f"q-{true_false.id}"]
    response = client.post(f"{attempt_url}stage/1/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Question 3: choose an answer" in html
    assert f'value="{data[f"q-{single.id}"]}" checked' in html
    attempt = Attempt.objects.get(enrolment__user=user)
    assert attempt.submitted_at is None and attempt.draft == {}


def test_a_tampered_option_id_is_refused(client, module, user, right_answers):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    attempt_url = start_attempt(client, module)
    data = form_data(module, right_answers(module))
    single = next(q for q in module.questions() if q.kind == "single_choice")
    data[f"q-{single.id}"] = "not-an-option"
    response = client.post(f"{attempt_url}stage/1/", data)
    assert response.status_code == 200
    assert "Question 1: choose one of the answers shown" in response.content.decode()
    attempt = Attempt.objects.get(enrolment__user=user)
    assert attempt.draft == {} and not attempt.answers.exists()


def test_resubmitting_an_attempt_shows_the_first_result(client, module, user, right_answers):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    attempt_url = start_attempt(client, module)
    take_assessment(client, attempt_url, module, wrong_answers(module))
    # A second tab still open on the stage and on the check page: neither changes the score.
    response = client.post(f"{attempt_url}stage/1/", form_data(module, right_answers(module)), follow=True)
    assert "You did not pass this time" in response.content.decode()
    response = client.post(f"{attempt_url}check/", follow=True)
    html = response.content.decode()
    assert "You did not pass this time" in html and "already submitted" in html
    assert Attempt.objects.get(enrolment__user=user).score == 0


def test_a_stale_form_after_the_module_changed_starts_afresh(client, module, user, right_answers):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    attempt_url = start_attempt(client, module)
    stale_form = form_data(module, right_answers(module))
    change_the_right_answer(module)
    response = client.post(f"{attempt_url}stage/1/", stale_form, follow=True)
    html = response.content.decode()
    assert "updated after you started" in html
    assert Attempt.objects.filter(enrolment__user=user).count() == 2
    assert not Attempt.objects.filter(enrolment__user=user, submitted_at__isnull=False).exists()


def test_one_learner_cannot_see_anothers_attempt_or_result(client, module, user, right_answers):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    attempt_url = start_attempt(client, module)
    take_assessment(client, attempt_url, module, right_answers(module))

    client.force_login(UserFactory())
    for url in [attempt_url, f"{attempt_url}stage/1/", f"{attempt_url}check/", f"{attempt_url}result/"]:
        assert client.get(url).status_code == 404
    assert client.post(f"{attempt_url}stage/1/", form_data(module, wrong_answers(module))).status_code == 404
    assert client.post(f"{attempt_url}check/").status_code == 404


def test_a_module_that_needs_an_account_sends_visitors_to_sign_in(client, module):
    for url in [f"{module.url}confidence/before/", module.lessons().first().url, f"{module.url}assessment/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/account/login/")


def test_a_visitor_takes_an_open_module_then_keeps_the_result_by_signing_up(client, right_answers):
    module = make_module("open-to-all", account_required=False)
    assert "No account needed" in client.get("/learning/").content.decode()
    client.post(f"{module.url}confidence/before/", {"rating": "2"})
    client.post(module.lessons().first().url)
    attempt_url = start_attempt(client, module)
    take_assessment(client, attempt_url, module, right_answers(module))
    html = client.get(f"{attempt_url}result/").content.decode()
    assert "You passed" in html
    assert "Keep your result" in html
    assert Enrolment.objects.get(module=module).user is None

    response = client.post(reverse("keep_result", args=["sign-up"]))
    assert response["Location"] == reverse("account_signup")
    client.post(
        reverse("account_signup"),
        {
            "full_name": "Vic Visitor",
            "email": "vic@example.org",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
        },
    )
    assert Enrolment.objects.get(module=module).user is None  # not until the email is confirmed
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/\S+/)", mail.outbox[0].body).group(1)
    client.post(link)
    enrolment = Enrolment.objects.get(module=module)
    assert enrolment.user.email == "vic@example.org"
    assert enrolment.is_complete
    html = client.get(reverse("my_learning")).content.decode()
    assert module.title in html[html.index(">Completed<") :]


def test_signing_in_on_a_shared_computer_does_not_take_a_visitors_learning(client, right_answers):
    """Only a visitor who asked to keep their result has it moved to the account they sign into."""
    module = make_module("open-shared", account_required=False)
    client.post(f"{module.url}confidence/before/", {"rating": "2"})
    client.post(module.lessons().first().url)
    user = UserFactory(email="next.person@example.org")
    client.post(reverse("account_login"), {"login": user.email, "password": TEST_PASSWORD})
    assert Enrolment.objects.get(module=module).user is None
    assert not Enrolment.objects.filter(user=user).exists()


def test_editors_preview_the_assessment_as_a_learner_sees_it(module):
    from django.test import RequestFactory

    request = RequestFactory().get(module.url)
    request.user = with_role(Role.EDITOR)
    response = module.make_preview_request(original_request=request, preview_mode="assessment")
    html = response.render().content.decode() if hasattr(response, "render") else response.content.decode()
    assert response.status_code == 200
    assert "Preview: this is what learners see" in html
    question = module.questions()[0]
    assert question.prompt in html
    assert question.options[0].feedback not in html


def test_editors_can_open_a_module_and_its_vignettes_in_the_page_editor(client, module):
    client.force_login(with_role(Role.EDITOR))
    response = client.get(f"/admin/pages/{module.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Case vignette" in html
    assert module.vignettes()[0].title in html
    assert client.get(f"/admin/pages/add/courses/lessonpage/{module.pk}/").status_code == 200


def test_options_are_shown_in_the_attempts_shuffled_order(client, module, user):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    attempt_url = start_attempt(client, module)
    attempt = Attempt.objects.get(enrolment__user=user)
    multiple = next(q for q in module.questions() if q.kind == "multiple_choice")
    attempt.option_order[multiple.id] = list(reversed(attempt.option_order[multiple.id]))
    attempt.save()
    html = client.get(attempt_url, follow=True).content.decode()
    shown = re.findall(rf'name="q-{multiple.id}" type="checkbox" value="([^"]+)"', html)
    assert shown == attempt.option_order[multiple.id]


def test_the_error_summary_links_to_the_first_radio_of_an_unanswered_question(client, module, user):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    html = client.post(f"{start_attempt(client, module)}stage/1/", {}).content.decode()
    single = next(q for q in module.questions() if q.kind == "single_choice")
    assert f'<a href="#id_q-{single.id}_0">Question 1: choose an answer</a>' in html
    assert f'id="id_q-{single.id}_0"' in html


def test_lessons_of_an_unpublished_module_are_not_found(client, module, user):
    client.force_login(user)
    client.post(f"{module.url}confidence/before/", {"rating": "3"})
    lesson = module.lessons().first()
    module.unpublish()
    assert client.get(lesson.url).status_code == 404
    assert client.post(lesson.url).status_code == 404


def test_previewing_a_module_before_it_is_first_saved_works():
    from django.test import RequestFactory

    from courses.models import LearningIndexPage, ModulePage

    request = RequestFactory().get("/")
    request.user = with_role(Role.EDITOR)
    index = LearningIndexPage.objects.get()
    unsaved = ModulePage(title="Draft module", slug="draft-module", intro="Not saved yet.")
    unsaved.depth = index.depth + 1  # as Wagtail's preview-on-create places it
    unsaved.path = index.get_last_child()._inc_path()
    unsaved.set_url_path(index)
    response = unsaved.make_preview_request(original_request=request)
    assert response.status_code == 200
    assert "Draft module" in response.render().content.decode()
