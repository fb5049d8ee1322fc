"""The learning rules: enrol, complete lessons, attempt the assessment, complete the module."""

import random
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from courses import scoring
from courses.assessment import Question, Step, fingerprint, question_fingerprint
from courses.models import Answer, Attempt, Completion, Enrolment, LessonCompletion, LessonPage, ModulePage
from courses.signals import module_completed

ANONYMOUS_KEY = "learner_key"
CLAIM_REQUESTED = "keep_learning"


class LearningError(Exception):
    """A problem the learner can fix; the message is shown to them."""


class AlreadySubmitted(LearningError):
    pass


class AssessmentChanged(LearningError):
    pass


class NoQuestions(LearningError):
    message = "This module's assessment is not ready yet. Please try again later."


@dataclass(frozen=True)
class Learner:
    """Who is learning: a signed-in user, or a visitor known by a key in their session."""

    user: object = None
    anonymous_key: str = ""

    @classmethod
    def from_request(cls, request, create: bool = False) -> "Learner":
        if request.user.is_authenticated:
            return cls(user=request.user)
        key = request.session.get(ANONYMOUS_KEY, "")
        if not key and create:
            key = request.session[ANONYMOUS_KEY] = secrets.token_urlsafe(32)
        return cls(anonymous_key=key)

    @property
    def known(self) -> bool:
        return self.user is not None or bool(self.anonymous_key)


def enrolment_for(module: ModulePage, learner: Learner, lesson: LessonPage | None = None) -> Enrolment | None:
    """The learner's enrolment on the module; given a lesson, with `lesson_done` (whether they
    have completed it) read in the same query."""
    enrolments = Enrolment.objects.for_learner(learner).filter(module=module)
    if lesson is not None:
        done = LessonCompletion.objects.filter(enrolment=OuterRef("pk"), lesson=lesson)
        enrolments = enrolments.annotate(lesson_done=Exists(done))
    return enrolments.first()


def enrolments_by_module(learner: Learner, modules) -> dict[int, Enrolment]:
    if not learner.known:
        return {}
    enrolments = Enrolment.objects.for_learner(learner).filter(module__in=modules)
    return {enrolment.module_id: enrolment for enrolment in enrolments}


def enrol(module: ModulePage, learner: Learner, confidence_before: int | None = None) -> Enrolment:
    if not learner.known:
        raise LearningError("Sign in, or allow cookies, to start this module.")
    if module.account_required and learner.user is None:
        raise LearningError("You need to sign in to take this module.")
    identity = (
        {"user": learner.user} if learner.user else {"user": None, "anonymous_key": learner.anonymous_key}
    )
    enrolment, _ = Enrolment.objects.get_or_create(module=module, **identity)
    if confidence_before and enrolment.confidence_before is None:
        enrolment.confidence_before = confidence_before
        enrolment.save(update_fields=["confidence_before"])
    return enrolment


def may_rate_confidence_after(enrolment: Enrolment | None) -> bool:
    return enrolment is not None and enrolment.is_complete and enrolment.confidence_after is None


def record_confidence_after(enrolment: Enrolment, rating: int) -> None:
    """Asked once, after passing: the answer is evidence of impact, so it is not rewritten."""
    if not may_rate_confidence_after(enrolment):
        raise LearningError("You can rate your confidence once, after you complete the module.")
    enrolment.confidence_after = rating
    enrolment.save(update_fields=["confidence_after"])


@transaction.atomic
def complete_lesson(enrolment: Enrolment, lesson: LessonPage) -> None:
    if lesson.get_parent().id != enrolment.module_id:
        raise LearningError("That lesson belongs to another module.")
    LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    _complete_if_done(enrolment)


def completed_lesson_ids(enrolment: Enrolment | None) -> set[int]:
    if enrolment is None:
        return set()
    return set(enrolment.lesson_completions.values_list("lesson_id", flat=True))


def next_lesson(
    module: ModulePage, enrolment: Enrolment | None, lessons=None, done=None
) -> LessonPage | None:
    done = completed_lesson_ids(enrolment) if done is None else done
    return next((lesson for lesson in (lessons or module.lessons()) if lesson.id not in done), None)


def is_current(attempt: Attempt, questions: list[Question] | None = None) -> bool:
    """Whether the questions an attempt was started against are still the ones being marked."""
    questions = attempt.enrolment.module.questions() if questions is None else questions
    return attempt.fingerprint == fingerprint(questions)


@transaction.atomic
def start_attempt(enrolment: Enrolment, carry_from: Attempt | None = None) -> Attempt:
    """Continue the open attempt at the current questions, or start one with options shuffled.
    `carry_from`, an attempt at questions since changed, passes on its saved answers to the
    questions that did not change."""
    module = enrolment.module
    questions = module.questions()
    if not questions:
        raise NoQuestions(NoQuestions.message)
    current = fingerprint(questions)
    open_attempt = enrolment.attempts.filter(submitted_at__isnull=True, fingerprint=current).first()
    if open_attempt:
        return open_attempt
    order = {}
    for question in questions:
        ids = [o.id for o in question.options] or [i.id for i in question.items]
        if question.kind != "true_false":
            random.shuffle(ids)
        order[question.id] = ids
    draft = {}
    if carry_from is not None:
        kept = draft_responses(carry_from, questions)
        draft = {qid: saved for qid, saved in carry_from.draft.items() if qid in kept}
    return Attempt.objects.create(
        enrolment=enrolment,
        revision_id=module.live_revision_id,
        fingerprint=current,
        option_order=order,
        draft=draft,
    )


# Drafts: an attempt's answers, saved one stage at a time until the learner submits. ----------


def draft_responses(attempt: Attempt, questions: list[Question]) -> dict:
    """The saved answers that still answer these questions (kept by question id, each with the
    shape of the question it answered, so a changed question drops its answer)."""
    shapes = {question.id: question_fingerprint(question) for question in questions}
    return {
        question_id: saved["response"]
        for question_id, saved in attempt.draft.items()
        if isinstance(saved, dict) and "response" in saved and shapes.get(question_id) == saved.get("shape")
    }


def is_answered(step: Step, responses: dict) -> bool:
    return all(question.id in responses for question in step.questions)


def resume_at(steps: list[Step], responses: dict) -> Step | None:
    """The first stage not yet answered; None when every stage is (time to check and submit)."""
    return next((step for step in steps if not is_answered(step, responses)), None)


def may_see(step: Step, steps: list[Step], responses: dict) -> bool:
    """A stage's narrative is shown only once every stage before it is answered: later stages
    tell what happened next, which would give the earlier answers away."""
    return all(is_answered(earlier, responses) for earlier in steps[: step.number - 1])


def _locked_open_attempt(attempt: Attempt) -> tuple[Attempt, list[Question]]:
    attempt = (
        Attempt.objects.select_for_update(of=("self",)).select_related("enrolment__module").get(pk=attempt.pk)
    )
    if attempt.is_submitted:
        raise AlreadySubmitted("You have already submitted this attempt. Here is your result.")
    questions = attempt.enrolment.module.questions()
    if not is_current(attempt, questions):
        raise AssessmentChanged(
            "The assessment was updated after you started. We kept your answers to the questions "
            "that did not change. Please answer the rest."
        )
    return attempt, questions


@transaction.atomic
def save_stage(attempt: Attempt, step: Step, responses: dict) -> Attempt:
    """Keep one stage's answers on the attempt (the form has checked each is one of the choices
    offered). Saving again replaces them: learners may change answers until they submit."""
    attempt, _questions = _locked_open_attempt(attempt)
    draft = dict(attempt.draft)
    for question in step.questions:
        draft[question.id] = {"response": responses[question.id], "shape": question_fingerprint(question)}
    attempt.draft = draft
    attempt.save(update_fields=["draft"])
    return attempt


def submit_attempt(attempt: Attempt, responses: dict | None = None) -> Attempt:
    """Mark an attempt once. `responses` maps question id to the option id (single choice,
    true/false), a list of option ids (select all) or {item id: category} (classification);
    the form has already checked every answer is one of the choices offered. Without
    `responses`, the answers saved in the attempt's draft are marked."""
    with transaction.atomic():
        attempt, questions = _locked_open_attempt(attempt)
        module = attempt.enrolment.module
        if not questions:  # nothing to mark: never record a score for questions that do not exist
            raise NoQuestions(NoQuestions.message)
        if responses is None:
            responses = draft_responses(attempt, questions)
        missing = [q.id for q in questions if q.id not in responses]
        if missing:
            raise LearningError("Answer every question before you submit.")
        marks = [scoring.mark(question, responses[question.id]) for question in questions]
        Answer.objects.bulk_create(
            Answer(
                attempt=attempt,
                question_id=m.question.id,
                kind=m.question.kind,
                prompt=m.question.prompt,
                vignette_title=m.question.vignette_title,
                response=m.response,
                marks=Decimal(m.marks.numerator) / Decimal(m.marks.denominator),
                correct=m.correct,
            )
            for m in marks
        )
        share = scoring.score(marks)
        attempt.score = scoring.percent(share)
        attempt.passed = scoring.passed(share, module.pass_mark)
        attempt.submitted_at = timezone.now()
        attempt.save(update_fields=["score", "passed", "submitted_at"])
        enrolment = attempt.enrolment
        if enrolment.best_score is None or attempt.score > enrolment.best_score:
            enrolment.best_score = attempt.score
            enrolment.save(update_fields=["best_score"])
        if attempt.passed:  # the best result counts, on the completion record too
            Completion.objects.filter(enrolment=enrolment, score__lt=attempt.score).update(
                score=attempt.score
            )
        _complete_if_done(enrolment)
    return attempt


def _complete_if_done(enrolment: Enrolment) -> Completion | None:
    """Completion = every live lesson done + the assessment passed. Recorded once: the
    enrolment row is locked so a lesson and a pass finishing together cannot both record it."""
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",)).select_related("module").get(pk=enrolment.pk)
    )
    if enrolment.is_complete:
        return None
    module = enrolment.module
    lesson_ids = set(module.lessons().values_list("id", flat=True))
    if not lesson_ids <= completed_lesson_ids(enrolment):
        return None
    best = enrolment.attempts.filter(passed=True).order_by("-score").first()
    if best is None:
        return None
    now = timezone.now()
    enrolment.completed_at = now
    enrolment.save(update_fields=["completed_at"])
    completion = Completion.objects.create(enrolment=enrolment, completed_at=now, score=best.score)
    if enrolment.user_id:  # a visitor's completion is announced when they claim it
        transaction.on_commit(lambda: module_completed.send(sender=Completion, completion=completion))
    return completion


@transaction.atomic
def claim_visitor_learning(anonymous_key: str, user) -> int:
    """Move a visitor's enrolments to the account they have just created or signed in to.
    Where the account already has the module, the visitor's attempts and lessons join it."""
    moved = 0
    for visitor in Enrolment.objects.select_for_update(of=("self",)).filter(
        user=None, anonymous_key=anonymous_key
    ):
        existing = Enrolment.objects.filter(user=user, module_id=visitor.module_id).first()
        if existing is None:
            visitor.user, visitor.anonymous_key = user, ""
            visitor.save(update_fields=["user", "anonymous_key"])
            if visitor.is_complete:
                transaction.on_commit(
                    lambda c=visitor.completion: module_completed.send(sender=Completion, completion=c)
                )
        else:
            visitor.attempts.update(enrolment=existing)
            for lesson_id in visitor.lesson_completions.values_list("lesson_id", flat=True):
                LessonCompletion.objects.get_or_create(enrolment=existing, lesson_id=lesson_id)
            best = existing.attempts.filter(score__isnull=False).order_by("-score").first()
            existing.best_score = best.score if best else None
            existing.confidence_before = existing.confidence_before or visitor.confidence_before
            existing.confidence_after = existing.confidence_after or visitor.confidence_after
            existing.save(update_fields=["best_score", "confidence_before", "confidence_after"])
            visitor.delete()
            _complete_if_done(existing)
        moved += 1
    return moved


def lesson_ids_by_module(modules) -> dict[int, list[int]]:
    """Live lesson ids of many modules in one query, keyed by module id (tree paths)."""
    modules = list(modules)
    if not modules:
        return {}
    by_path = {module.path: module.id for module in modules}
    depths = {module.depth + 1 for module in modules}
    result: dict[int, list[int]] = {module.id: [] for module in modules}
    lessons = LessonPage.objects.live().filter(depth__in=depths).order_by("path").values_list("id", "path")
    for lesson_id, path in lessons:
        parent = by_path.get(path[: -LessonPage.steplen])
        if parent is not None:
            result[parent].append(lesson_id)
    return result


def completed_lessons_by_enrolment(enrolments) -> dict[int, set[int]]:
    result: dict[int, set[int]] = {}
    rows = LessonCompletion.objects.filter(enrolment__in=enrolments).values_list("enrolment_id", "lesson_id")
    for enrolment_id, lesson_id in rows:
        result.setdefault(enrolment_id, set()).add(lesson_id)
    return result


def questions_as_marked(attempt: Attempt) -> list[Question]:
    """The questions exactly as they were when the attempt was marked, even if an editor has
    since changed which option is right; today's questions if that revision is gone."""
    from wagtail.models import Revision

    module = attempt.enrolment.module
    revision = Revision.objects.filter(pk=attempt.revision_id).first() if attempt.revision_id else None
    questions = revision.as_object().questions() if revision else module.questions()
    if fingerprint(questions) != attempt.fingerprint:
        questions = module.questions()
    return questions


def feedback(attempt: Attempt) -> list[dict]:
    """For each answer: what the learner chose beside what was right, with every option's reason."""
    from courses.blocks import HorwathCategory

    questions = {q.id: q for q in questions_as_marked(attempt)}
    result = []
    for answer in attempt.answers.order_by("pk"):
        question = questions.get(answer.question_id)
        rows = []
        if question is not None and question.kind == "classification":
            for item in question.items:
                chosen = answer.response.get(item.id, "")
                rows.append(
                    {
                        "observation": item.observation,
                        "right": chosen == item.category,
                        "chosen_label": HorwathCategory(chosen).label
                        if chosen in HorwathCategory.values
                        else "No answer",
                        "correct_label": item.category_label,
                        "feedback": item.feedback,
                    }
                )
        elif question is not None:
            chosen = set(answer.response) if isinstance(answer.response, list) else {answer.response}
            rows = [
                {"text": o.text, "chosen": o.id in chosen, "correct": o.correct, "feedback": o.feedback}
                for o in question.options
            ]
        result.append({"answer": answer, "question": question, "rows": rows})
    return result


def learning_record(user) -> dict[str, list[dict]]:
    """A learner's modules, in progress and completed, with lessons done: a fixed number of
    queries however many modules they have."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("module", "completion")
        .defer("module__body", "module__assessment")  # titles and addresses only: never parsed
        .order_by("-started_at")
    )
    lessons = lesson_ids_by_module([e.module for e in enrolments])
    done = completed_lessons_by_enrolment(enrolments)
    rows = [
        {
            "enrolment": enrolment,
            "module": enrolment.module,
            "lessons_done": len(set(lessons.get(enrolment.module_id, [])) & done.get(enrolment.id, set())),
            "lesson_count": len(lessons.get(enrolment.module_id, [])),
        }
        for enrolment in enrolments
    ]
    return {
        "in_progress": [row for row in rows if not row["enrolment"].is_complete],
        "completed": [row for row in rows if row["enrolment"].is_complete],
    }
