from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from lms.models import BasePage


class CourseCataloguePage(RoutablePageMixin, BasePage):
    """/courses/: bookable classroom sessions, filtered by area and month."""

    parent_page_types = ["lms.HomePage"]
    subpage_types = []
    max_count = 1

    @path("")
    def catalogue(self, request):
        from bookings import views

        return views.catalogue(request, self)

    @path("<int:session_id>/book/")
    def book(self, request, session_id):
        from bookings import views

        return views.request_place(request, self, session_id)
