"""Finance's screens: the charges list, exports, past batches, invoice references and waivers."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from bookings import exports as finance_exports
from bookings import services
from bookings.filters import ChargeFilter
from bookings.forms import InvoiceImportForm, WaiveForm
from bookings.models import Charge, ExportBatch
from bookings.paging import page_of
from bookings.services import BookingError
from lms import exports
from lms.models import Export, ExportStatus, Role
from lms.permissions import role_required
from lms.spreadsheets import (
    PREVIEW_GONE,
    stash_preview,
    take_preview,
    upload_format,
)

CHARGES_PER_PAGE = 50


@role_required(Role.FINANCE)
def charges(request):
    """The charges, newest first, a page at a time. Newest first is the order of the indexes on
    `raised_at` (alone, and after status or organisation), so a page reads only its own rows;
    the count and total of every charge the filters match are one aggregate."""
    filters = ChargeFilter(
        {key: value for key, value in request.GET.items() if key != "page"} or None,
        queryset=Charge.objects.order_by("-raised_at", "-pk"),
    )
    listed = filters.qs
    totals = listed.order_by().aggregate(count=Count("pk"), amount=Sum("amount"))
    page = page_of(
        request,
        listed.select_related("organisation", "booking__session__course"),
        CHARGES_PER_PAGE,
        count=totals["count"],
    )
    return TemplateResponse(
        request,
        "bookings/finance/charges.html",
        {
            "filter_form": filters.form,
            "page": page,
            "charges": page.object_list,
            "total_amount": totals["amount"] or 0,
            "batches": ExportBatch.objects.all()[:20],
            "exports": Export.objects.of_kind(
                finance_exports.NEW_CHARGES.name, finance_exports.BATCH_FILE.name
            ).recent()[:10],
            "import_form": InvoiceImportForm(),
        },
    )


@role_required(Role.FINANCE)
@require_POST
def export(request):
    """Queue the export of every pending charge; the batch and its file are made by the worker
    (bookings.exports), and this page's next is the export's progress page."""
    file_format = request.POST.get("format", "csv")
    if file_format not in ("csv", "xlsx"):
        raise Http404
    if not Charge.objects.pending().exists():
        messages.info(request, "There are no new charges to export.")
        return redirect("finance:charges")
    made = exports.request_export(
        finance_exports.NEW_CHARGES.name,
        file_format,
        by_user=request.user,
        filename=f"new-charges.{file_format}",
    )
    return redirect("exports:progress", made.pk)


@role_required(Role.FINANCE)
def download_batch(request, batch_id: int, file_format: str):
    """A batch's stored file. A batch made before files were stored (or without one in this
    format) has it built once, as a stored export, and this leads to its progress page."""
    if file_format not in ("csv", "xlsx"):
        raise Http404
    batch = get_object_or_404(ExportBatch, pk=batch_id)
    files = batch.files.filter(file_format=file_format).exclude(status=ExportStatus.FAILED)
    stored = files.order_by("-requested_at").first()
    if stored is not None and stored.status == ExportStatus.DONE:
        return exports.download_response(stored)
    if stored is None:
        stored = _queue_batch_file(batch, file_format, request.user)
    return redirect("exports:progress", stored.pk)


def _queue_batch_file(batch: ExportBatch, file_format: str, user) -> Export:
    with transaction.atomic():
        # A second request while the first is queued finds its export rather than making another.
        ExportBatch.objects.select_for_update().get(pk=batch.pk)
        waiting = (
            Export.objects.of_kind(finance_exports.BATCH_FILE.name)
            .filter(file_format=file_format, params__batch=batch.pk)
            .filter(status__in=(ExportStatus.QUEUED, ExportStatus.BUILDING))
            .first()
        )
        return waiting or exports.request_export(
            finance_exports.BATCH_FILE.name,
            file_format,
            by_user=user,
            params={"batch": batch.pk},
            filename=finance_exports.batch_filename(batch, file_format),
        )


@role_required(Role.FINANCE)
def waive(request, charge_id: int):
    charge = get_object_or_404(
        Charge.objects.select_related("booking__session__course", "organisation"), pk=charge_id
    )
    form = WaiveForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.waive(charge, by_user=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, f"Charge {charge.pk} waived.")
            return redirect("finance:charges")
        except BookingError as error:
            form.add_error(None, str(error))
    return TemplateResponse(request, "bookings/finance/waive.html", {"charge": charge, "form": form})


@role_required(Role.FINANCE)
def import_invoices(request):
    if request.method == "POST" and request.POST.get("confirm"):
        return _confirm_invoices(request)
    form = InvoiceImportForm(request.POST or None, request.FILES or None)
    result = token = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = services.read_invoice_references(upload, upload_format(upload))
        if not result.errors:
            token = stash_preview(request.user, services.INVOICE_PREVIEW_KIND, result.rows)
    return _import_page(request, form, result, token)


def _confirm_invoices(request):
    """One transaction takes the preview, checks it again and saves it, or shows it again
    checked afresh: four confirms at once save once, and a change since the preview saves nothing."""
    with transaction.atomic():
        rows = take_preview(request.user, services.INVOICE_PREVIEW_KIND, request.POST.get("preview", ""))
        if not rows:
            messages.error(request, PREVIEW_GONE)
            return redirect("finance:charges")
        result = services.save_invoice_references(rows, by_user=request.user)
        if result.changed:
            token = (
                None
                if result.errors
                else stash_preview(request.user, services.INVOICE_PREVIEW_KIND, result.rows)
            )
            return _import_page(request, InvoiceImportForm(), result, token, status=409)
    saved = f"Saved {result.saved} invoice reference{'s' if result.saved != 1 else ''}."
    if result.unchanged:
        saved += f" {result.unchanged} {'was' if result.unchanged == 1 else 'were'} already recorded."
    messages.success(request, saved)
    return redirect("finance:charges")


def _import_page(request, form, result, token, status: int = 200):
    return TemplateResponse(
        request,
        "bookings/finance/import.html",
        {"form": form, "result": result, "preview_token": token},
        status=status,
    )
