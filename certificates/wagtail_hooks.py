"""In the admin: accreditation schemes (refresher periods) for administrators, and links to the
register and certificate screens for the staff who use them."""

from django.urls import reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from certificates.models import AccreditationScheme
from certificates.permissions import CERTIFICATE_STAFF, REGISTER_READERS
from lms.viewsets import ModelViewSet


class AccreditationSchemeViewSet(ModelViewSet):
    model = AccreditationScheme
    icon = "success"
    menu_label = "Accreditation schemes"
    add_to_settings_menu = True
    list_display = ["name", "lets_holder_lead", "refresher_months"]
    form_fields = ["name", "lets_holder_lead", "refresher_months"]


class RoleMenuItem(MenuItem):
    """A link out to one of our own staff screens, for the roles that may use it."""

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = roles

    def is_shown(self, request):
        return request.user.has_role(*self.roles)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return AccreditationSchemeViewSet("accreditation_schemes")


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return RoleMenuItem(
        "GCP2 register",
        reverse_lazy("register:register"),
        icon_name="success",
        order=900,
        roles=REGISTER_READERS,
    )


@hooks.register("register_admin_menu_item")
def certificates_menu_item():
    return RoleMenuItem(
        "Certificates",
        reverse_lazy("certificates:staff_search"),
        icon_name="doc-full",
        order=910,
        roles=CERTIFICATE_STAFF,
    )
