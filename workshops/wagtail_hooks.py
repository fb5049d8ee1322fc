"""Coordinators work through community workshop requests in the Wagtail admin: the queue, the
calendar and the delivery report."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from lms.states import register_wagtail_actions
from workshops.models import MACHINE


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        from workshops.admin_views import is_coordinator

        return is_coordinator(request.user)


@hooks.register("register_admin_urls")
def register_workshop_urls():
    from workshops import admin_views

    return admin_views.urls()


@hooks.register("register_admin_menu_item")
def register_workshop_menu():
    items = [
        CoordinatorMenuItem("Requests", reverse("workshops_admin:index"), icon_name="list-ul", order=100),
        CoordinatorMenuItem("Calendar", reverse("workshops_admin:calendar"), icon_name="date", order=200),
        CoordinatorMenuItem("Delivered", reverse("workshops_admin:report"), icon_name="table", order=300),
    ]
    return SubmenuMenuItem("Community workshops", Menu(items=items), icon_name="group", order=250)


@hooks.register("register_log_actions")
def register_workshop_log_actions(actions):
    """Coordinators' actions are mirrored into Wagtail's log (services move with in_admin), so
    the admin's site history shows them in these words."""
    register_wagtail_actions(actions, MACHINE)
