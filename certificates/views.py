from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from certificates import services
from certificates.models import Certificate

MISSES_ALLOWED = 20
MISS_WINDOW = 600  # seconds


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


@never_cache
def verify(request, code: str):
    """Public: name, title, date and status only. Guessing codes is slowed by a limit on misses."""
    key = f"certificate-verify-misses:{_client_ip(request)}"
    if cache.get(key, 0) >= MISSES_ALLOWED:
        return render(request, "certificates/verify_limited.html", status=429)
    certificate = (
        Certificate.objects.filter(code=code)
        .only("holder_name", "title", "completed_on", "status", "code", "issued_at")
        .first()
    )
    if certificate is None:
        cache.set(key, cache.get(key, 0) + 1, MISS_WINDOW)
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
