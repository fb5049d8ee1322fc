"""Erase a named person on request, from the admin's Users list: for administrators, who handle
such requests; the same erasure as the command and as a person deleting their own account."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from bookings import services as bookings
from lms.models import Role, User
from lms.privacy import erasure, is_erased_address

LOG_ACTION = "lms.erase_person"


def may_erase(by: User, person: User) -> bool:
    """Administrators, and not themselves: their own account they delete from My account."""
    return by.has_role(Role.ADMINISTRATOR) and by.pk != person.pk and not is_erased_address(person.email)


class ErasePersonView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "lms/privacy/admin_erase.html"
    page_title = "Erase personal data"
    header_icon = "warning"

    def dispatch(self, request, user_id):
        self.person = get_object_or_404(User, pk=user_id)
        if not may_erase(request.user, self.person):
            raise PermissionDenied
        return super().dispatch(request, user_id)

    def get_page_subtitle(self):
        return str(self.person)

    def get_breadcrumbs_items(self):
        users = {"url": reverse("wagtailusers_users:index"), "label": "Users"}
        return [*self.breadcrumbs_items, users, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        now = timezone.now()
        places = [
            (booking, bookings.charge_if_cancelled_now(booking, now))
            for booking in erasure.places_to_cancel(self.person)
        ]
        return super().get_context_data(person=self.person, places=places, **kwargs)

    def post(self, request, user_id):
        result = erasure.erase(self.person)
        self.person.refresh_from_db()
        # Logged after erasing, so the admin's history shows only the pseudonym.
        log(instance=self.person, action=LOG_ACTION, user=request.user)
        messages.success(request, f"Erased. The account is now {result.pseudonym}.")
        return redirect("wagtailusers_users:index")


def urls():
    return [path("privacy/erase/<int:user_id>/", ErasePersonView.as_view(), name="privacy_erase_person")]
