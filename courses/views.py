"""Thin views: each parses input, calls courses.services and renders. Routed from the pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from courses import assessment as assessment_data
from courses import services
from courses.blocks import HorwathCategory
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
    lessons = module.lesson_list()
    done = services.completed_lesson_ids(enrolment)
    # One query for both: an open attempt is the newest, as starting again continues it.
    recent = list(enrolment.attempts.all()[:6]) if enrolment else []
    attempts = [attempt for attempt in recent if attempt.is_submitted][:5]
    in_progress = any(attempt.draft for attempt in recent if not attempt.is_submitted)
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
            "attempt_in_progress": in_progress,
            **module.assessment_summary(previewing=previewing),
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
    module = lesson.get_parent().specific  # cached on the lesson by routing
    # Its lessons without their StreamFields: only titles and addresses are shown.
    if preview:
        lessons = list(LessonPage.objects.child_of(module).defer_streamfields())
    else:
        lessons = module.lesson_list()
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
    enrolment = services.enrolment_for(module, learner, lesson=lesson) if learner.known else None
    if enrolment is None:
        return redirect(module.url + module.reverse_subpage("confidence", args=["before"]))
    if request.method == "POST":
        services.complete_lesson(enrolment, lesson)
        return redirect(_next_step_url(module, enrolment))
    context["done"] = enrolment.lesson_done
    return TemplateResponse(request, "courses/lesson_page.html", context)


def start_attempt(request, module: ModulePage):
    if response := _needs_sign_in(request, module):
        return response
    enrolment = services.enrolment_for(module, Learner.from_request(request))
    if request.method != "POST" or enrolment is None:
        return redirect(module.url)
    try:
        attempt = services.start_attempt(enrolment)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(module.url + "#assessment")
    return redirect(_attempt_url(module, attempt))


def _attempt_url(module, attempt, result=False):
    return module.url + module.reverse_subpage("result" if result else "attempt", args=[attempt.pk])


def _step_url(module, attempt, step, change=False):
    url = module.url + module.reverse_subpage("stage", args=[attempt.pk, step.number])
    return url + "?change=1" if change else url


def _check_url(module, attempt):
    return module.url + module.reverse_subpage("check_answers", args=[attempt.pk])


class AttemptNotFound(Exception):
    """Not this learner's attempt, or a visitor whose session has ended."""


def _learners_attempt(request, module, attempt_id) -> Attempt:
    """Only the learner who owns an attempt can see it. A signed-in learner gets a 404 for
    anyone else's; a visitor gets AttemptNotFound, as their session may simply have ended."""
    learner = Learner.from_request(request)
    attempt = (
        Attempt.objects.filter(
            pk=attempt_id, enrolment__module=module, enrolment__in=Enrolment.objects.for_learner(learner)
        )
        .select_related("enrolment")
        .first()
    )
    if attempt is None:
        if request.user.is_authenticated:
            raise Http404
        raise AttemptNotFound
    return attempt


def _session_ended(request, module):
    messages.error(
        request,
        "We could not find your answers. Without an account they are kept only while your browser "
        "session lasts, on the device you started on. Start the assessment again.",
    )
    return redirect(module.url + "#assessment")


def _attempt_view(view):
    """Shared by the attempt's pages: sign-in where the module needs it; the learner's own
    attempt or a clear way back; submitted attempts show their result; an attempt whose
    questions an editor has since changed moves to a new one, keeping the unchanged answers."""

    def wrapped(request, module: ModulePage, attempt_id: int, *args):
        if response := _needs_sign_in(request, module):
            return response
        try:
            attempt = _learners_attempt(request, module, attempt_id)
        except AttemptNotFound:
            return _session_ended(request, module)
        if attempt.is_submitted:
            if request.method == "POST":
                messages.info(request, "You have already submitted this attempt. Here is your result.")
            return redirect(_attempt_url(module, attempt, result=True))
        questions = module.questions()
        if not services.is_current(attempt, questions):
            return _restart(request, module, attempt)
        steps = assessment_data.steps(module.vignettes())
        saved = services.draft_responses(attempt, questions)
        try:
            return view(request, module, attempt, steps, saved, *args)
        except services.AlreadySubmitted as error:
            messages.info(request, str(error))
            return redirect(_attempt_url(module, attempt, result=True))
        except services.AssessmentChanged:
            return _restart(request, module, attempt)

    return wrapped


def _restart(request, module, attempt):
    try:
        fresh = services.start_attempt(attempt.enrolment, carry_from=attempt)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(module.url + "#assessment")
    messages.info(
        request,
        "The assessment was updated after you started. We kept your answers to the questions that "
        "did not change. Please answer the rest.",
    )
    return redirect(_attempt_url(module, fresh))


def _resume_url(module, attempt, steps, saved):
    step = services.resume_at(steps, saved)
    return _step_url(module, attempt, step) if step else _check_url(module, attempt)


@_attempt_view
def attempt(request, module, attempt, steps, saved):
    """The attempt's own address resumes it: the first stage not answered, else the check page."""
    return redirect(_resume_url(module, attempt, steps, saved))


@_attempt_view
def stage(request, module, attempt, steps, saved, number):
    if not 1 <= number <= len(steps):
        raise Http404
    step = steps[number - 1]
    if not services.may_see(step, steps, saved):
        return redirect(_resume_url(module, attempt, steps, saved))
    from_check = request.GET.get("from") == "check" or request.POST.get("from") == "check"
    answered = services.is_answered(step, saved)
    editing = request.method == "POST" or not answered or request.GET.get("change")
    context = {
        "attempt": attempt,
        "step": step,
        "steps": steps,
        "from_check": from_check,
        "minutes_left": _minutes_left(steps, step),
    }
    if not editing:
        context["answers"] = _answers(step.questions, saved, attempt)
        last = number == len(steps)
        context["next_url"] = (
            _check_url(module, attempt) if from_check or last else _step_url(module, attempt, steps[number])
        )
        return _render(request, module, "courses/attempt_stage_answered.html", context)
    form = AttemptForm(
        request.POST if request.method == "POST" else None,
        questions=step.questions,
        option_order=attempt.option_order,
        numbers=_numbers(steps),
        saved=saved,
    )
    if request.method == "POST" and form.is_valid():
        services.save_stage(attempt, step, form.responses())
        if from_check or number == len(steps):
            return redirect(_check_url(module, attempt))
        return redirect(_step_url(module, attempt, steps[number]))
    context["form"] = form
    context["earlier"] = [
        {"stage": earlier, "answers": _answers(earlier.questions, saved, attempt)} for earlier in step.earlier
    ]
    return _render(request, module, "courses/attempt_stage.html", context)


@_attempt_view
def check(request, module, attempt, steps, saved):
    if services.resume_at(steps, saved) is not None:
        messages.info(request, "Answer every question before you check your answers.")
        return redirect(_resume_url(module, attempt, steps, saved))
    if request.method == "POST":
        try:
            services.submit_attempt(attempt)
        except services.AlreadySubmitted as error:
            messages.info(request, str(error))
        except services.AssessmentChanged:
            return _restart(request, module, attempt)
        except LearningError as error:
            messages.error(request, str(error))
            return redirect(module.url + "#assessment")
        return redirect(_attempt_url(module, attempt, result=True))
    sections = [
        {
            "step": step,
            "answers": _answers(step.questions, saved, attempt),
            "change_url": _step_url(module, attempt, step, change=True) + "&from=check",
        }
        for step in steps
    ]
    return _render(request, module, "courses/attempt_check.html", {"attempt": attempt, "sections": sections})


def _numbers(steps) -> dict:
    """Each question's number in the whole assessment."""
    questions = [question for step in steps for question in step.questions]
    return {question.id: number for number, question in enumerate(questions, start=1)}


def _minutes_left(steps, step) -> int:
    """The estimate for the stages from this one on."""
    return assessment_data.estimated_minutes([later.stage for later in steps[step.number - 1 :]])


def _answers(questions, saved, attempt) -> list[dict]:
    """What the learner answered, as they read it, in the order they saw it. Nothing about which
    answers are right: that appears only after submission."""
    rows = []
    for question in questions:
        response = saved.get(question.id)
        order = attempt.option_order.get(question.id, [])
        if question.kind == "classification":
            items = sorted(question.items, key=lambda i: order.index(i.id) if i.id in order else 0)
            labels = dict(HorwathCategory.choices)
            chosen = response or {}
            texts = [f"{labels.get(chosen.get(item.id), 'No answer')}: {item.observation}" for item in items]
        else:
            chosen = set(response) if isinstance(response, list) else {response}
            options = sorted(question.options, key=lambda o: order.index(o.id) if o.id in order else 0)
            texts = [option.text for option in options if option.id in chosen]
        rows.append({"question": question, "texts": texts})
    return rows


def preview_assessment(request, module: ModulePage):
    form = AttemptForm(questions=module.questions(), option_order={})
    return _render(
        request,
        module,
        "courses/assessment_preview.html",
        {
            "form": form,
            "preview": True,
            "vignettes": module.vignettes(),
        },
    )


def result(request, module: ModulePage, attempt_id: int):
    if response := _needs_sign_in(request, module):
        return response
    try:
        attempt = _learners_attempt(request, module, attempt_id)
    except AttemptNotFound:
        return _session_ended(request, module)
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
            "answers_summary": answers_summary(feedback),
            "confidence_form": ConfidenceForm() if services.may_rate_confidence_after(enrolment) else None,
            "claim_offer": enrolment.user_id is None,
        },
    )


def answers_summary(feedback) -> str:
    total = len(feedback)
    right = sum(1 for item in feedback if item["answer"].correct)
    partly = sum(1 for item in feedback if not item["answer"].correct and item["answer"].marks > 0)
    questions = f"question{'s' if total != 1 else ''}"
    if right == total:
        text = f"You answered all {total} {questions} fully right." if total > 1 else "You answered it right."
    elif right == 0:
        text = f"You did not answer any of the {total} {questions} fully right."
    else:
        text = f"You answered {right} of {total} {questions} fully right."
    if partly:
        text += f" {partly} {'was' if partly == 1 else 'were'} partly right."
    return text


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
