"""Thin views over bookings.services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from bookings import services
from bookings.filters import SessionFilter
from bookings.forms import (
    AttendanceForm,
    BookingRequestForm,
    CancelForm,
    CancelSessionForm,
    ManagerDecisionForm,
    RequestDeclineForm,
    TransferForm,
    WalkInForm,
)
from bookings.links import ApprovalLinkUsed
from bookings.models import Booking, BookingStatus, Session
from bookings.models.bookings import ATTENDANCE, MACHINE, MARK_ACTIONS
from bookings.paging import page_of
from bookings.services import BookingError
from lms.formatting import on_partnership_clock
from lms.models import Role
from lms.permissions import account_at_verified_address, role_required, verified_email_required

TRANSFER_REFUSED = (
    "We could not pass your place to that person. Check the email address, and that they have an account "
    "with a completed profile and are not already booked on this session."
)
# (value, label, the table's action): the register enables a mark only where the table allows it.
ATTENDANCE_CHOICES = [(status.value, status.label) for status in MARK_ACTIONS]


@never_cache
def manager_decision(request, token: str):
    """The page a manager's emailed link opens: no account needed, the link is the key. Opened
    again after it has done its job, it says what became of the request."""
    try:
        booking = services.booking_for_token(token)
    except ApprovalLinkUsed as used:
        return render(request, "bookings/manager_link_used.html", outcome(used.booking), status=400)
    except BookingError as error:
        return render(request, "bookings/manager_link_problem.html", {"message": str(error)}, status=400)
    form = ManagerDecisionForm(request.POST if request.method == "POST" else None)
    by_user = request.user if request.user.is_authenticated else None
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["action"] == "approve":
                booking = services.approve(booking, by_email=booking.manager_email, by_user=by_user)
            else:
                booking = services.decline(
                    booking,
                    by_email=booking.manager_email,
                    reason=form.cleaned_data["reason"],
                    by_user=by_user,
                )
        except BookingError as error:
            return render(request, "bookings/manager_link_problem.html", {"message": str(error)}, status=400)
        approved = booking.status != BookingStatus.DECLINED
        told = "declined" if not approved else booking.status
        return render(
            request,
            "bookings/manager_done.html",
            {"booking": booking, "approved": approved, "emailed": services.email_outcome(booking, told)},
        )
    return render(
        request,
        "bookings/manager_decision.html",
        {"booking": booking, "session": booking.session, "course": booking.session.course, "form": form},
    )


def outcome(booking: Booking) -> dict:
    """What became of a request whose approval link has been used, in the manager's words: the
    decision (or what closed the request first), and whether the place is still held.

    Anyone holding the link sees this page, so it says no more than the decision needs: not
    attendance, and not the name of a colleague the place was passed to."""
    events = {event.action: event.at for event in booking.events.all()}
    if "approved" in events:
        decided = f"You approved this place on {_day(events['approved'])}."
    elif "declined" in events:
        decided = f"You declined this request on {_day(events['declined'])}."
    elif "withdrawn" in events:
        decided = f"The practitioner withdrew this request on {_day(events['withdrawn'])}."
    elif "expired" in events:
        decided = f"This request closed on {_day(events['expired'])} because nobody answered it in time."
    elif "session cancelled" in events:
        decided = f"The organisers cancelled the session on {_day(events['session cancelled'])}."
    else:
        decided = "This request has already been dealt with."
    since = {
        BookingStatus.WAITLISTED: "The place is on the waiting list.",
        BookingStatus.OFFERED: "A place that has come free has been offered.",
        BookingStatus.CONFIRMED: "The place is confirmed.",
        BookingStatus.CANCELLED: "The place has since been cancelled.",
    }
    if booking.status == BookingStatus.SESSION_CANCELLED and "approved" in events:
        since[BookingStatus.SESSION_CANCELLED] = "The organisers have since cancelled the session."
    transferred = "transferred" in events
    if transferred and booking.status == BookingStatus.CONFIRMED:
        since[BookingStatus.CONFIRMED] = "The place has since been passed to a colleague."
    return {
        "booking": booking,
        "name": "" if transferred else booking.full_name,
        "decided": decided,
        "since": since.get(booking.status, ""),
    }


def _day(at) -> str:
    return f"{on_partnership_clock(at):%-d %B %Y}"


CATALOGUE_PER_PAGE = 20
MY_BOOKINGS_PER_PAGE = 10
TRAINER_SESSIONS_PER_PAGE = 50


def _filter_data(request):
    """The query string without paging, so a page link alone does not count as filtering."""
    return {key: value for key, value in request.GET.items() if key not in ("page", "past")} or None


def catalogue(request, page):
    """Bookable sessions, soonest first, a page at a time: the start index reads a page's
    sessions and the bookings index counts the places taken on those sessions alone."""
    months = [
        (f"{month:%Y-%m}", f"{month:%B %Y}")
        for month in Session.objects.bookable().datetimes("starts_at", "month")
    ]
    filters = SessionFilter(
        _filter_data(request), queryset=Session.objects.bookable().order_by("starts_at", "pk"), months=months
    )
    sessions = page_of(
        request,
        filters.qs.with_places_taken().select_related("course", "local_authority"),
        CATALOGUE_PER_PAGE,
    )
    rows = [{"session": s, "places_left": s.places_left} for s in sessions]
    return TemplateResponse(
        request,
        "bookings/catalogue.html",
        {
            **page.get_context(request),
            "filter_form": filters.form,
            "sessions": sessions,
            "rows": rows,
        },
    )


def request_place(request, page, session_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    profile = getattr(request.user, "profile", None)
    if profile is None:
        messages.info(request, "Complete your profile first: your booking request uses it.")
        return redirect(f"{reverse('profile')}?next={request.get_full_path()}")
    session = get_object_or_404(Session.objects.select_related("course", "local_authority"), pk=session_id)
    initial = {
        "job_role": profile.job_role,
        "manager_name": profile.manager_name,
        "manager_email": profile.manager_email,
    }
    form = BookingRequestForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        session=session,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        try:
            booking = services.request_place(session, request.user, **form.cleaned_data)
        except BookingError as error:
            form.add_error(None, str(error))
        else:
            _say_whether_the_manager_was_emailed(request, booking)
            return redirect("bookings:my_bookings")
    return TemplateResponse(
        request,
        "bookings/request.html",
        {
            **page.get_context(request),
            "session": session,
            "course": session.course,
            "form": form,
            "places_left": session.places_left,
        },
    )


def _say_whether_the_manager_was_emailed(request, booking: Booking) -> None:
    """Never "we have emailed" unless the email went: it is sent after the request is saved,
    at once or by a worker later, and may have failed."""
    outcome = services.email_outcome(booking, "approval_needed")
    name = booking.manager_name
    if outcome == services.NOT_SENT:
        messages.error(
            request,
            f"Your request is saved, but we could not send the email asking {name} to approve it. "
            f"Ask them to sign in with {booking.manager_email} and approve it under Requests for your "
            "approval, or withdraw this request and ask again.",
        )
    elif outcome == services.SENT:
        messages.success(request, f"Request sent. We have emailed {name} to approve it.")
    else:
        messages.success(
            request,
            f"Request sent. We are emailing {name} to approve it; if the email cannot be sent, "
            "we will say so here.",
        )


def _today_starts():
    """Midnight this morning on the partnership's clock: a session earlier today is still today's."""
    return on_partnership_clock(timezone.now()).replace(hour=0, minute=0, second=0, microsecond=0)


@login_required
def my_bookings(request):
    """Upcoming bookings soonest first, then past ones most recent first, each paged on its own
    (`?page=` and `?past=`) so the next session is always at the top."""
    today = _today_starts()
    mine = services.with_manager_email_outcome(
        Booking.objects.filter(user=request.user).select_related(
            "session__course", "session__local_authority", "charge"
        )
    )
    upcoming = page_of(
        request,
        mine.filter(session__starts_at__gte=today).order_by("session__starts_at", "pk"),
        MY_BOOKINGS_PER_PAGE,
    )
    past = page_of(
        request,
        mine.filter(session__starts_at__lt=today).order_by("-session__starts_at", "-pk"),
        MY_BOOKINGS_PER_PAGE,
        param="past",
    )
    return TemplateResponse(
        request,
        "bookings/my_bookings.html",
        {
            "upcoming": upcoming,
            "past": past,
        },
    )


def _own_booking(request, booking_id) -> Booking:
    return get_object_or_404(
        Booking.objects.select_related("session__course", "session__local_authority"),
        pk=booking_id,
        user=request.user,
    )


@login_required
def cancel_booking(request, booking_id: int):
    booking = _own_booking(request, booking_id)
    action = "withdraw" if booking.status == BookingStatus.REQUESTED else "cancel"
    if request.method != "POST" and (refusal := MACHINE.refusal_for(booking, action, user=request.user)):
        # Never show a form the service would refuse: say why, where the booking is listed.
        messages.error(request, refusal)
        return redirect("bookings:my_bookings")
    form = CancelForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            charge = services.cancel(booking, by_user=request.user)
        except BookingError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                f"Cancelled. Your organisation will be charged £{charge.amount}."
                if charge
                else "Cancelled. There is no charge.",
            )
        return redirect("bookings:my_bookings")
    return TemplateResponse(
        request,
        "bookings/cancel.html",
        {
            "booking": booking,
            "form": form,
            "charge": services.charge_if_cancelled_now(booking),
            "withdrawing": action == "withdraw",
        },
    )


@login_required
@require_POST
def accept_offer(request, booking_id: int):
    try:
        services.accept_offer(_own_booking(request, booking_id), by_user=request.user)
        messages.success(request, "Your place is confirmed.")
    except BookingError as error:
        messages.error(request, str(error))
    return redirect("bookings:my_bookings")


@verified_email_required
def manager_requests(request):
    """Every request addressed to the signed-in person's email, to act on without the email."""
    if request.method == "POST":
        booking_id = request.POST.get("booking", "")
        if not booking_id.isdecimal() or len(booking_id) > 12:
            raise Http404
        booking = get_object_or_404(Booking.objects.addressed_to(request.user.email), pk=int(booking_id))
        try:
            if request.POST.get("action") == "approve":
                services.approve(booking, by_email=request.user.email, by_user=request.user)
                messages.success(request, f"Approved {booking.full_name}'s place.")
            else:
                services.decline(
                    booking,
                    by_email=request.user.email,
                    by_user=request.user,
                    reason=request.POST.get("reason", ""),
                )
                messages.success(request, f"Declined {booking.full_name}'s request.")
        except BookingError as error:
            messages.error(request, str(error))
        return redirect("bookings:manager_requests")
    bookings = (
        Booking.objects.addressed_to(request.user.email)
        .select_related("session__course", "session__local_authority", "organisation")
        .order_by("-requested_at")
    )
    waiting = [b for b in bookings if b.status == BookingStatus.REQUESTED]
    for booking in waiting:
        booking.decline_form = RequestDeclineForm(auto_id=f"%s-{booking.pk}")
    return TemplateResponse(
        request,
        "bookings/manager_requests.html",
        {
            "waiting": waiting,
            "decided": [b for b in bookings if b.status != BookingStatus.REQUESTED][:50],
        },
    )


@role_required(Role.TRAINER, Role.WORKSHOP_COORDINATOR)
def trainer_sessions(request):
    """The sessions this person runs registers for: today's and upcoming soonest first, then past
    ones most recent first, each paged (`?page=` and `?past=`) by the sessions' start index, with
    the booked and waiting figures counted for the listed sessions only."""
    today = _today_starts()
    managed = Session.objects.managed_by(request.user).select_related("course", "local_authority")
    upcoming = page_of(
        request,
        managed.filter(starts_at__gte=today).order_by("starts_at", "pk").with_booked_and_waiting(),
        TRAINER_SESSIONS_PER_PAGE,
    )
    past = page_of(
        request,
        managed.filter(starts_at__lt=today).order_by("-starts_at", "-pk").with_booked_and_waiting(),
        TRAINER_SESSIONS_PER_PAGE,
        param="past",
    )
    return TemplateResponse(request, "bookings/trainer_sessions.html", {"upcoming": upcoming, "past": past})


@role_required(Role.TRAINER, Role.WORKSHOP_COORDINATOR)
def register(request, session_id: int):
    session = get_object_or_404(Session.objects.select_related("course", "local_authority"), pk=session_id)
    if not services.can_run_register(request.user, session):
        raise PermissionDenied
    walk_in = WalkInForm(request.POST if request.POST.get("action") == "walk_in" else None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "walk_in":
                if walk_in.is_valid():
                    attendee = account_at_verified_address(walk_in.cleaned_data["email"])
                    if attendee is None:
                        raise BookingError("No account uses that email address.")
                    services.add_walk_in(session, attendee, by_user=request.user)
                    messages.success(request, f"Added {attendee.full_name} as attended.")
                    return redirect("bookings:register", session_id=session.pk)
            else:
                marked = 0
                for booking in session.bookings.filter(status__in=[BookingStatus.CONFIRMED, *ATTENDANCE]):
                    status = request.POST.get(f"attendance-{booking.pk}")
                    if status and status != booking.status:
                        services.mark_attendance(booking, BookingStatus(status), by_user=request.user)
                        marked += 1
                messages.success(request, f"Register saved: {marked} change{'s' if marked != 1 else ''}.")
                return redirect("bookings:register", session_id=session.pk)
        except (BookingError, ValueError) as error:
            messages.error(request, str(error))
    people = (
        session.bookings.filter(status__in=[BookingStatus.CONFIRMED, *ATTENDANCE])
        .select_related("organisation", "session")
        .order_by("full_name")
    )
    waiting = session.bookings.waitlist().select_related("organisation")
    now = timezone.now()
    return TemplateResponse(
        request,
        "bookings/register.html",
        {
            "session": session,
            "people": people,
            "waiting": waiting,
            "walk_in_form": walk_in,
            "form": walk_in if walk_in.is_bound else None,
            "attendance_form": AttendanceForm(
                people=people,
                choices=ATTENDANCE_CHOICES,
                can_mark=lambda booking: any(
                    action in MACHINE.allowed_actions(booking, now, request.user)
                    for action in MARK_ACTIONS.values()
                ),
            ),
            "printable": request.GET.get("print") == "1",
            "started": session.starts_at <= timezone.now(),
            "any_attended": any(booking.status == BookingStatus.ATTENDED for booking in people),
        },
    )


@role_required(Role.TRAINER, Role.WORKSHOP_COORDINATOR)
def session_certificates(request, session_id: int):
    """Every attendee's certificate in one ZIP, for a trainer to hand out or file."""
    from certificates import services as certificates

    session = get_object_or_404(Session.objects.select_related("course"), pk=session_id)
    if not services.can_run_register(request.user, session):
        raise PermissionDenied
    attended = session.bookings.filter(status=BookingStatus.ATTENDED).values_list("pk", flat=True)
    issued = list(certificates.for_sources("session_attendance", attended))
    if not issued:
        messages.info(request, "Nobody has been marked as attended yet, so there are no certificates.")
        return redirect("bookings:register", session_id=session.pk)
    day = on_partnership_clock(session.starts_at).date()
    response = HttpResponse(certificates.zip_of(issued), content_type="application/zip")
    response["Content-Disposition"] = (
        f'attachment; filename="certificates-{session.course.slug}-{day:%Y-%m-%d}.zip"'
    )
    return response


@login_required
def transfer_booking(request, booking_id: int):
    booking = _own_booking(request, booking_id)
    if request.method != "POST" and (refusal := MACHINE.refusal_for(booking, "transfer", user=request.user)):
        messages.error(request, refusal)
        return redirect("bookings:my_bookings")
    form = TransferForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        colleague = account_at_verified_address(form.cleaned_data["email"])
        try:
            if colleague is None:
                raise BookingError(TRANSFER_REFUSED)
            services.transfer(booking, colleague=colleague, by_user=request.user)
        except BookingError as error:
            # One message whatever the reason, so the form never reveals who has an account.
            form.add_error(
                "email", str(error) if str(error) == services.NOT_TRANSFERABLE else TRANSFER_REFUSED
            )
        else:
            messages.success(
                request, f"Your place has been passed to {colleague.full_name}. There is no charge."
            )
            return redirect("bookings:my_bookings")
    return TemplateResponse(request, "bookings/transfer.html", {"booking": booking, "form": form})


@role_required(Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR)
def cancel_session(request, session_id: int):
    session = get_object_or_404(Session.objects.select_related("course"), pk=session_id)
    form = CancelSessionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            count = services.cancel_session(session, by_user=request.user, reason=form.cleaned_data["reason"])
        except BookingError as error:
            messages.error(request, str(error))
            return redirect("bookings:register", session_id=session.pk)
        messages.success(
            request,
            f"Session cancelled; nobody is charged. We are emailing the {count} "
            f"{'person' if count == 1 else 'people'} booked.",
        )
        return redirect("bookings:trainer_sessions")
    return TemplateResponse(request, "bookings/cancel_session.html", {"session": session, "form": form})
