"""The GCP2 accreditation register: look-ups for managers, trainers and safeguarding leads;
status changes and historical imports for trainers and administrators."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from certificates import exports as register_exports
from certificates import resources, services
from certificates.accreditation import AccreditationError, change_status, today
from certificates.forms import AccreditationImportForm, StatusChangeForm
from certificates.models import Accreditation, AccreditationEvent, AccreditationScheme
from certificates.permissions import REGISTER_KEEPERS, REGISTER_READERS
from lms import exports
from lms.paging import page_of
from lms.permissions import role_required
from lms.spreadsheets import PREVIEW_GONE, stash_preview, take_preview, upload_format

PAGE_SIZE = 50


def _searched(request):
    return register_exports.searched(request.GET)


@role_required(*REGISTER_READERS)
def register(request):
    form, listed = _searched(request)
    page = page_of(request, listed, PAGE_SIZE)
    on = today()
    for accreditation in page:
        accreditation.can_lead_today = accreditation.can_lead_on(on)
    query = request.GET.copy()
    query.pop("page", None)  # the export is of the whole search, not one page
    return TemplateResponse(
        request,
        "certificates/register.html",
        {
            "form": form,
            "page": page,
            "today": on,
            "query": query.urlencode(),
            "can_keep": request.user.has_role(*REGISTER_KEEPERS),
        },
    )


@role_required(*REGISTER_READERS)
@require_POST
def export(request, file_format: str):
    """Queue a file of the search the person made (the register page posts its query string);
    they wait for it on the export's progress page and download it from there."""
    if file_format not in ("csv", "xlsx"):
        raise Http404
    query = QueryDict(request.POST.get("query", ""), mutable=True)
    query.pop("page", None)
    made = exports.request_export(
        register_exports.REGISTER.name,
        file_format,
        by_user=request.user,
        params={"query": query.urlencode()[:2000]},
        filename=f"gcp2-register-{today():%Y-%m-%d}.{file_format}",
    )
    return redirect("exports:progress", made.pk)


@role_required(*REGISTER_READERS)
def detail(request, pk: int):
    return _detail(request, pk, StatusChangeForm())


@role_required(*REGISTER_KEEPERS)
@require_POST
def change(request, pk: int):
    accreditation = get_object_or_404(Accreditation, pk=pk)
    form = StatusChangeForm(request.POST)
    action = request.POST.get("action", "")
    if form.is_valid():
        try:
            change_status(accreditation, action, by_user=request.user, reason=form.cleaned_data["reason"])
        except AccreditationError as error:
            form.add_error("reason", str(error))
        else:
            done = AccreditationEvent.LABELS[action].lower()
            messages.success(request, f"{accreditation.holder_name}'s accreditation has been {done}.")
            return redirect("register:detail", pk=pk)
    return _detail(request, pk, form, status=400)


def _detail(request, pk: int, form, status: int = 200):
    accreditation = get_object_or_404(Accreditation.objects.for_register(), pk=pk)
    certificate = None
    if accreditation.source_type == "session_attendance":
        certificate = services.for_sources("session_attendance", [accreditation.source_id]).first()
    return TemplateResponse(
        request,
        "certificates/register_detail.html",
        {
            "accreditation": accreditation,
            "events": accreditation.events.select_related("actor"),
            "certificate": certificate,
            "can_lead_today": accreditation.can_lead_on(today()),
            "today": today(),
            "can_keep": request.user.has_role(*REGISTER_KEEPERS),
            "form": form,
        },
        status=status,
    )


@role_required(*REGISTER_KEEPERS)
def import_list(request):
    if request.method == "POST" and request.POST.get("confirm"):
        return _confirm_import(request)
    form = AccreditationImportForm(request.POST or None, request.FILES or None)
    result = token = None
    if request.method == "POST" and form.is_valid():
        upload, scheme = form.cleaned_data["file"], form.cleaned_data["scheme"]
        result = resources.read_accreditations(upload, upload_format(upload), scheme)
        if not result.errors:
            token = stash_preview(
                request.user, resources.PREVIEW_KIND, {"scheme": scheme.pk, "rows": result.rows}
            )
    return _import_page(request, form, result, token)


def _confirm_import(request):
    """One transaction takes the preview, checks it again and saves it, or shows it again
    checked afresh: four confirms at once save once, and a change since the preview saves nothing."""
    with transaction.atomic():
        stored = take_preview(request.user, resources.PREVIEW_KIND, request.POST.get("preview", ""))
        scheme = stored and AccreditationScheme.objects.filter(pk=stored["scheme"]).first()
        if not scheme:
            messages.error(request, PREVIEW_GONE)
            return redirect("register:import")
        result = resources.save_accreditations(stored["rows"], scheme, by_user=request.user)
        if result.changed:
            token = None
            if not result.errors:
                payload = {"scheme": scheme.pk, "rows": result.rows}
                token = stash_preview(request.user, resources.PREVIEW_KIND, payload)
            form = AccreditationImportForm(initial={"scheme": scheme})
            return _import_page(request, form, result, token, status=409)
    saved = result.saved
    messages.success(request, f"Added {saved} {'person' if saved == 1 else 'people'} to the register.")
    return redirect("register:register")


def _import_page(request, form, result, token, status: int = 200):
    return TemplateResponse(
        request,
        "certificates/register_import.html",
        {"form": form, "result": result, "preview_token": token},
        status=status,
    )
