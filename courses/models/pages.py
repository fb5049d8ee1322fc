from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from courses import assessment as assessment_data
from courses.blocks import AssessmentStreamBlock, LessonStreamBlock
from lms import page_cache, shared_cache, validators
from lms.models import BasePage


class LearningIndexPage(BasePage):
    """/learning/: every published module."""

    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.ModulePage"]
    max_count = 1

    def get_template(self, request, *args, **kwargs):
        return "courses/learning_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from courses import views

        context = super().get_context(request, *args, **kwargs)
        modules = list(ModulePage.objects.child_of(self).live().public()) if self.pk else []
        context["modules"] = modules
        context["enrolments"] = views.enrolments_for_index(request, modules)
        return context


class ModulePage(RoutablePageMixin, BasePage):
    """An eLearning module: its lessons are child pages; its assessment is case vignettes."""

    audience = models.CharField(
        max_length=250, validators=validators.SINGLE_LINE, blank=True, help_text="Who the module is for."
    )
    learning_outcomes = models.TextField(
        validators=validators.TEXT, blank=True, help_text="One outcome per line."
    )
    estimated_minutes = models.PositiveSmallIntegerField(default=30)
    cpd_hours = models.DecimalField("CPD hours", max_digits=4, decimal_places=2, default=Decimal("1.00"))
    pass_mark = models.PositiveSmallIntegerField(
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="Percentage needed to pass.",
    )
    account_required = models.BooleanField(
        default=True,
        help_text="Untick to let anyone take it without an account (progress is kept in their session).",
    )
    assessment = StreamField(AssessmentStreamBlock(), blank=True, use_json_field=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro", heading="Summary"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("learning_outcomes"),
                FieldRowPanel(
                    [FieldPanel("estimated_minutes"), FieldPanel("cpd_hours"), FieldPanel("pass_mark")]
                ),
                FieldPanel("account_required"),
            ],
            heading="About the module",
        ),
        FieldPanel("body", heading="More about the module"),
        FieldPanel("assessment"),
    ]
    parent_page_types = ["courses.LearningIndexPage"]
    subpage_types = ["courses.LessonPage"]
    preview_modes = [("", "Module page"), ("assessment", "Assessment, as a learner sees it")]

    def get_template(self, request, *args, **kwargs):
        return "courses/module_page.html"

    @property
    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def lessons(self):
        if self.pk is None:  # previewing a module not yet saved
            return LessonPage.objects.none()
        # Titles and addresses are all a list of lessons needs: never their bodies.
        return shared_cache.public(LessonPage.objects.child_of(self).live()).defer_streamfields()

    def lesson_list(self) -> list:
        """lessons() as a list, kept on the module object: the module a lesson or module page is
        served with is shared between requests until the tree changes (lms.page_cache.routing),
        so the list is read once, not on every request."""
        # Kept with the any-view-restriction flag it was filtered by: that flag has a lifetime of
        # its own (lms.shared_cache), which a list kept for the generation must not outlive.
        restricted = shared_cache.any_view_restriction()
        found = self.__dict__.get("_lesson_list")
        if found is None or found[0] != restricted:
            found = self.__dict__["_lesson_list"] = (restricted, list(self.lessons()))
        return found[1]

    def vignettes(self) -> list[assessment_data.Vignette]:
        return assessment_data.vignettes(self.assessment)

    def questions(self) -> list[assessment_data.Question]:
        return assessment_data.questions(self.assessment)

    def assessment_minutes(self) -> int:
        return assessment_data.estimated_minutes(
            [stage for vignette in self.vignettes() for stage in vignette.stages]
        )

    def assessment_summary(self, previewing: bool = False) -> dict[str, int]:
        """The counts the module page shows. Parsing every vignette is most of that page's work,
        so it is done once per module object: the module page is served with an object routing
        keeps for the page tree's generation (lms.page_cache.routing), so once per tree
        generation and worker. With the page cache off, the live revision's counts are kept in
        the shared cache instead (a new revision has a new key)."""
        cacheable = not previewing and self.pk and self.live_revision_id
        if not cacheable:
            return self._count_assessment()
        key = self._summary_key()
        if key not in self.__dict__:
            # Worked out from this object, never taken from the shared cache: an entry there
            # may be older than the object (a request straddling a save stores the old counts).
            if page_cache.enabled():
                self.__dict__[key] = self._count_assessment()
            elif (summary := shared_cache.cache().get(key)) is not None:
                self.__dict__[key] = summary
            else:
                self.__dict__[key] = summary = self._count_assessment()
                shared_cache.cache().set(key, summary, shared_cache.TIMEOUT)
        return self.__dict__[key]

    def _count_assessment(self) -> dict[str, int]:
        stages = [stage for vignette in self.vignettes() for stage in vignette.stages]
        return {
            "vignette_count": len(self.vignettes()),
            "stage_count": len(stages),
            "question_count": sum(len(stage.questions) for stage in stages),
            "assessment_minutes": assessment_data.estimated_minutes(stages),
        }

    def _summary_key(self) -> str:
        return f"courses:assessment-summary:{self.pk}:{self.live_revision_id}"

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        shared_cache.forget([self._summary_key()])  # saved without a new revision
        return result

    # Routes: thin; the work is in courses.views and courses.services.

    @path("")
    def module(self, request):
        from courses import views

        return views.module_page(request, self)

    @path("confidence/<str:when>/")
    def confidence(self, request, when):
        from courses import views

        return views.confidence(request, self, when)

    @path("assessment/")
    def assessment_start(self, request):
        from courses import views

        return views.start_attempt(request, self)

    @path("assessment/<int:attempt_id>/")
    def attempt(self, request, attempt_id):
        from courses import views

        return views.attempt(request, self, attempt_id)

    @path("assessment/<int:attempt_id>/stage/<int:number>/")
    def stage(self, request, attempt_id, number):
        from courses import views

        return views.stage(request, self, attempt_id, number)

    @path("assessment/<int:attempt_id>/check/")
    def check_answers(self, request, attempt_id):
        from courses import views

        return views.check(request, self, attempt_id)

    @path("assessment/<int:attempt_id>/result/")
    def result(self, request, attempt_id):
        from courses import views

        return views.result(request, self, attempt_id)

    def serve_preview(self, request, mode_name):
        if mode_name == "assessment":
            from courses import views

            return views.preview_assessment(request, self)
        return super().serve_preview(request, mode_name)


class LessonPage(BasePage):
    body = StreamField(LessonStreamBlock(), blank=True, use_json_field=True)

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    def get_template(self, request, *args, **kwargs):
        return "courses/lesson_page.html"

    def serve(self, request, *args, **kwargs):
        from courses import views

        return views.lesson(request, self)

    def serve_preview(self, request, mode_name):
        from courses import views

        return views.lesson(request, self, preview=True)
