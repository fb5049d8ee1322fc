"""Bad input never gives a server error: every form and filter the product has, found from the
URL configuration and the pages themselves, is sent a corpus of bad values by every identity
that can reach it, on SQLite and on PostgreSQL (the suite runs on both).

What is sent: each payload in every field at once (one request per payload per form and submit
button), then, for small forms, each of the likelier payloads in one field at a time; each
payload in every query-string name a page's filter forms and links use; and bad values in the
address's own arguments. A form or filter several identities see is fuzzed by the first of
them only; a mangled address is followed by a visitor and by the first identity shown the
real page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import StreamingHttpResponse
from django.test import Client
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from bookings import links as booking_links
from bookings import services as booking_services
from courses import services as course_services
from courses.demo import correct_responses
from courses.models import ModulePage
from lms import exports as stored_exports
from lms.models import Role
from tests.factories import (
    AccreditationFactory,
    BookingFactory,
    CertificateFactory,
    ChargeFactory,
    SessionFactory,
    UserFactory,
    practitioner,
    with_role,
)
from tests.factories.workshops import WorkshopRequestFactory
from tests.lms.bad_input import (
    BAD_PATH_VALUES,
    PAYLOADS,
    PER_FIELD_PAYLOADS,
    SMALL_FORM,
    Form,
    Route,
    forms_in,
    page_models,
    routes,
    skipped,
    url_patterns,
    value_for,
)
from tests.workshops.helpers import fill_in
from workshops import links as workshop_links
from workshops import questions as workshop_questions
from workshops.models import WorkshopPage

pytestmark = [pytest.mark.django_db, pytest.mark.bad_input]

IDENTITIES = ("anonymous", "practitioner", "manager", "trainer", "finance", "coordinator", "lead", "admin")

# Views that end the session they are called in: each request to them gets a fresh client.
ENDS_THE_SESSION = {"quick_exit", "account_logout"}


@dataclass
class World:
    """A small dataset built with the project's factories: one of each thing a route names."""

    users: dict
    objects: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)


def build_world() -> World:
    manager = with_role(Role.MANAGER)
    person = practitioner(manager_email=manager.email)
    trainer = with_role(Role.TRAINER)
    world = World(
        users={
            "anonymous": None,
            "practitioner": person,
            "manager": manager,
            "trainer": trainer,
            "finance": with_role(Role.FINANCE),
            "coordinator": with_role(Role.WORKSHOP_COORDINATOR),
            "lead": with_role(Role.SAFEGUARDING_LEAD),
            "admin": with_role(Role.ADMINISTRATOR),
        }
    )
    session = SessionFactory(trainers=[trainer])
    requested = BookingFactory(session=session, user=person)
    offered = BookingFactory(session=SessionFactory(trainers=[trainer]), user=person, offered=True)
    confirmed = BookingFactory(session=SessionFactory(trainers=[trainer]), user=person, confirmed=True)
    BookingFactory(session=session, confirmed=True)  # someone on the register
    attended = BookingFactory(session=session, attended=True)
    CertificateFactory(holder=attended.user, source_type="session_attendance", source_id=attended.pk)
    exported = ChargeFactory()
    batch = booking_services.export_pending(by_user=world.users["finance"])
    stored_export = stored_exports.request_export(
        "charges", "csv", by_user=world.users["finance"], filename="new-charges.csv"
    )
    charge = ChargeFactory()

    module = ModulePage.objects.live().order_by("pk").first()
    learner = course_services.Learner(user=person)
    enrolment = course_services.enrol(module, learner, confidence_before=3)
    submitted = course_services.submit_attempt(
        course_services.start_attempt(enrolment), correct_responses(module)
    )
    attempt = course_services.start_attempt(enrolment)

    unverified = UserFactory(verified=False)
    address = EmailAddress.objects.create(user=unverified, email=unverified.email, primary=True)
    protected_page = Page.objects.live().filter(depth__gt=2).order_by("-depth", "pk").first()
    page_restriction = PageViewRestriction.objects.create(
        page=protected_page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    collection = Collection.get_first_root_node().add_child(name="Protected")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="open-sesame"
    )
    world.objects = {
        "session": session,
        "requested": requested,
        "offered": offered,
        "confirmed": confirmed,
        "batch": batch,
        "export": stored_export,
        "exported": exported,
        "charge": charge,
        "certificate": CertificateFactory(holder=person),
        "accreditation": AccreditationFactory(holder=person),
        "workshop_request": WorkshopRequestFactory(confirmed=True, facilitator=trainer),
        "attempt": attempt,
        "submitted": submitted,
        "confirmation_key": EmailConfirmationHMAC(address).key,
        "reset": (user_pk_to_url_str(person), default_token_generator.make_token(person)),
        "document": Document.objects.order_by("pk").first(),
        "page_restriction": page_restriction,
        "collection_restriction": collection_restriction,
    }
    world.pages = {model: model.objects.live().order_by("pk").first() for model in page_models()}
    world.pages[ModulePage] = module
    assert timezone.now() < session.starts_at - timedelta(days=1)
    return world


def fill_in_workshop_request(client, world: World) -> None:
    """ "Check your answers" shows only once every question is answered."""
    fill_in(client, form=world.pages[WorkshopPage].url + "request/")


def answer_every_stage(client, world: World) -> None:
    """An assessment's check page shows once every stage is answered."""
    from courses.assessment import steps

    attempt = world.objects["attempt"]
    attempt.refresh_from_db()
    if attempt.is_submitted:  # an earlier identity's corpus submitted it
        return
    module = attempt.enrolment.module
    for step in steps(module.vignettes()):
        course_services.save_stage(attempt, step, correct_responses(module))


# What a client does before the corpus, to reach a page only a journey leads to.
PREPARE = {
    "workshops.WorkshopPage:check_answers": fill_in_workshop_request,
    "courses.ModulePage:check_answers": answer_every_stage,
}


# How to fill each route's arguments with real values. A route with arguments that is missing
# here fails test_every_route_is_fuzzed_or_skipped_on_purpose: add it, with the values a real
# visitor's address would hold. Screens of our admin viewsets take their model's first object.
ARGUMENTS = {
    "account_confirm_email": lambda w: [{"key": w.objects["confirmation_key"]}],
    "account_reset_password_from_key": lambda w: [
        {"uidb36": w.objects["reset"][0], "key": w.objects["reset"][1]}
    ],
    "keep_result": lambda w: [{"action": "sign-up"}, {"action": "sign-in"}],
    "bookings:cancel": lambda w: [{"booking_id": w.objects["confirmed"].pk}],
    "bookings:accept_offer": lambda w: [{"booking_id": w.objects["offered"].pk}],
    "bookings:transfer": lambda w: [{"booking_id": w.objects["confirmed"].pk}],
    "bookings:manager_decision": lambda w: [{"token": booking_links.approval_token(w.objects["requested"])}],
    "bookings:register": lambda w: [{"session_id": w.objects["session"].pk}],
    "bookings:session_certificates": lambda w: [{"session_id": w.objects["session"].pk}],
    "bookings:cancel_session": lambda w: [{"session_id": w.objects["session"].pk}],
    "workshops:status": lambda w: [{"token": workshop_links.status_token(w.objects["workshop_request"])}],
    "workshops:cancel": lambda w: [{"token": workshop_links.status_token(w.objects["workshop_request"])}],
    "workshops:facilitator_ics": lambda w: [{"request_id": w.objects["workshop_request"].pk}],
    "finance:batch": lambda w: [
        {"batch_id": w.objects["batch"].pk, "file_format": f} for f in ("csv", "xlsx")
    ],
    "finance:waive": lambda w: [{"charge_id": w.objects["charge"].pk}],
    "exports:progress": lambda w: [{"export_id": w.objects["export"].pk}],
    "exports:download": lambda w: [{"export_id": w.objects["export"].pk}],
    "exports:retry": lambda w: [{"export_id": w.objects["export"].pk}],
    "certificates:verify": lambda w: [{"code": w.objects["certificate"].code}],
    "certificates:download": lambda w: [{"code": w.objects["certificate"].code}],
    "certificates:staff_detail": lambda w: [{"pk": w.objects["certificate"].pk}],
    "register:export": lambda w: [{"file_format": f} for f in ("csv", "xlsx")],
    "register:detail": lambda w: [{"pk": w.objects["accreditation"].pk}],
    "register:change": lambda w: [{"pk": w.objects["accreditation"].pk}],
    "workshops_admin:detail": lambda w: [{"pk": w.objects["workshop_request"].pk}],
    "wagtaildocs_serve": lambda w: [{"0": w.objects["document"].pk, "1": w.objects["document"].filename}],
    "wagtaildocs_authenticate_with_password": lambda w: [
        {"restriction_id": w.objects["collection_restriction"].pk}
    ],
    "wagtailcore_authenticate_with_password": lambda w: [
        {
            "page_view_restriction_id": w.objects["page_restriction"].pk,
            "page_id": w.objects["page_restriction"].page_id,
        }
    ],
    "item_analysis": lambda w: [{"module_id": w.pages[ModulePage].pk}],
    "item_analysis_csv": lambda w: [{"module_id": w.pages[ModulePage].pk}],
    "courses.ModulePage:confidence": lambda w: [{"when": "before"}, {"when": "after"}],
    "courses.ModulePage:attempt": lambda w: [{"attempt_id": w.objects["attempt"].pk}],
    "courses.ModulePage:result": lambda w: [{"attempt_id": w.objects["submitted"].pk}],
    "courses.ModulePage:stage": lambda w: [
        {"attempt_id": w.objects["attempt"].pk, "number": n} for n in (1, 2, 999)
    ],
    "courses.ModulePage:check_answers": lambda w: [{"attempt_id": w.objects["attempt"].pk}],
    "bookings.CourseCataloguePage:book": lambda w: [{"session_id": w.objects["session"].pk}],
    "workshops.WorkshopPage:request_step": lambda w: [{"step": s.slug} for s in workshop_questions.STEPS],
    "privacy_erase_person": lambda w: [{"user_id": w.users["practitioner"].pk}],
}


def has_arguments(route: Route) -> bool:
    return not route.params or route.key in ARGUMENTS or (route.model is not None and route.params == ("pk",))


def arguments(route: Route, world: World) -> list[dict]:
    if not route.params:
        return [{}]
    if route.key in ARGUMENTS:
        return ARGUMENTS[route.key](world)
    return [{"pk": route.model.objects.order_by("pk").first().pk}]


def address(route: Route, world: World, kwargs: dict) -> str:
    """The route's URL with these arguments; NoReverseMatch when they cannot be in it."""
    if route.is_page:
        page = world.pages[route.page_model]
        if not route.params and route.key.endswith(":serve"):
            return page.url
        return page.url + page.reverse_subpage(route.key.split(":")[1], kwargs=kwargs or None)
    if kwargs and all(name.isdigit() for name in kwargs):
        return reverse(route.key, args=[kwargs[str(n)] for n in range(len(kwargs))])
    return reverse(route.key, kwargs=kwargs or None)


@dataclass(frozen=True)
class Failure:
    route: str
    identity: str
    method: str
    where: str
    payload: str
    url: str
    detail: str

    def __str__(self) -> str:
        return (
            f"{self.route} {self.identity} {self.method} {self.url[:120]} "
            f"[{self.where}: {self.payload}] -> {self.detail}"
        )


class Fuzzer:
    """Sends one route the corpus as every identity, and keeps every 5xx it gets."""

    def __init__(self, route: Route, world: World, payloads: tuple[str, ...] | None = None):
        self.route = route
        self.world = world
        self.payloads = payloads or tuple(PAYLOADS)
        self.clients: dict[str, Client] = {}
        self.failures: list[Failure] = []
        self.shown: list[str] = []  # identities the real address showed its page to
        self.fuzzed_forms: set[tuple] = set()
        self.sent: set[tuple[str, str, str]] = set()  # (identity, method, where)

    def client(self, identity: str, *, fresh: bool = False) -> Client:
        if fresh or identity not in self.clients:
            client = Client()
            if self.world.users[identity] is not None:
                client.force_login(self.world.users[identity])
            if self.route.key in PREPARE:
                PREPARE[self.route.key](client, self.world)
            self.clients[identity] = client
        return self.clients[identity]

    def send(self, identity, method, url, data=None, *, where="", payload="real"):
        """One request in a savepoint, so a database error does not spoil the next one."""
        try:
            ends_session = resolve(url.split("?")[0]).url_name in ENDS_THE_SESSION
        except Resolver404:
            ends_session = False
        client = self.client(identity, fresh=ends_session)
        self.sent.add((identity, method.upper(), where))
        response = None
        try:
            with transaction.atomic():
                response = getattr(client, method)(url, data)
                if isinstance(response, StreamingHttpResponse):
                    b"".join(response.streaming_content)
            status, detail = response.status_code, str(response.status_code)
        except Exception as error:  # the test client re-raises what the view raised
            status, detail = 500, f"{type(error).__name__}: {str(error)[:160]}"
            response = None
        if status >= 500:
            self.failures.append(
                Failure(self.route.key, identity, method.upper(), where, payload, url, detail)
            )
        if ends_session:
            self.clients.pop(identity, None)
        return response

    def run(self) -> list[Failure]:
        for kwargs in arguments(self.route, self.world):
            url = address(self.route, self.world, kwargs)
            for identity in IDENTITIES:
                self.visit(identity, url)
            self.bad_addresses(kwargs)
        return self.failures

    def visit(self, identity: str, url: str) -> None:
        response = self.send(identity, "get", url)
        if response is None or response.status_code >= 400:
            return
        if response.status_code != 200:
            return
        self.shown.append(identity)
        if "html" not in response.get("Content-Type", ""):
            return
        forms, link_params = forms_in(response.content.decode(), url)
        query_names = set(link_params)
        for form in forms:
            if form.method == "get" and form.action in ("", url):
                query_names.update(form.names(hidden=True))
        if query_names and (url, frozenset(query_names)) not in self.fuzzed_forms:
            self.fuzzed_forms.add((url, frozenset(query_names)))
            for name in self.payloads:
                query = {q: value_for(PAYLOADS[name], q) for q in query_names}
                self.send(identity, "get", url, query, where="query", payload=name)
        for form in forms:
            if form.method == "post" and form.signature(url) not in self.fuzzed_forms:
                self.fuzzed_forms.add(form.signature(url))
                self.post_form(identity, url, form)

    def post_form(self, identity: str, url: str, form: Form) -> None:
        target = form.action or url
        files = {n for n, kind, _ in form.fields if kind == "file"}

        def data(values: dict) -> dict:
            out = {}
            for name, value in {**form.defaults(), **values}.items():
                if name in files and value not in ("", []):
                    text = "\n".join(value) if isinstance(value, list) else value
                    out[name] = SimpleUploadedFile("bad.csv", text.encode("utf-8"), "text/csv")
                elif name not in files:
                    out[name] = value
            return out

        for button in form.buttons or [None]:
            pressed = dict([button]) if button else {}
            for name in self.payloads:
                values = {n: value_for(PAYLOADS[name], n) for n in form.names(hidden=False)}
                self.send(identity, "post", target, data({**values, **pressed}), where="form", payload=name)
        names = form.names(hidden=True)
        if len(names) <= SMALL_FORM:
            pressed = dict([form.buttons[0]]) if form.buttons else {}
            for n in names:
                for name in PER_FIELD_PAYLOADS:
                    if name in self.payloads:
                        values = {**pressed, n: value_for(PAYLOADS[name], n)}
                        self.send(identity, "post", target, data(values), where="form", payload=name)

    def bad_addresses(self, kwargs: dict) -> None:
        """Each argument of the address in turn replaced by each bad value, followed as a
        visitor and as the first identity shown the real page would follow a mangled link."""
        for param in kwargs:
            for name, bad in BAD_PATH_VALUES.items():
                if name not in self.payloads and name != "zero":
                    continue
                try:
                    url = address(self.route, self.world, {**kwargs, param: bad})
                except NoReverseMatch:
                    continue
                for identity in dict.fromkeys(["anonymous", *self.shown[:1]]):
                    self.send(identity, "get", url, where="path", payload=name)
                    self.send(identity, "post", url, {}, where="path", payload=name)


ROUTES = routes()

# Routes that show no identity a page of their own, by design. Each is still sent the bad
# addresses and, where a form on another page posts to it, that form's corpus.
NOT_A_PAGE = {
    "sign_in_instead_admin": "sends to allauth's sign-in page",
    "sign_in_instead_django_admin": "sends to allauth's sign-in page",
    "sign_in_instead_private_page": "sends to allauth's sign-in page",
    "wagtailcore_login": "shadowed by sign_in_instead_private_page, which sends to allauth's sign-in",
    "quick_exit": "ends the session and redirects",
    "account_logout": "signs out and redirects",
    "keep_result": "POST from a module's result page",
    "bookings:accept_offer": "POST from My bookings",
    "finance:export": "POST from the charges page",
    "finance:batch": "a stored file's download, or a redirect to the export building it",
    "register:export": "POST from the register page",
    "exports:download": "a stored file's download",
    "exports:retry": "POST from the export's progress page",
    "register:change": "POST from the register's detail page",
    "courses.ModulePage:assessment_start": "POST from the module page",
    "courses.ModulePage:attempt": "resumes an attempt: redirects to its first unanswered stage",
    "account_set_password": "only for accounts without a password, which nobody here has",
    "account_confirm_login_code": "sign-in by code is not enabled",
    "account_confirm_reauthentication_code": "reauthentication by code is not enabled",
}


@pytest.mark.parametrize("route", ROUTES, ids=[r.key for r in ROUTES])
def test_no_bad_input_gives_a_server_error(route):
    world = build_world()
    fuzzer = Fuzzer(route, world)
    failures = fuzzer.run()
    assert failures == [], f"{len(failures)} server errors:\n" + "\n".join(map(str, failures[:40]))
    assert fuzzer.shown or route.key in NOT_A_PAGE, (
        f"No identity could open {route.key}: give it real arguments in ARGUMENTS or, if it is "
        "not a page, add it to NOT_A_PAGE with the reason."
    )


def test_every_route_is_fuzzed_or_skipped_on_purpose():
    """A new URL pattern is fuzzed as soon as it exists; one with arguments needs real values in
    ARGUMENTS first, and one under a skipped prefix must be skipped on purpose."""
    keys = {r.key for r in ROUTES}
    unreached = [
        f"{name or route}"
        for route, name, _ in url_patterns()
        if not skipped(route) and name != "wagtail_serve" and name not in keys
    ]
    no_arguments = [r.key for r in ROUTES if not has_arguments(r)]
    stale = sorted(set(ARGUMENTS) - keys)
    assert (unreached, no_arguments, stale) == ([], [], [])
    # The walk reaches into includes, page types' own routes and our screens in the admin.
    assert {
        "search",
        "account_signup",
        "finance:waive",
        "courses.ModulePage:attempt",
        "workshops.WorkshopPage:request_step",
        "workshops_admin:detail",
        "sessions:edit",
    } <= keys
    assert not any(key.startswith(("wagtailadmin_pages", "wagtailimages")) for key in keys)


@pytest.mark.parametrize(
    ("route_key", "identity", "method", "where"),
    [
        ("finance:waive", "finance", "POST", "form"),
        ("finance:charges", "finance", "GET", "query"),
        ("workshops.WorkshopPage:request_step", "anonymous", "POST", "form"),
        ("certificates:verify", "anonymous", "GET", "path"),
    ],
)
def test_the_corpus_finds_the_forms_filters_and_arguments_it_is_for(route_key, identity, method, where):
    """A corpus that found no forms would pass having sent nothing: check it sends what it must."""
    route = next(r for r in ROUTES if r.key == route_key)
    fuzzer = Fuzzer(route, build_world(), payloads=("nul",))
    fuzzer.run()
    assert (identity, method, where) in fuzzer.sent


def test_every_page_type_has_a_page_to_fuzz():
    world = build_world()
    assert [m.__name__ for m, page in world.pages.items() if page is None] == []
