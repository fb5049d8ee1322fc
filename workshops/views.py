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

from lms.fields import display_uk_phone
from lms.models import Role
from lms.permissions import role_required
from workshops import calendar, links, questions, services, spam
from workshops.forms import AnotherDateForm, FindRequestForm, HostCancelForm, WorkshopRequestForm
from workshops.models import MACHINE, TimeOfDay, WorkshopFormat, WorkshopRequest, WorkshopStatus
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


def _page_url(request, page, name: str, *args) -> str:
    return page.get_url(request) + page.reverse_subpage(name, args=args)


def _step_url(request, page, step, back_to_check: bool = False) -> str:
    if step is None:
        return _page_url(request, page, "check_answers")
    url = _page_url(request, page, "request_step", step.slug)
    return url + "?change=1" if back_to_check else url


def request_workshop(request, page):
    """request/: the first question page."""
    return request_step(request, page, questions.STEPS[0].slug)


@never_cache
def request_step(request, page, slug: str):
    """One question page. A page that checks out saves its answers in the session and goes on
    to the next question, or back to "Check your answers" when the host came to change one."""
    step = questions.BY_SLUG.get(slug)
    if step is None:
        raise Http404
    draft = questions.Draft(request, page)
    back_to_check = request.GET.get("change") == "1"
    if request.method == "POST":
        answers = draft.with_page(step, request.POST)
        form = questions.StepForm(questions.as_data(answers), step=step)
        if form.is_valid():
            draft.save(answers)
            following = questions.next_after(step, answers)
            if back_to_check:
                # Choosing face-to-face from "Check your answers" still needs an address.
                following = questions.first_unanswered(answers)
                return redirect(_step_url(request, page, following, back_to_check=following is not None))
            return redirect(_step_url(request, page, following))
    else:
        answers = draft.answers
        form = questions.shown_again(step, answers)
    previous = questions.previous_before(step, answers)
    back = (
        _page_url(request, page, "check_answers")
        if back_to_check
        else _step_url(request, page, previous)
        if previous
        else page.get_url(request)
    )
    return TemplateResponse(
        request,
        "workshops/question.html",
        {
            **page.get_context(request),
            "form": form,
            "step": step,
            "back_url": back,
            "first": previous is None,
        },
        status=400 if form.errors else 200,
    )


@never_cache
def check_answers(request, page):
    """request/check/: every answer with a link to change it, then Send. The honeypot and the
    rate limit apply here, where a request would be saved. A filled honeypot is redirected, as a
    person is, to a thank-you page, with nothing saved or sent: a bot learns nothing to adapt
    to, and no real person ever sees the hidden box."""
    draft = questions.Draft(request, page)
    answers = draft.answers
    missing = questions.first_unanswered(answers)
    if missing is not None:
        # A page skipped, or an answer no longer good (a date that has since passed).
        return redirect(_step_url(request, page, missing))
    form = WorkshopRequestForm(questions.as_data(answers))
    form.is_valid()
    status = 200
    if request.method == "POST":
        if request.POST.get("website", "").strip():
            spam.allow(request, "request", spam.REQUESTS_PER_HOUR)
            logger.info("Workshop request honeypot filled")  # no address: it is personal data
            return redirect(_page_url(request, page, "request_sent"))
        # Only a request that would be saved uses up the limit: mistakes do not count.
        if not spam.allow(request, "request", spam.REQUESTS_PER_HOUR):
            status = _too_many(form)
        else:
            try:
                workshop_request = services.submit(workshop=page.workshop, **form.service_arguments())
            except WorkshopError as error:
                form.add_error(None, str(error))
                status = 400
            else:
                draft.clear()
                return redirect(
                    reverse("workshops:status", args=[links.status_token(workshop_request)]) + "?sent=1"
                )
    return TemplateResponse(
        request,
        "workshops/check_answers.html",
        {
            **page.get_context(request),
            "form": form,
            "answers": [
                {**row, "change_url": _step_url(request, page, questions.BY_SLUG[row["step"]], True)}
                for row in _answers_for_check(form)
            ],
            "back_url": _step_url(request, page, questions.steps_for(answers)[-1]),
        },
        status=status,
    )


def _answers_for_check(form) -> list[dict]:
    """The summary list: each answer as the host would say it, with the page that asks it."""
    data = form.cleaned_data
    fields = form.fields
    choices = {
        name: dict(fields[name].choices) for name in ("organisation_type", "area", "format", "audience")
    }
    rows = [
        ("organisation", "Organisation", data["organisation_name"]),
        ("organisation", "Kind of organisation", choices["organisation_type"][data["organisation_type"]]),
        ("organisation", "Area", choices["area"][data["area"]]),
        ("format", "Face-to-face or online", choices["format"][data["format"]]),
    ]
    if data["format"] == WorkshopFormat.FACE_TO_FACE:
        rows.append(("address", "Address", f"{data['address'].strip()}\n{data['postcode']}"))
    dates = [
        f"{day:%-d %B %Y}, {dict(TimeOfDay.choices)[time_of_day].lower()}"
        for day, time_of_day in data["preferred_dates"]
    ]
    rows += [
        ("dates", "Dates you would like", "\n".join(dates)),
        ("audience", "Who will come", ", ".join(choices["audience"][value] for value in data["audience"])),
        ("audience", "How many people", str(data["audience_size"])),
        ("contact", "Your name", data["contact_name"]),
        ("contact", "Email address", data["contact_email"]),
        ("contact", "Telephone number", display_uk_phone(data["contact_phone"])),
        ("contact", "Accessibility needs", data["accessibility_needs"].strip() or "None"),
    ]
    return [{"step": step, "label": label, "value": value} for step, label, value in rows]


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
}


def _open(request, token: str):
    """The request a status link opens, or the page saying why it opens nothing."""
    try:
        return links.request_for_token(token), None
    except links.ExpiredLink:
        return None, TemplateResponse(request, "workshops/link_problem.html", {"expired": True}, status=400)
    except links.InvalidLink:
        return None, TemplateResponse(request, "workshops/link_problem.html", {"expired": False}, status=404)


def _host_actions(workshop_request) -> list[str]:
    # The host has no account: they act from the link, as "no user" in the rules.
    return MACHINE.allowed_actions(workshop_request, timezone.now(), None)


@never_cache
def status(request, token: str):
    """The host's status page, opened from the private link: follow the request, accept a
    proposed date or ask for another. Cancelling has its own page (status_cancel)."""
    workshop_request, problem = _open(request, token)
    if problem:
        return problem
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "cancel":
        return status_cancel(request, token)
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
            "token": token,
            "events": workshop_request.events.order_by("at", "pk"),
            "form": bound,
            "forms": forms_by_action,
            "just_sent": request.GET.get("sent") == "1"
            and workshop_request.status == WorkshopStatus.REQUESTED,
            "steps": _steps(workshop_request),
            "actions": _host_actions(workshop_request),
        },
        status=400 if bound is not None and bound.errors else 200,
    )


@never_cache
def status_cancel(request, token: str):
    """The host's own page for cancelling, behind a link on the status page: what it means,
    an optional reason, and a tick to say they mean it."""
    workshop_request, problem = _open(request, token)
    if problem:
        return problem
    status_url = reverse("workshops:status", args=[token])
    if "cancel" not in _host_actions(workshop_request):
        return redirect(status_url)
    form = HostCancelForm(request.POST if request.method == "POST" else None, prefix="cancel")
    if form.is_valid():
        try:
            services.cancel(workshop_request, reason=form.cleaned_data["reason"])
        except WorkshopError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Your workshop request is cancelled.")
            return redirect(status_url)
    return TemplateResponse(
        request,
        "workshops/cancel.html",
        {"workshop_request": workshop_request, "form": form, "status_url": status_url},
        status=400 if form.errors else 200,
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
                services.resend_link(found)
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
