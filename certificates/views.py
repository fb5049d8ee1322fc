from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from certificates import services
from certificates.forms import CertificateSearchForm, RevokeForm
from certificates.models import Certificate
from certificates.permissions import CERTIFICATE_STAFF
from lms import ratelimit
from lms.permissions import role_required

RESULTS_SHOWN = 50

MISSES_ALLOWED = 20
MISS_WINDOW = 600  # seconds


@never_cache
def verify(request, code: str):
    """Public: name, title, date and status only. Guessing codes is slowed by a limit on misses."""
    key = f"certificate-verify-misses:{ratelimit.client_ip(request)}"
    if ratelimit.reached(key, MISSES_ALLOWED):
        return render(request, "certificates/verify_limited.html", status=429)
    certificate = (
        Certificate.objects.filter(code=code)
        .only("holder_name", "title", "completed_on", "status", "code", "issued_at")
        .first()
    )
    if certificate is None:
        # Only misses count: someone checking many genuine certificates is never held up.
        ratelimit.hit(key, MISSES_ALLOWED, MISS_WINDOW)
        return render(request, "certificates/verify_not_found.html", status=404)
    return render(request, "certificates/verify.html", {"certificate": certificate})


@login_required
def download(request, code: str):
    certificate = get_object_or_404(Certificate, code=code, holder=request.user)
    if certificate.status == "superseded":
        raise Http404
    response = HttpResponse(services.pdf_bytes(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.number}.pdf"'
    return response


@role_required(*CERTIFICATE_STAFF)
def staff_search(request):
    form = CertificateSearchForm(request.GET or None)
    found = None
    if form.is_valid():
        found = form.filter(Certificate.objects.select_related("holder"))[:RESULTS_SHOWN]
    return TemplateResponse(
        request, "certificates/staff_search.html", {"form": form, "found": found, "limit": RESULTS_SHOWN}
    )


@role_required(*CERTIFICATE_STAFF)
def staff_detail(request, pk: int):
    certificate = get_object_or_404(Certificate.objects.select_related("holder"), pk=pk)
    action = request.POST.get("action") if request.method == "POST" else None
    form = RevokeForm(request.POST if action == "revoke" else None)
    problem = ""
    try:
        if action == "reissue":
            new = services.reissue(certificate, by_user=request.user)
            messages.success(request, f"Reissued as {new.number} in the name {new.holder_name}.")
            return redirect("certificates:staff_detail", pk=new.pk)
        if action == "revoke" and form.is_valid():
            services.revoke(certificate, by_user=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, f"Certificate {certificate.number} has been revoked.")
            return redirect("certificates:staff_detail", pk=certificate.pk)
    except services.CertificateError as error:
        problem = str(error)
    return TemplateResponse(
        request,
        "certificates/staff_detail.html",
        {"certificate": certificate, "form": form, "problem": problem, **_history(certificate)},
        status=400 if form.errors or problem else 200,
    )


def _history(certificate: Certificate) -> dict:
    """Its events, oldest first, and the latest change of status, whose maker the status row names."""
    events = list(certificate.events.select_related("actor"))
    changes = [event for event in events if event.from_state and event.from_state != event.to_state]
    return {"events": events, "last_change": changes[-1] if changes else None}
