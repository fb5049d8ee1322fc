"""Trainers and workshop coordinators manage courses and sessions in the Wagtail admin; a trainer
only the sessions they run (bookings.permissions)."""

from django.http import Http404
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from bookings.models import Course, Session
from bookings.permissions import session_permission_policy
from lms import viewsets
from lms.viewsets import ModelViewSet

# Before any viewset asks for Session's policy, or Wagtail makes a fallback one that knows no trainers.
register_permission_policy(Session, session_permission_policy)
ANY_ACTION = ["add", "change", "delete", "view"]


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


def managed_sessions(request):
    return session_permission_policy.instances_user_has_any_permission_for(request.user, ANY_ACTION)


class ManagedSessionOnly:
    """For a screen about one session: 404 unless this person manages it, before anything is
    shown or saved, so a trainer cannot even tell which other sessions exist."""

    def get_object(self, *args, **kwargs):
        if not managed_sessions(self.request).filter(pk=self.kwargs["pk"]).exists():
            raise Http404
        return super().get_object(*args, **kwargs)


class SessionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return managed_sessions(self.request).select_related("course", "local_authority")


class SessionCreateView(generic.CreateView):
    def save_instance(self):
        """Trainers cannot choose who trains, so a session a trainer adds is theirs to run."""
        session = super().save_instance()
        if not self.request.user.has_perm("bookings.assign_trainers"):
            session.trainers.add(self.request.user)
        return session


class SessionEditView(ManagedSessionOnly, generic.EditView):
    pass


class SessionDeleteView(ManagedSessionOnly, viewsets.DeleteView):
    pass


class SessionCopyView(ManagedSessionOnly, generic.CopyView):
    pass


class SessionHistoryView(ManagedSessionOnly, HistoryView):
    pass


class SessionUsageView(ManagedSessionOnly, UsageView):
    pass


class SessionInspectView(ManagedSessionOnly, generic.InspectView):
    pass


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = "Sessions"
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    copy_view_class = SessionCopyView
    history_view_class = SessionHistoryView
    usage_view_class = SessionUsageView
    inspect_view_class = SessionInspectView
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


class TrainingViewSetGroup(ModelViewSetGroup):
    menu_label = "Classroom training"
    menu_icon = "date"
    items = (CourseViewSet("courses"), SessionViewSet("sessions"))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return TrainingViewSetGroup()
