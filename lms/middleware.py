"""Input no view should ever see, refused before any view runs.

A NUL byte in a URL, a query string or a form once reached PostgreSQL (which cannot store it)
from public pages and gave 500s; checking view by view is how one gets forgotten. Every path,
query string and form field passes lms.validators' rules here, for our views, Wagtail's and
allauth's alike. Forms still check their own fields (a name must be one line, and not a
formula), so a person gets a message beside the field for what they can type; this page is for
what they cannot."""

from django.template.response import TemplateResponse

from lms.validators import ANY_CONTROL, has_unsafe_control


def _unsafe_fields(query_dict) -> bool:
    return any(
        has_unsafe_control(key) or any(has_unsafe_control(value) for value in values)
        for key, values in query_dict.lists()
    )


def refused_input(request) -> bool:
    """True when the path holds any control character, or the query string or the form data
    holds one that no text area needs (anything but tab and line breaks). Uploaded files are
    not read here: imports check their own cells."""
    if ANY_CONTROL.search(request.path_info):
        return True
    if _unsafe_fields(request.GET):
        return True
    return request.method == "POST" and _unsafe_fields(request.POST)


class DropUnsafeCookies:
    """Before the session is read: a cookie holding a control character is dropped as if it had
    not been sent. The session cookie is looked up in the database, and a NUL in it (easily
    forged: Python reads a quoted `\\000` as one) gave a 500 on every page on PostgreSQL. No
    cookie we set holds one, so nothing real is lost; a visitor simply gets a new session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name, value in list(request.COOKIES.items()):
            if ANY_CONTROL.search(name) or ANY_CONTROL.search(value):
                del request.COOKIES[name]
        return self.get_response(request)


class RefuseControlCharacters:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if refused_input(request):
            return TemplateResponse(request, "lms/refused_input.html", status=400).render()
        return self.get_response(request)
