"""Demo content for eLearning: the learning section, the three modules, the demo
practitioner's progress (one module in progress, one completed) and about forty submitted
attempts per module, so the item analysis page has numbers and flags. Idempotent."""

import random
from datetime import timedelta
from importlib import import_module

from django.utils import timezone

from courses import services
from courses.assessment import Question
from courses.blocks import HorwathCategory
from courses.factories import module_from_content
from courses.models import Attempt, Enrolment, LearningIndexPage, ModulePage
from courses.services import Learner
from lms.factories import UserFactory
from lms.models import User

MODULES = ["understanding_neglect", "child_poverty", "listen_up_speak_up"]
LEARNING = {
    "title": "Learning",
    "slug": "learning",
    "intro": (
        "Free eLearning on recognising and responding to child neglect. Each module ends with case "
        "studies to check what you have learned, and completing it earns a certificate."
    ),
}


def seed_content(home) -> dict[str, ModulePage]:
    """The learning section and its three modules."""
    index = LearningIndexPage.objects.child_of(home).first()
    if index is None:
        index = LearningIndexPage(show_in_menus=True, **LEARNING)
        home.add_child(instance=index)
        index.save_revision().publish()
    return {name: create_module(index, import_module(f"courses.content.{name}").MODULE) for name in MODULES}


def seed(home) -> None:
    modules = seed_content(home)
    seed_progress(modules)
    seed_attempts(modules)


def create_module(index: LearningIndexPage, data: dict) -> ModulePage:
    existing = ModulePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing:
        return existing
    return module_from_content(index, data)


def correct_responses(module: ModulePage) -> dict:
    responses = {}
    for question in module.questions():
        if question.kind == "classification":
            responses[question.id] = {item.id: item.category for item in question.items}
        elif question.kind == "multiple_choice":
            responses[question.id] = sorted(question.correct_option_ids)
        else:
            responses[question.id] = next(iter(question.correct_option_ids))
    return responses


def seed_progress(modules: dict[str, ModulePage]) -> None:
    practitioner = User.objects.filter(email="practitioner@example.com").first()
    if practitioner is None or Enrolment.objects.filter(user=practitioner).exists():
        return
    learner = Learner(user=practitioner)

    in_progress = modules["understanding_neglect"]
    enrolment = services.enrol(in_progress, learner, confidence_before=2)
    for lesson in list(in_progress.lessons())[:2]:
        services.complete_lesson(enrolment, lesson)

    completed = modules["child_poverty"]
    enrolment = services.enrol(completed, learner, confidence_before=3)
    for lesson in completed.lessons():
        services.complete_lesson(enrolment, lesson)
    attempt = services.start_attempt(enrolment)
    services.submit_attempt(attempt, correct_responses(completed))
    enrolment.refresh_from_db()
    services.record_confidence_after(enrolment, 4)


DEMO_LEARNERS = 40
# Days back over which the demo attempts were submitted, so the date filter has something to do.
DEMO_ATTEMPT_DAYS = 120


def _demo_learner(module: ModulePage, n: int) -> Learner:
    """A visitor for a module open to anyone, else a demo practitioner who never signs in."""
    if not module.account_required:
        return Learner(anonymous_key=f"demo-visitor-{n}")
    email = f"learner{n}@example.com"
    user = User.objects.filter(email=email).first() or UserFactory(
        email=email, full_name=f"Demo Learner {n}", password=None, verified=False
    )
    return Learner(user=user)


def _question_profiles(rng: random.Random, questions: list[Question]) -> list[tuple[str, float]]:
    """How each question behaves for the demo: most are easier the more a learner knows; one is
    got right by nearly everyone, one or two are often got wrong, and one is answered right
    about as often by strong and weak learners (a question that does not separate them)."""
    profiles = [("normal", rng.uniform(0.0, 0.2)) for _ in questions]
    easy, hard, lottery, *others = rng.sample(range(len(questions)), 4)
    profiles[easy] = ("normal", 0.6)
    profiles[hard] = ("normal", -0.5)
    profiles[lottery] = ("lottery", 0.55)
    if len(questions) > 12:
        profiles[others[0]] = ("normal", -0.4)
    return profiles


def _demo_response(rng: random.Random, question: Question, right: bool, misfile: dict):
    if question.kind == "classification":
        response = {}
        for item in question.items:
            item_right = right or rng.random() < 0.5
            response[item.id] = item.category if item_right else misfile[item.id]
        if not right and response == {item.id: item.category for item in question.items}:
            first = question.items[0]
            response[first.id] = misfile[first.id]
        return response
    correct = sorted(question.correct_option_ids)
    wrong = [o.id for o in question.options if not o.correct]
    if question.kind == "multiple_choice":
        if right:
            return correct
        chosen = set(correct)
        if wrong and (rng.random() < 0.6 or len(correct) == 1):
            chosen.add(wrong[0] if rng.random() < 0.7 else rng.choice(wrong))
        else:
            chosen.discard(rng.choice(correct))
        return sorted(chosen)
    if right:
        return correct[0]
    # One wrong option is the common misconception; the others are picked now and then.
    return wrong[0] if rng.random() < 0.65 else rng.choice(wrong)


def seed_attempts(modules: dict[str, ModulePage]) -> None:
    """About forty submitted attempts per module, the same on every run: each learner has an
    ability, each question a profile, and a seeded random number generator decides the rest."""
    now = timezone.now()
    for name, module in modules.items():
        rng = random.Random(f"item-analysis-{name}")  # noqa: S311 - reproducible demo data
        questions = module.questions()
        profiles = _question_profiles(rng, questions)
        misfile = {
            item.id: rng.choice([c for c in HorwathCategory.values if c != item.category])
            for question in questions
            for item in question.items
        }
        for n in range(1, DEMO_LEARNERS + 1):
            ability = rng.uniform(0.2, 1.0)
            answers = []
            for question, (profile, ease) in zip(questions, profiles, strict=True):
                chance = ease if profile == "lottery" else ability + ease
                answers.append(_demo_response(rng, question, rng.random() < chance, misfile))
            days_ago = rng.uniform(0, DEMO_ATTEMPT_DAYS)
            enrolment = services.enrol(module, _demo_learner(module, n))
            if enrolment.attempts.exists():
                continue
            attempt = services.submit_attempt(
                services.start_attempt(enrolment), {q.id: a for q, a in zip(questions, answers, strict=True)}
            )
            when = now - timedelta(days=days_ago)
            Attempt.objects.filter(pk=attempt.pk).update(
                started_at=when - timedelta(minutes=20), submitted_at=when
            )
