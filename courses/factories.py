"""Factories for eLearning pages, shared by the tests and by seed_demo. A module written as data
(courses/content/*.py) becomes pages through `module_from_content`, the one way both build it."""

import factory
import wagtail_factories

from courses.content.loader import assessment_stream, lesson_body, validate_module
from courses.models import LearningIndexPage, LessonPage, ModulePage


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Pages are live once added; `publish=True` also gives them a published revision, as an
    editor's page has (history in the admin, a revision for preview)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if create and extracted:
            self.save_revision().publish()


class ModulePageFactory(PublishedPageFactory):
    """A bare module (no lessons, no questions) under the learning section unless `parent` says."""

    class Meta:
        model = ModulePage

    parent = factory.LazyFunction(lambda: LearningIndexPage.objects.get())
    title = factory.Sequence(lambda n: f"Module {n}")
    intro = "About it."


class LessonPageFactory(PublishedPageFactory):
    class Meta:
        model = LessonPage

    parent = factory.SubFactory(ModulePageFactory)
    title = factory.Sequence(lambda n: f"Lesson {n}")
    intro = ""


def module_from_content(index: LearningIndexPage, data: dict, *, publish: bool = True) -> ModulePage:
    """A module and its lessons from content data, validated against the editors' own blocks."""
    validate_module(data)
    module = ModulePageFactory(
        parent=index,
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        audience=data["audience"],
        learning_outcomes="\n".join(data["learning_outcomes"]),
        estimated_minutes=data["estimated_minutes"],
        cpd_hours=data["cpd_hours"],
        pass_mark=data["pass_mark"],
        account_required=data["account_required"],
        assessment=assessment_stream(data),
        publish=publish,
    )
    for lesson in data["lessons"]:
        LessonPageFactory(
            parent=module,
            title=lesson["title"],
            slug=lesson["slug"],
            intro=lesson.get("intro", ""),
            body=lesson_body(lesson),
            publish=publish,
        )
    return ModulePage.objects.get(pk=module.pk)
