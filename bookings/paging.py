"""Paging for the bookings lists: a Django Paginator page, with the links the GOV.UK pagination
component (templates/bookings/includes/pagination.html) shows. Each link keeps the rest of the query
string (filters, another list's page), so paging never drops a filter."""

from django.core.paginator import Page, Paginator


class Paged(Paginator):
    """A Paginator whose count can be given: a list that already aggregates its matching rows
    (the charges' count and total, in one query) need not count them again."""

    def __init__(self, object_list, per_page, *, count: int | None = None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        if count is not None:
            self.__dict__["count"] = count  # fills the cached_property


def page_of(request, rows, per_page: int, *, param: str = "page", count: int | None = None) -> Page:
    """The requested page of `rows` (the last page for a number past the end, the first for
    anything that is not a number), with `links` for the pagination include."""
    page = Paged(rows, per_page, count=count).get_page(request.GET.get(param))
    page.links = _links(request, page, param)
    return page


def _links(request, page: Page, param: str) -> dict:
    def url(number) -> str:
        query = request.GET.copy()
        query.pop(param, None)
        if number != 1:
            query[param] = number
        return f"?{query.urlencode()}" if query else "?"

    return {
        "previous": url(page.previous_page_number()) if page.has_previous() else None,
        "next": url(page.next_page_number()) if page.has_next() else None,
        "items": [
            {"ellipsis": True}
            if number == Paginator.ELLIPSIS
            else {"number": number, "url": url(number), "current": number == page.number}
            for number in page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)
        ],
    }
