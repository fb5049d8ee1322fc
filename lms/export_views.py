"""Stored exports (lms.exports): the progress page, the download and "Try again". Who may see an
export is its kind's rule: the kind's roles, and for a personal kind only the person who asked."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from lms import exports
from lms.models import Export, ExportStatus
from lms.models.exports import MACHINE


def export_viewer(view):
    """Signed-out people go to sign in; anyone the export's kind does not allow gets 403."""

    @wraps(view)
    def wrapped(request, export_id: int):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        export = get_object_or_404(Export, pk=export_id)
        if not exports.may_see(request.user, export):
            raise PermissionDenied
        return view(request, export)

    return wrapped


@export_viewer
def progress(request, export: Export):
    export = exports.notice_abandoned(export)
    return TemplateResponse(
        request,
        "lms/exports/progress.html",
        {
            "export": export,
            "kind": exports.kind_of(export),
            "note": export.events.filter(action="finished").values_list("detail", flat=True).last(),
            "can_retry": "retry" in MACHINE.allowed_actions(export, user=request.user),
        },
    )


@export_viewer
def download(request, export: Export):
    if export.status != ExportStatus.DONE or not export.file:
        raise Http404
    return exports.download_response(export)


@require_POST
@export_viewer
def retry(request, export: Export):
    if export.status == ExportStatus.FAILED:
        exports.retry(export, by_user=request.user)
    return redirect("exports:progress", export.pk)
