from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from lms import validators
from lms.models import BasePage
from workshops.models.requests import Workshop


class WorkshopIndexPage(BasePage):
    """/workshops/: the free community workshops a host can ask for."""

    parent_page_types = ["lms.HomePage"]
    subpage_types = ["workshops.WorkshopPage"]
    max_count = 1

    class Meta:
        db_table = "bookings_workshopindexpage"  # made in bookings; the table stayed when the app moved

    def get_template(self, request, *args, **kwargs):
        return "workshops/workshop_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["workshop_pages"] = (
            WorkshopPage.objects.child_of(self).live().public() if self.pk else WorkshopPage.objects.none()
        )
        return context


class WorkshopPage(RoutablePageMixin, BasePage):
    """One workshop, explained in editors' words, with its request form at request/."""

    workshop = models.CharField(
        max_length=32, choices=Workshop.choices, help_text="Which workshop requests from this page ask for."
    )
    duration = models.CharField(
        max_length=60, validators=validators.SINGLE_LINE, blank=True, help_text="For example 'One hour'."
    )
    cost = models.CharField(max_length=60, validators=validators.SINGLE_LINE, default="Free")
    formats = models.CharField(
        "how it is run",
        max_length=120,
        validators=validators.SINGLE_LINE,
        blank=True,
        help_text="For example 'Face-to-face or online'.",
    )
    audience_summary = models.CharField(
        "who it is for",
        max_length=250,
        validators=validators.SINGLE_LINE,
        blank=True,
        help_text="One sentence, shown beside the facts.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("workshop"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("duration"),
                FieldPanel("cost"),
                FieldPanel("formats"),
                FieldPanel("audience_summary"),
            ],
            heading="Key facts",
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["workshops.WorkshopIndexPage"]
    subpage_types = []

    class Meta:
        db_table = "bookings_workshoppage"

    def get_template(self, request, *args, **kwargs):
        return "workshops/workshop_page.html"

    @property
    def facts(self) -> list[tuple[str, str]]:
        """The key facts editors filled in, as label and value, for a summary list."""
        facts = [
            ("Length", self.duration),
            ("Cost", self.cost),
            ("How it is run", self.formats),
            ("Who it is for", self.audience_summary),
        ]
        return [(label, value) for label, value in facts if value]

    @path("request/")
    def request_workshop(self, request):
        from workshops import views

        return views.request_workshop(request, self)

    @path("request/sent/")
    def request_sent(self, request):
        from workshops import views

        return views.request_sent(request, self)

    @path("request/check/")
    def check_answers(self, request):
        from workshops import views

        return views.check_answers(request, self)

    @path("request/<slug:step>/")
    def request_step(self, request, step):
        from workshops import views

        return views.request_step(request, self, step)
