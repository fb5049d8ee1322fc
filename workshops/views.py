"""The host's screens (no account: the status link is the key) and the facilitator's own list.
Thin views over workshops.services."""

import logging

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from lms.models import Role
from lms.permissions import role_required
from workshops import calendar, links, services, spam
from workshops.forms import AnotherDateForm, FindRequestForm, HostCancelForm, WorkshopRequestForm
from workshops.models import MACHINE, WorkshopRequest, WorkshopStatus
from workshops.models.requests import SCHEDULED
from workshops.services import WorkshopError

logger = logging.getLogger(__name__)


TOO_MANY = (
    "Sorry, there have been too many requests from your internet connection. To stop automated spam we "
    "accept only a few an hour. Please try again in an hour: what you typed is still here."
)


def _too_many(form) -> int:
    """Refuse on the form itself, keeping everything typed, with status 429."""
    form.is_valid()
    form.add_error(None, TOO_MANY)
    return 429


def request_workshop(request, page):
    """The request form on a workshop page (request/). A filled honeypot is redirected, as a
    person is, to a thank-you page, with nothing saved or sent: a bot learns nothing to adapt
    to, and no real person ever sees the hidden box."""
    form = WorkshopRequestForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_spam():
            spam.allow(request, "request", spam.REQUESTS_PER_HOUR)
            logger.info("Workshop request honeypot filled")  # no address: it is personal data
            return redirect(page.get_url(request) + page.reverse_subpage("request_sent"))
        # Only a request that would be saved uses up the limit: mistakes do not count.
        if form.is_valid() and not spam.allow(request, "request", spam.REQUESTS_PER_HOUR):
            status = _too_many(form)
        elif form.is_valid():
            try:
                workshop_request = services.submit(workshop=page.workshop, **form.service_arguments())
            except WorkshopError as error:
                form.add_error(None, str(error))
            else:
                return redirect(
                    reverse("workshops:status", args=[links.status_token(workshop_request)]) + "?sent=1"
                )
    return TemplateResponse(
        request,
        "workshops/request.html",
        {**page.get_context(request), "form": form, "example_year": services.today_in_london().year + 1},
        status=400 if status == 200 and form.errors else status,
    )


def request_sent(request, page):
    """request/sent/: the thank-you a filled honeypot is sent to. It names no request."""
    return TemplateResponse(request, "workshops/received_generic.html", page.get_context(request))


class AcceptForm(forms.Form):
    """No fields: the button is the answer. A form so a refusal has somewhere to show."""


HOST_ACTIONS = {
    "accept": (
        AcceptForm,
        lambda req, data: services.accept(req),
        "You have accepted the date. It is confirmed.",
    ),
    "another_date": (
        AnotherDateForm,
        lambda req, data: services.ask_for_another_date(req, message=data["message"]),
        "Thank you. We will propose another date.",
    ),
    "cancel": (
        HostCancelForm,
        lambda req, data: services.cancel(req, reason=data["reason"]),
        "Your workshop request is cancelled.",
    ),
}


@never_cache
def status(request, token: str):
    """The host's status page, opened from the private link: follow the request, accept a
    proposed date, ask for another, or cancel."""
    try:
        workshop_request = links.request_for_token(token)
    except links.ExpiredLink:
        return TemplateResponse(request, "workshops/link_problem.html", {"expired": True}, status=400)
    except links.InvalidLink:
        return TemplateResponse(request, "workshops/link_problem.html", {"expired": False}, status=404)
    action = request.POST.get("action") if request.method == "POST" else None
    forms_by_action = {
        name: form_class(request.POST if name == action else None, prefix=name)
        for name, (form_class, _, _) in HOST_ACTIONS.items()
    }
    if action is not None:
        if action not in HOST_ACTIONS:
            raise Http404
        form = forms_by_action[action]
        _, perform, done = HOST_ACTIONS[action]
        if form.is_valid():
            try:
                perform(workshop_request, form.cleaned_data)
            except WorkshopError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, done)
                return redirect(request.path)
    bound = next((form for form in forms_by_action.values() if form.is_bound), None)
    return TemplateResponse(
        request,
        "workshops/status.html",
        {
            "workshop_request": workshop_request,
            "events": workshop_request.events.order_by("at", "pk"),
            "form": bound,
            "forms": forms_by_action,
            "just_sent": request.GET.get("sent") == "1"
            and workshop_request.status == WorkshopStatus.REQUESTED,
            "steps": _steps(workshop_request),
            # The host has no account: they act from the link, as "no user" in the rules.
            "actions": MACHINE.allowed_actions(workshop_request, timezone.now(), None),
        },
        status=400 if bound is not None and bound.errors else 200,
    )


def _steps(workshop_request) -> list[dict]:
    """requested → date proposed → confirmed → delivered, with where this request has got to."""
    order = [
        WorkshopStatus.REQUESTED,
        WorkshopStatus.PROPOSED,
        WorkshopStatus.CONFIRMED,
        WorkshopStatus.DELIVERED,
    ]
    current = order.index(workshop_request.status) if workshop_request.status in order else None
    return [
        {
            "label": status.label,
            "done": current is not None and n < current,
            "current": n == current,
        }
        for n, status in enumerate(order)
    ]


@never_cache
def find(request):
    """A host who lost their link, or whose link has expired, gets a fresh one by email. The
    answer is the same whether or not anything matched, so nobody can test references."""
    form = FindRequestForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if not spam.allow(request, "find", spam.LOOKUPS_PER_HOUR):
            status = _too_many(form)
        elif form.is_valid():
            found = links.find_request(form.cleaned_data["reference"], form.cleaned_data["email"])
            if found is not None:
                links.resend_link(found)
            return TemplateResponse(request, "workshops/find_sent.html", {})
    return TemplateResponse(
        request,
        "workshops/find.html",
        {"form": form},
        status=400 if status == 200 and form.errors else status,
    )


# The facilitator's own list -------------------------------------------------------------


@role_required(Role.TRAINER, Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR)
def facilitator_workshops(request):
    """A facilitator's proposed and confirmed workshops, soonest first, with calendar files."""
    workshops = (
        WorkshopRequest.objects.facilitated_by(request.user)
        .filter(status__in=SCHEDULED, ends_at__gte=timezone.now())
        .with_clash_flag()
        .select_related("local_authority")
        .order_by("starts_at")
    )
    delivered = (
        WorkshopRequest.objects.facilitated_by(request.user)
        .filter(status=WorkshopStatus.DELIVERED)
        .select_related("local_authority")
        .order_by("-starts_at")
    )
    return TemplateResponse(
        request,
        "workshops/facilitator_list.html",
        {"upcoming": workshops[:200], "delivered": delivered[:20]},
    )


@role_required(Role.TRAINER, Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR)
def facilitator_ics(request, request_id: int):
    """The .ics for one confirmed workshop: its facilitator's, or any for coordinators."""
    workshops = WorkshopRequest.objects.filter(status=WorkshopStatus.CONFIRMED).select_related("facilitator")
    if not request.user.has_role(Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR):
        workshops = workshops.facilitated_by(request.user)
    workshop = get_object_or_404(workshops, pk=request_id)
    response = HttpResponse(calendar.workshop_ics(workshop), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{workshop.reference}.ics"'
    return response
