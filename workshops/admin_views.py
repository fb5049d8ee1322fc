"""The coordinators' side, in the Wagtail admin: the queue of requests with filters, one
request with its actions, the calendar of scheduled workshops and the delivery report.
Workshop coordinators and administrators only; every change goes through services."""

from datetime import date, time

import django_filters
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path, reverse, reverse_lazy
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms.formatting import at_partnership_time, on_partnership_clock
from lms.models import LocalAuthority, Role
from lms.spreadsheets import streamed_csv
from workshops import reports, services
from workshops.admin_forms import DeliveryForm, MonthForm, ProposeForm, ReasonForm, ReportPeriodForm
from workshops.clashes import clashes
from workshops.models import Workshop, WorkshopFormat, WorkshopRequest, WorkshopStatus
from workshops.models.requests import OUTSIDE
from workshops.services import ClashError, WorkshopError

AREA_OUTSIDE = "outside"  # the area filter's value for hosts with no local authority
QUEUE_CRUMB = {"url": reverse_lazy("workshops_admin:index"), "label": "Workshop requests"}


def is_coordinator(user) -> bool:
    return user.is_authenticated and user.has_role(Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR)


class CoordinatorRequiredMixin:
    """Wagtail checks admin access first (trainers have it, for sessions); this checks the role."""

    def dispatch(self, request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _area_choices():
    return [
        *LocalAuthority.objects.order_by("name").values_list("slug", "name"),
        (AREA_OUTSIDE, OUTSIDE),
    ]


class WorkshopRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=WorkshopStatus.choices, empty_label="Any status")
    workshop = django_filters.ChoiceFilter(choices=Workshop.choices, empty_label="Any workshop")
    area = django_filters.ChoiceFilter(
        label="Area", choices=_area_choices, method="filter_area", empty_label="Any area"
    )
    format = django_filters.ChoiceFilter(choices=WorkshopFormat.choices, empty_label="Any format")

    class Meta:
        model = WorkshopRequest
        fields = []

    def filter_area(self, queryset, name, value):
        if value == AREA_OUTSIDE:
            return queryset.filter(local_authority__isnull=True)
        return queryset.filter(local_authority__slug=value)


class ClashColumn(Column):
    cell_template_name = "workshops/admin/clash_cell.html"


def _when(request: WorkshopRequest) -> str:
    if request.starts_at:
        return f"{on_partnership_clock(request.starts_at):%-d %b %Y, %H:%M}"
    first = request.preferred_dates.all()[:1]  # prefetched: slicing the cache, no query
    return (
        f"Asks for {first[0].date:%-d %b %Y} ({first[0].get_time_of_day_display().lower()})" if first else ""
    )


class WorkshopQueueView(CoordinatorRequiredMixin, IndexView):
    """The queue: every request, newest first, filtered by status, workshop, area and format."""

    model = WorkshopRequest
    # The role is the permission (checked above); generic add/edit/delete screens are never
    # offered, because every change must go through the services.
    permission_policy = None
    any_permission_required = None
    page_title = "Workshop requests"
    header_icon = "group"
    index_url_name = "workshops_admin:index"
    index_results_url_name = "workshops_admin:index_results"
    inspect_url_name = "workshops_admin:detail"
    filterset_class = WorkshopRequestFilterSet
    search_fields = ["reference", "organisation_name", "contact_name", "contact_email"]
    default_ordering = "-submitted_at"
    paginate_by = 50
    verbose_name_plural = "workshop requests"
    columns = [
        TitleColumn(
            "reference",
            label="Reference",
            sort_key="reference",
            classname="w-whitespace-nowrap",
            get_url=lambda obj: reverse("workshops_admin:detail", args=[obj.pk]),
        ),
        Column("organisation_name", label="Organisation", sort_key="organisation_name"),
        Column("get_workshop_display", label="Workshop"),
        Column("area_name", label="Area"),
        Column("get_format_display", label="Format"),
        StatusTagColumn(
            "get_status_display",
            label="Status",
            sort_key="status",
            primary=lambda obj: obj.status in (WorkshopStatus.REQUESTED, WorkshopStatus.PROPOSED),
        ),
        Column("when", label="Date", accessor=_when, sort_key="starts_at"),
        Column("facilitator", label="Facilitator", accessor=lambda obj: obj.facilitator or ""),
        ClashColumn("has_clash", label="Clash"),
        DateColumn("submitted_at", label="Received", sort_key="submitted_at"),
    ]

    def order_queryset(self, queryset):
        """Then by id, the same way round: many requests share a status or an organisation, and
        without it the database may put rows that tie in a different order on each page, showing
        some twice and others never. Every order is served by an index (WorkshopRequest.Meta)."""
        queryset = super().order_queryset(queryset)
        ordering = [str(field) for field in queryset.query.order_by]
        if ordering and not {"pk", "-pk", "id", "-id"} & set(ordering):
            queryset = queryset.order_by(*queryset.query.order_by, "-pk" if ordering[0][0] == "-" else "pk")
        return queryset

    def get_base_queryset(self):
        return (
            WorkshopRequest.objects.with_clash_flag()
            .select_related("local_authority", "facilitator")
            .prefetch_related("preferred_dates")
        )


def _current_proposal(request: WorkshopRequest) -> dict:
    """Rearranging starts from the date already proposed, so a coordinator changes one thing."""
    if request.starts_at is None:
        return {}
    start = on_partnership_clock(request.starts_at)
    return {
        "date": start.date(),
        "start_time": start.time(),
        "duration": int((request.ends_at - request.starts_at).total_seconds() // 60),
        "facilitator": request.facilitator_id,
    }


class WorkshopRequestView(CoordinatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """One request: what the host asked for, its history, clashes, and the actions its state
    allows. Each action posts here with `action` and comes back with a message."""

    template_name = "workshops/admin/detail.html"
    header_icon = "group"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.forms = {}

    def get(self, request, *args, **kwargs):
        self.object = self._request_or_404()
        return super().get(request, *args, **kwargs)

    def _request_or_404(self) -> WorkshopRequest:
        """Called from get and post, so after CoordinatorRequiredMixin.dispatch has checked the
        role: looked up any earlier, a 404 for a missing id and a refusal for the rest would
        tell anyone with admin access which requests exist."""
        return get_object_or_404(
            WorkshopRequest.objects.select_related("local_authority", "facilitator").prefetch_related(
                "preferred_dates"
            ),
            pk=self.kwargs["pk"],
        )

    def get_page_title(self):
        return f"{self.object.reference}: {self.object.organisation_name}"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, QUEUE_CRUMB, {"url": "", "label": self.object.reference}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        initial_delivery = {"audience": obj.delivered_audience or obj.audience, "attendance": obj.attendance}
        forms_ = {
            "propose": ProposeForm(initial=_current_proposal(obj)),
            "decline": ReasonForm(prefix="decline"),
            "cancel": ReasonForm(prefix="cancel"),
            "deliver": DeliveryForm(initial={**initial_delivery, "note": obj.delivery_note}),
        }
        forms_.update(self.forms)
        context.update(
            {
                "object": obj,
                "forms": forms_,
                "events": obj.events.select_related("actor"),
                "clashes": clashes(obj.facilitator, obj.starts_at, obj.ends_at, ignore=obj)
                if obj.status in (WorkshopStatus.PROPOSED, WorkshopStatus.CONFIRMED)
                else [],
                "proposal_clashes": getattr(self, "proposal_clashes", []),
                "proposing_does": services.what_proposing_does(obj),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        self.object = self._request_or_404()
        action = request.POST.get("action")
        handler = {
            "propose": self._propose,
            "confirm": self._confirm,
            "decline": self._decline,
            "cancel": self._cancel,
            "deliver": self._deliver,
        }.get(action)
        if handler is None:
            messages.error(request, "Choose an action.")
            return redirect("workshops_admin:detail", pk=self.object.pk)
        try:
            done = handler()
        except WorkshopError as error:
            messages.error(request, str(error))
            return self.render_to_response(self.get_context_data(), status=400)
        if done is None:  # the form has errors to show
            return self.render_to_response(self.get_context_data(), status=400)
        messages.success(request, done)
        return redirect("workshops_admin:detail", pk=self.object.pk)

    def _propose(self):
        form = self.forms["propose"] = ProposeForm(self.request.POST)
        if not form.is_valid():
            return None
        try:
            services.propose(
                self.object,
                starts_at=form.starts_at,
                ends_at=form.ends_at,
                facilitator=form.cleaned_data["facilitator"],
                message=form.cleaned_data["message"],
                by_user=self.request.user,
                despite_clash=form.cleaned_data["propose_despite_clash"],
            )
        except ClashError as clash:
            self.proposal_clashes = clash.clashes
            form.add_error("propose_despite_clash", str(clash))
            return None
        return "Date proposed. The host is being emailed a link to accept it."

    def _confirm(self):
        services.confirm(self.object, by_user=self.request.user)
        return "Workshop confirmed. The host and the facilitator are being emailed."

    def _decline(self):
        form = self.forms["decline"] = ReasonForm(self.request.POST, prefix="decline")
        if not form.is_valid():
            return None
        services.decline(self.object, reason=form.cleaned_data["reason"], by_user=self.request.user)
        return "Request declined. The host is being emailed the reason."

    def _cancel(self):
        form = self.forms["cancel"] = ReasonForm(self.request.POST, prefix="cancel")
        if not form.is_valid():
            return None
        services.cancel(self.object, reason=form.cleaned_data["reason"], by_user=self.request.user)
        return "Workshop cancelled. The host is being emailed the reason."

    def _deliver(self):
        form = self.forms["deliver"] = DeliveryForm(self.request.POST)
        if not form.is_valid():
            return None
        services.record_delivery(
            self.object,
            attendance=form.cleaned_data["attendance"],
            audience=form.cleaned_data["audience"],
            note=form.cleaned_data["note"],
            by_user=self.request.user,
        )
        return "Delivery recorded."


class WorkshopCalendarView(CoordinatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Proposed and confirmed workshops month by month, as a list of days, with clashes."""

    template_name = "workshops/admin/calendar.html"
    page_title = "Workshop calendar"
    header_icon = "date"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, QUEUE_CRUMB, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = MonthForm(self.request.GET)
        month = (form.is_valid() and form.cleaned_data["month"]) or timezone.localdate().replace(day=1)
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        previous = date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)
        workshops = (
            WorkshopRequest.objects.scheduled()
            .filter(
                starts_at__gte=at_partnership_time(month, time.min),
                starts_at__lt=at_partnership_time(following, time.min),
            )
            .with_clash_flag()
            .select_related("local_authority", "facilitator")
            .order_by("starts_at")
        )
        days: dict[date, list] = {}
        for workshop in workshops:
            days.setdefault(on_partnership_clock(workshop.starts_at).date(), []).append(workshop)
        context.update(
            {
                "month": month,
                "days": sorted(days.items()),
                "previous_month": f"{previous:%Y-%m}",
                "next_month": f"{following:%Y-%m}",
                "count": sum(len(day) for day in days.values()),
            }
        )
        return context


class WorkshopReportView(CoordinatorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Workshops delivered and people reached, by month and area, with a CSV download."""

    template_name = "workshops/admin/report.html"
    page_title = "Workshops delivered"
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, QUEUE_CRUMB, {"url": "", "label": self.page_title}]

    def rows(self):
        form = ReportPeriodForm(self.request.GET or None)
        period = form.cleaned_data if form.is_valid() else {}
        return form, reports.delivered_by_area_and_month(
            period.get("delivered_from"), period.get("delivered_to")
        )

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            _form, rows = self.rows()
            return streamed_csv("workshops-delivered.csv", reports.CSV_HEADER, reports.csv_rows(rows))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, rows = self.rows()
        query = self.request.GET.copy()
        query["format"] = "csv"
        context.update(
            {
                "form": form,
                "rows": rows,
                "totals": reports.totals(rows),
                "by_area": reports.totals_by_area(rows),
                "csv_query": query.urlencode(),
            }
        )
        return context


admin_urlpatterns = [
    path("", WorkshopQueueView.as_view(), name="index"),
    path("results/", WorkshopQueueView.as_view(results_only=True), name="index_results"),
    path("<int:pk>/", WorkshopRequestView.as_view(), name="detail"),
    path("calendar/", WorkshopCalendarView.as_view(), name="calendar"),
    path("reports/", WorkshopReportView.as_view(), name="report"),
]


def urls():
    return [path("workshops/", include((admin_urlpatterns, "workshops_admin"), namespace="workshops_admin"))]
