"""Thin views over bookings.services."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache

from bookings import services
from bookings.forms import DeclineForm
from bookings.services import BookingError


@never_cache
def manager_decision(request, token: str):
    """The page a manager's emailed link opens: no account needed, the link is the key."""
    try:
        booking = services.booking_for_token(token)
    except BookingError as error:
        return render(request, "bookings/manager_link_problem.html", {"message": str(error)}, status=400)
    decline_form = DeclineForm(request.POST if request.POST.get("action") == "decline" else None)
    by_user = request.user if request.user.is_authenticated else None
    if request.method == "POST":
        try:
            if request.POST.get("action") == "approve":
                booking = services.approve(booking, by_email=booking.manager_email, by_user=by_user)
                return render(request, "bookings/manager_done.html", {"booking": booking, "approved": True})
            if decline_form.is_valid():
                booking = services.decline(
                    booking,
                    by_email=booking.manager_email,
                    reason=decline_form.cleaned_data["reason"],
                    by_user=by_user,
                )
                return render(request, "bookings/manager_done.html", {"booking": booking, "approved": False})
        except BookingError as error:
            return render(request, "bookings/manager_link_problem.html", {"message": str(error)}, status=400)
    return render(
        request,
        "bookings/manager_decision.html",
        {
            "booking": booking,
            "session": booking.session,
            "course": booking.session.course,
            "form": decline_form if decline_form.is_bound else None,
            "decline_form": decline_form,
        },
    )
