"""The base of every admin viewset for our models (lms, bookings, certificates wagtail_hooks)."""

from django.contrib import messages
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.shortcuts import redirect
from django.utils.text import capfirst
from wagtail.admin.views.generic.models import DeleteView as WagtailDeleteView
from wagtail.admin.viewsets.model import ModelViewSet as WagtailModelViewSet


class DeleteView(WagtailDeleteView):
    """Deleting something other records still need (an organisation people belong to, a session
    with bookings) is refused with the reason and nothing deleted. Wagtail only knows about
    references it indexes, so without this the database's PROTECT gave a server error."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except (ProtectedError, RestrictedError) as error:
            blocking = (
                error.protected_objects if isinstance(error, ProtectedError) else error.restricted_objects
            )
            kinds = sorted({str(obj._meta.verbose_name_plural) for obj in blocking})
            messages.error(
                self.request,
                f"{capfirst(str(self.object))} cannot be deleted: {', '.join(kinds)} still refer to it.",
            )
            return redirect(self.get_success_url())


class ModelViewSet(WagtailModelViewSet):
    delete_view_class = DeleteView
