"""Demo content for eLearning: the learning section, the three modules and the demo
practitioner's progress (one module in progress, one completed). Idempotent."""

from importlib import import_module

from courses import services
from courses.factories import module_from_content
from courses.models import Enrolment, LearningIndexPage, ModulePage
from courses.services import Learner
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
    seed_progress(seed_content(home))


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
