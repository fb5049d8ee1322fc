"""The page editor's link from a module to its item analysis, for the people who may read it."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from courses.analysis_views import ITEM_ANALYSTS
from courses.models import ModulePage


@hooks.register("register_page_header_buttons")
def item_analysis_button(page, user, view_name, next_url=None):
    if page.specific_class is ModulePage and user.has_role(*ITEM_ANALYSTS):
        yield Button(
            "Item analysis",
            reverse("item_analysis", args=[page.pk]),
            icon_name="table",
            attrs={"title": "How each assessment question performs, with flags for ones to rewrite"},
            priority=75,
        )
