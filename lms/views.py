import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from lms.forms import ProfileForm, SearchForm
from lms.models import PractitionerProfile, Role
from lms.roles import CERTIFICATE_STAFF, REGISTER_READERS

WORD = re.compile(r"\w+")


@csrf_exempt  # leaving must never fail: no form, no token, nothing to forge
@never_cache
@require_http_methods(["GET", "POST"])
def quick_exit(request):
    """Quick Exit: end the session and go to a neutral site, leaving nothing behind to see."""
    logout(request)
    request.session.flush()
    response = redirect(settings.QUICK_EXIT_URL)
    response["Referrer-Policy"] = "no-referrer"
    response["Clear-Site-Data"] = '"cache", "storage"'
    return response


@never_cache
def sign_in_page_instead(request):
    """Where Wagtail's and Django's own sign-in forms were: they took a password without
    allauth's rate limits or its mandatory email verification, so there is one sign-in page.
    A person already signed in is sent here by Django's admin when they are not staff: refuse
    rather than send them round through sign-in and back again."""
    if request.user.is_authenticated:
        raise PermissionDenied
    next_url = request.GET.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect_to_login(next_url)
    return redirect(settings.LOGIN_URL)


@login_required
def dashboard(request):
    user = request.user
    profile = (
        PractitionerProfile.objects.select_related("organisation", "local_authority")
        .filter(user=user)
        .first()
    )
    return render(
        request,
        "lms/dashboard.html",
        {
            "profile": profile,
            "is_manager": user.has_role(Role.MANAGER),
            "is_trainer": user.has_role(Role.TRAINER),
            "is_finance": user.has_role(Role.FINANCE),
            "is_coordinator": user.has_role(Role.WORKSHOP_COORDINATOR),
            "is_editor": user.has_role(Role.EDITOR, Role.ADMINISTRATOR),
            "reads_register": user.has_role(*REGISTER_READERS),
            "handles_certificates": user.has_role(*CERTIFICATE_STAFF),
        },
    )


@login_required
def profile(request):
    instance = PractitionerProfile.objects.filter(user=request.user).first()
    form = ProfileForm(
        request.POST if request.method == "POST" else None, instance=instance, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile has been saved.")
        return redirect("dashboard")
    return render(request, "lms/profile.html", {"form": form, "is_new": instance is None})


def search_words(query: str) -> str:
    """The words of a search, without the punctuation. Full-text search ignores punctuation
    anyway, and the database backend passes some of it (a double quote) through to SQLite's
    MATCH syntax unescaped, where it is an error instead of a search."""
    return " ".join(WORD.findall(query))


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    words = search_words(query)
    if words:
        results = Page.objects.live().public().specific().search(words)
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    form = SearchForm(initial={"q": query})
    return render(request, "lms/search.html", {"query": query, "results": page, "search_form": form})
