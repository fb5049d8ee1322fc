from django.db import models
from django.http import Http404
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from lms import shared_cache, validators
from lms.blocks import BaseStreamBlock


class BasePage(Page):
    """Every public page: a lead paragraph and a body built from the shared block library."""

    intro = models.TextField(
        validators=validators.TEXT,
        blank=True,
        max_length=500,
        help_text="The lead paragraph under the title.",
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return "lms/pages/standard_page.html"

    def get_view_restrictions(self):
        """Wagtail checks these on every page served: with no private pages anywhere (the
        usual case, cached), skip its two queries."""
        if not shared_cache.any_view_restriction():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(BasePage):
    parent_page_types = ["wagtailcore.Page"]
    # subpage_types is left open on purpose: each app's section page (guidance, learning,
    # courses…) names HomePage as its parent, so lms need not know the apps built on it.
    max_count = 1

    def get_template(self, request, *args, **kwargs):
        return "lms/pages/home_page.html"

    def route(self, request, path_components):
        """Wagtail's routing, with fewer queries: it fetches each page along the address and then
        its specific page, two queries a level. This finds every page along the address in one
        query and fetches only the deepest one's specific page; a page with routes of its own
        (RoutablePageMixin, anything overriding route) still routes what lies below it."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:n])
            for n in range(1, len(path_components) + 1)
        ]
        found = {
            page.url_path: page
            for page in Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
        }
        parent, depth = self, 0
        while depth < len(path_components) and prefixes[depth] in found:
            page = found[prefixes[depth]]
            page._cached_parent_obj = parent  # as Page.route does: get_parent() needs no query
            parent, depth = page, depth + 1
            if page.specific_class is None or page.specific_class.route is not Page.route:
                break
        if depth == 0:
            raise Http404
        return parent.specific.route(request, path_components[depth:])


class StandardPage(BasePage):
    """A page such as the accessibility statement or privacy notice."""

    parent_page_types = ["lms.HomePage", "lms.StandardPage"]
    subpage_types = ["lms.StandardPage"]


class GuidanceIndexPage(BasePage):
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["lms.GuidancePage"]

    def get_template(self, request, *args, **kwargs):
        return "lms/pages/guidance_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guidance_pages"] = (
            GuidancePage.objects.child_of(self).live().public() if self.pk else GuidancePage.objects.none()
        )
        return context


class GuidancePage(BasePage):
    parent_page_types = ["lms.GuidanceIndexPage"]
    subpage_types = []

    def get_template(self, request, *args, **kwargs):
        return "lms/pages/guidance_page.html"
