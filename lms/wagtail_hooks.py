"""Admin screens for the non-page models staff maintain: organisations and local authorities;
and erasing a named person on request, from the Users list (lms.privacy.admin_views)."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.admin.widgets import ListingButton

from lms.models import LocalAuthority, Organisation
from lms.viewsets import ModelViewSet


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    list_display = ["name", "agency_type", "local_authority", "is_council", "needs_review"]
    list_filter = ["needs_review", "agency_type", "local_authority", "is_council"]
    search_fields = ["name"]
    ordering = ["-needs_review", "name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("agency_type"),
        FieldPanel("local_authority"),
        FieldPanel("is_council"),
        FieldPanel("needs_review", heading="Still needs checking"),
    ]

    def get_queryset(self, request):
        return Organisation.objects.select_related("local_authority")


class LocalAuthorityViewSet(ModelViewSet):
    model = LocalAuthority
    icon = "site"
    menu_label = "Local authorities"
    list_display = ["name", "slug"]
    form_fields = ["name", "slug"]


class PeopleViewSetGroup(ModelViewSetGroup):
    menu_label = "Organisations"
    menu_icon = "group"
    items = (OrganisationViewSet("organisations"), LocalAuthorityViewSet("local_authorities"))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_admin_urls")
def register_privacy_urls():
    from lms.privacy import admin_views

    return admin_views.urls()


@hooks.register("register_user_listing_buttons")
def erase_person_button(user, request_user):
    from lms.privacy.admin_views import may_erase

    if may_erase(request_user, user):
        yield ListingButton(
            "Erase personal data", reverse("privacy_erase_person", args=[user.pk]), priority=90
        )


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    actions.register_action("lms.erase_person", "Erase personal data", "Personal data erased on request")
