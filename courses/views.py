"""Thin views: each parses input, calls courses.services and renders. Routed from the pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from courses import services
from courses.forms import AttemptForm, ConfidenceForm
from courses.models import Attempt, Enrolment, LessonPage, ModulePage
from courses.services import Learner, LearningError


def _needs_sign_in(request, module: ModulePage):
    if module.account_required and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def _render(request, module, template, context):
    return TemplateResponse(request, template, {**module.get_context(request), **context})


def module_page(request, module: ModulePage):
    learner = Learner.from_request(request)
    previewing = getattr(request, "is_preview", False) or module.pk is None
    enrolment = services.enrolment_for(module, learner) if learner.known and not previewing else None
    lessons = list(module.lessons())
    done = services.completed_lesson_ids(enrolment)
    attempts = list(enrolment.attempts.filter(submitted_at__isnull=False)[:5]) if enrolment else []
    return _render(
        request,
        module,
        "courses/module_page.html",
        {
            "enrolment": enrolment,
            "lessons": lessons,
            "done": done,
            "next_lesson": services.next_lesson(module, enrolment, lessons, done) if enrolment else None,
            "attempts": attempts,
            "question_count": len(module.questions()),
        },
    )


def confidence(request, module: ModulePage, when: str):
    if when not in ("before", "after"):
        raise Http404
    if response := _needs_sign_in(request, module):
        return response
    learner = Learner.from_request(request, create=request.method == "POST")
    enrolment = services.enrolment_for(module, learner) if learner.known else None
    if when == "after" and not services.may_rate_confidence_after(enrolment):
        return redirect(module.url)
    if when == "before" and enrolment:
        return redirect(_next_step_url(module, enrolment))
    form = ConfidenceForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        rating = form.cleaned_data["rating"]
        try:
            if when == "before":
                enrolment = services.enrol(module, learner, confidence_before=rating)
                return redirect(_next_step_url(module, enrolment))
            services.record_confidence_after(enrolment, rating)
        except LearningError as error:
            messages.error(request, str(error))
            return redirect(module.url)
        messages.success(
            request, "Thank you. Your answer helps the partnership see what the training changes."
        )
        return redirect(module.url)
    return _render(request, module, "courses/confidence.html", {"form": form, "when": when})


def _next_step_url(module: ModulePage, enrolment: Enrolment) -> str:
    lesson = services.next_lesson(module, enrolment)
    if lesson:
        return lesson.url
    return module.url + "#assessment"


def lesson(request, lesson: LessonPage, preview: bool = False):
    module = lesson.get_parent().specific
    lessons = list(module.lessons()) if not preview else list(LessonPage.objects.child_of(module))
    position = next((i for i, item in enumerate(lessons) if item.id == lesson.id), 0)
    context = {
        "page": lesson,
        "self": lesson,
        "module": module,
        "preview": preview,
        "position": position + 1,
        "lesson_count": len(lessons),
        "previous_lesson": lessons[position - 1] if position > 0 else None,
    }
    if preview:
        return TemplateResponse(request, "courses/lesson_page.html", context)
    if not module.live:
        raise Http404
    if response := _needs_sign_in(request, module):
        return response
    learner = Learner.from_request(request)
    enrolment = services.enrolment_for(module, learner) if learner.known else None
    if enrolment is None:
        return redirect(module.url + module.reverse_subpage("confidence", args=["before"]))
    if request.method == "POST":
        services.complete_lesson(enrolment, lesson)
        return redirect(_next_step_url(module, enrolment))
    context["done"] = lesson.id in services.completed_lesson_ids(enrolment)
    return TemplateResponse(request, "courses/lesson_page.html", context)


def start_attempt(request, module: ModulePage):
    if response := _needs_sign_in(request, module):
        return response
    enrolment = services.enrolment_for(module, Learner.from_request(request))
    if request.method != "POST" or enrolment is None:
        return redirect(module.url)
    attempt = services.start_attempt(enrolment)
    return redirect(_attempt_url(module, attempt))


def _attempt_url(module, attempt, result=False):
    return module.url + module.reverse_subpage("result" if result else "attempt", args=[attempt.pk])


def _learners_attempt(request, module, attempt_id) -> Attempt:
    """Only the learner who owns an attempt can see it; anyone else gets a 404."""
    learner = Learner.from_request(request)
    attempt = (
        Attempt.objects.filter(
            pk=attempt_id, enrolment__module=module, enrolment__in=Enrolment.objects.for_learner(learner)
        )
        .select_related("enrolment")
        .first()
    )
    if attempt is None:
        raise Http404
    return attempt


def attempt(request, module: ModulePage, attempt_id: int):
    if response := _needs_sign_in(request, module):
        return response
    attempt = _learners_attempt(request, module, attempt_id)
    if attempt.is_submitted:
        return redirect(_attempt_url(module, attempt, result=True))
    questions = module.questions()
    if not services.is_current(attempt, questions):
        messages.info(
            request, "The assessment has been updated since you started it. Here are the current questions."
        )
        return redirect(_attempt_url(module, services.start_attempt(attempt.enrolment)))
    form = AttemptForm(
        request.POST if request.method == "POST" else None,
        questions=questions,
        option_order=attempt.option_order,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_attempt(attempt, form.responses())
        except services.AlreadySubmitted as error:
            messages.info(request, str(error))
        except services.AssessmentChanged as error:
            messages.error(request, str(error))
            return redirect(_attempt_url(module, services.start_attempt(attempt.enrolment)))
        return redirect(_attempt_url(module, attempt, result=True))
    return _render(
        request,
        module,
        "courses/attempt.html",
        {
            "form": form,
            "attempt": attempt,
            "vignettes": _with_fields(module.vignettes(), form),
        },
    )


def _with_fields(vignettes, form):
    """Pair each question with its bound form fields, in the attempt's order."""
    from courses.forms import field_name

    for vignette in vignettes:
        for stage in vignette.stages:
            stage.rows = []
            for question in stage.questions:
                if question.kind == "classification":
                    order = [name for name in form.fields if name.startswith(field_name(question) + "-")]
                    stage.rows.append((question, [form[name] for name in order]))
                else:
                    stage.rows.append((question, [form[field_name(question)]]))
    return vignettes


def preview_assessment(request, module: ModulePage):
    form = AttemptForm(questions=module.questions(), option_order={})
    return _render(
        request,
        module,
        "courses/attempt.html",
        {
            "form": form,
            "preview": True,
            "vignettes": _with_fields(module.vignettes(), form),
        },
    )


def result(request, module: ModulePage, attempt_id: int):
    if response := _needs_sign_in(request, module):
        return response
    attempt = _learners_attempt(request, module, attempt_id)
    if not attempt.is_submitted:
        return redirect(_attempt_url(module, attempt))
    feedback = services.feedback(attempt)
    enrolment = attempt.enrolment
    return _render(
        request,
        module,
        "courses/result.html",
        {
            "attempt": attempt,
            "enrolment": enrolment,
            "feedback": feedback,
            "wrong_count": sum(1 for item in feedback if not item["answer"].correct),
            "confidence_form": ConfidenceForm() if services.may_rate_confidence_after(enrolment) else None,
            "claim_offer": enrolment.user_id is None,
        },
    )


@login_required
def my_learning(request):
    from certificates import accreditation
    from certificates.services import for_holder

    context = services.learning_record(request.user)
    context["certificates"] = for_holder(request.user)
    context["accreditations"] = accreditation.for_holder(request.user)
    return TemplateResponse(request, "courses/my_learning.html", context)


def keep_result(request, action: str):
    """The visitor asked to keep what they did: claim it when they next sign in (which happens
    straight after confirming a new account's email). Asking first means the next person to
    sign in on a shared computer does not inherit someone else's learning."""
    if action not in ("sign-up", "sign-in"):
        raise Http404
    if request.method == "POST" and request.session.get(services.ANONYMOUS_KEY):
        request.session[services.CLAIM_REQUESTED] = True
    return redirect("account_signup" if action == "sign-up" else "account_login")


def enrolments_for_index(request, modules) -> dict:
    """The visitor's enrolments on the learning index (LearningIndexPage.get_context), by module."""
    return services.enrolments_by_module(services.Learner.from_request(request), modules)
