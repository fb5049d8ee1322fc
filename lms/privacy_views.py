"""The privacy pages: the notice, Download my data, and Delete my account. The rules are in
lms.privacy; these parse the request, call them and answer."""

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_safe

from bookings import services as bookings
from lms.emails import render_text
from lms.links import absolute_url
from lms.privacy import erasure, records
from lms.privacy.forms import DeleteAccountForm
from lms.tasks import send_email


@require_safe
def notice(request):
    return render(request, "lms/privacy/notice.html", {"retention": settings.RETENTION})


@never_cache
@login_required
@require_GET
def download(request):
    archive = records.write_archive(request.user)
    filename = f"my-data-{timezone.localdate():%Y-%m-%d}.zip"
    return FileResponse(archive, as_attachment=True, filename=filename, content_type="application/zip")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and form.is_valid():
        email, name = user.email, user.full_name
        result = erasure.erase(user)
        subject, body = render_text(
            "lms/privacy/emails/account_deleted.txt",
            {
                "name": name,
                "cancelled": result.cancelled,
                "notice_url": absolute_url(reverse("privacy_notice")),
            },
        )
        transaction.on_commit(lambda: send_email.enqueue(subject, body, [email]))
        logout(request)
        return redirect("privacy_account_deleted")
    now = timezone.now()
    places = [
        (booking, bookings.charge_if_cancelled_now(booking, now))
        for booking in erasure.places_to_cancel(user)
    ]
    return render(request, "lms/privacy/delete_account.html", {"form": form, "places": places})


@require_safe
def account_deleted(request):
    return render(request, "lms/privacy/account_deleted.html")
