"""Trainers and workshop coordinators manage courses and sessions in the Wagtail admin."""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSetGroup

from bookings.models import Course, Session
from lms.viewsets import ModelViewSet


class CourseViewSet(ModelViewSet):
    model = Course
    icon = "doc-full"
    menu_label = "Courses"
    list_display = ["title", "duration", "accredited", "charges_apply", "charge_amount"]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("duration"),
        FieldRowPanel([FieldPanel("accredited"), FieldPanel("accreditation")]),
        MultiFieldPanel(
            [
                FieldPanel("charges_apply"),
                FieldRowPanel([FieldPanel("cutoff_days"), FieldPanel("charge_amount")]),
            ],
            heading="Late cancellation and non-attendance charge",
        ),
    ]


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = "Sessions"
    list_display = ["course", "starts_at", "local_authority", "capacity", "status"]
    list_filter = ["course", "local_authority", "status"]
    ordering = ["-starts_at"]
    panels = [
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("local_authority"),
        FieldRowPanel([FieldPanel("online"), FieldPanel("capacity")]),
        FieldPanel("venue"),
        FieldPanel("joining_instructions"),
        FieldPanel("trainers", permission="bookings.assign_trainers"),
        FieldRowPanel([FieldPanel("booking_opens_at"), FieldPanel("booking_closes_at")]),
    ]

    def get_queryset(self, request):
        return Session.objects.select_related("course", "local_authority")


class TrainingViewSetGroup(ModelViewSetGroup):
    menu_label = "Classroom training"
    menu_icon = "date"
    items = (CourseViewSet("courses"), SessionViewSet("sessions"))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return TrainingViewSetGroup()
