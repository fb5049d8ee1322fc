"""The page mix `make bench` measures, and where each page is in the loaded database.

MIX names every page type issue 13 asks for, who asks for it and which route serves it (a URL
name, or the Wagtail page model for pages served from the page tree). `discover()` finds a real
instance of each in the database: the busiest trainer's session, a request waiting for its
manager, an open assessment attempt and so on. Run as `python -m bench.pages` with the
benchmark's settings and environment (bench/load.py does) to print the targets as JSON."""

import json
from dataclasses import asdict, dataclass

ANONYMOUS = ""


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    role: str  # "" for an anonymous visitor, else a key of accounts()
    route: str  # a URL name ("bookings:my_bookings") or a page model ("courses.ModulePage")
    method: str = "GET"


MIX = [
    Entry("home", "Home", ANONYMOUS, "lms.HomePage"),
    Entry("guidance", "Guidance page", ANONYMOUS, "lms.GuidancePage"),
    Entry("learning_index", "Learning index", ANONYMOUS, "courses.LearningIndexPage"),
    Entry("module_anon", "Module", ANONYMOUS, "courses.ModulePage"),
    Entry("module_signed_in", "Module, signed in", "practitioner", "courses.ModulePage"),
    Entry("lesson_anon", "Lesson", ANONYMOUS, "courses.LessonPage"),
    Entry("lesson_signed_in", "Lesson, signed in", "practitioner", "courses.LessonPage"),
    Entry("assessment_stage", "Assessment stage", "practitioner", "courses.ModulePage:stage"),
    Entry(
        "assessment_submit",
        "Assessment stage, answers sent (POST)",
        "practitioner",
        "courses.ModulePage:stage",
        "POST",
    ),
    Entry("catalogue", "Course catalogue", ANONYMOUS, "bookings.CourseCataloguePage"),
    Entry("booking_request", "Booking request form", "practitioner", "bookings.CourseCataloguePage:book"),
    Entry("manager_decision", "Manager's decision page", ANONYMOUS, "bookings:manager_decision"),
    Entry("my_learning", "My learning", "practitioner", "my_learning"),
    Entry("my_bookings", "My bookings", "practitioner", "bookings:my_bookings"),
    Entry("trainer_register", "Trainer's register", "trainer", "bookings:register"),
    Entry("finance_charges", "Finance charges", "finance", "finance:charges"),
    Entry("gcp2_register", "GCP2 register search", "lead", "register:register"),
    Entry("certificate_verify", "Certificate verification", ANONYMOUS, "certificates:verify"),
    Entry("workshop_request", "Workshop request form", ANONYMOUS, "workshops.WorkshopPage:request_workshop"),
    Entry("wagtail_dashboard", "Wagtail admin dashboard", "editor", "wagtailadmin_home"),
]
CEILING = Entry("ceiling", "Ceiling: HttpResponse('ok')", ANONYMOUS, "bench_ceiling")


def accounts() -> dict[str, str]:
    """Each role's email. The practitioner is the scale account with the most bookings, so My
    bookings shows a full list; everyone else is a demo account. All share the demo password."""
    from django.db.models import Count

    from bench.scale import DOMAIN
    from lms.models import User

    practitioner = (
        User.objects.filter(email__endswith=f"@{DOMAIN}", profile__isnull=False)
        .annotate(n=Count("bookings"))
        .order_by("-n", "pk")
        .first()
    )
    return {
        "practitioner": practitioner.email,
        "trainer": "trainer@example.com",
        "finance": "finance@example.com",
        "lead": "lead@example.com",
        "editor": "editor@example.com",
    }


def _live(model):
    return model.objects.live().public().order_by("path").first()


def _module_with_lessons(account_required=None):
    from courses.models import LessonPage, ModulePage

    modules = ModulePage.objects.live().public().order_by("path")
    if account_required is not None:
        modules = modules.filter(account_required=account_required)
    for module in modules:
        if LessonPage.objects.live().child_of(module).exists():
            return module
    raise LookupError("No live module with lessons: has seed_demo run?")


def _open_attempt_url(email: str, module) -> str:
    """The first stage of an open attempt of the practitioner's (started here if need be)."""
    from courses import services
    from lms.models import User

    learner = services.Learner(user=User.objects.get(email=email))
    enrolment = services.enrolment_for(module, learner) or services.enrol(module, learner)
    attempt = services.start_attempt(enrolment)
    return module.url + module.reverse_subpage("stage", args=[attempt.pk, 1])


def discover() -> dict:
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import timezone

    from bookings.links import approval_token
    from bookings.models import Booking, BookingStatus, CourseCataloguePage, Session, SessionStatus
    from certificates.models import Accreditation, Certificate
    from courses.models import LearningIndexPage, LessonPage
    from lms.management.commands.seed_demo import demo_password
    from lms.models import GuidancePage, HomePage, User
    from workshops.models import WorkshopPage

    who = accounts()
    module = _module_with_lessons()
    open_module = _module_with_lessons(account_required=False)
    catalogue = _live(CourseCataloguePage)
    bookable = (
        Session.objects.filter(status=SessionStatus.SCHEDULED, starts_at__gt=timezone.now())
        .order_by("starts_at")
        .first()
    )
    trainer = User.objects.get(email=who["trainer"])
    busiest = Session.objects.managed_by(trainer).annotate(n=Count("bookings")).order_by("-n", "pk").first()
    waiting = Booking.objects.filter(status=BookingStatus.REQUESTED).order_by("pk").first()
    certificate = (
        Certificate.objects.filter(status="issued").order_by("pk").first() or Certificate.objects.first()
    )
    holder = Accreditation.objects.order_by("pk").first().holder_name  # search by part of a surname
    workshop = _live(WorkshopPage)
    stage = _open_attempt_url(who["practitioner"], module)
    urls = {
        "home": _live(HomePage).url,
        "guidance": _live(GuidancePage).url,
        "learning_index": _live(LearningIndexPage).url,
        "module_anon": open_module.url,
        "module_signed_in": module.url,
        "lesson_anon": LessonPage.objects.live().child_of(open_module).order_by("path").first().url,
        "lesson_signed_in": LessonPage.objects.live().child_of(module).order_by("path").first().url,
        "assessment_stage": stage + "?change=1",  # the form, even once stage 1 has answers
        "assessment_submit": stage,
        "catalogue": catalogue.url,
        "booking_request": catalogue.url + catalogue.reverse_subpage("book", args=[bookable.pk]),
        "manager_decision": reverse("bookings:manager_decision", args=[approval_token(waiting)]),
        "my_learning": reverse("my_learning"),
        "my_bookings": reverse("bookings:my_bookings"),
        "trainer_register": reverse("bookings:register", args=[busiest.pk]),
        "finance_charges": reverse("finance:charges"),
        "gcp2_register": reverse("register:register") + "?name=" + holder.split()[-1][:4],
        "certificate_verify": reverse("certificates:verify", args=[certificate.code]),
        "workshop_request": workshop.url + workshop.reverse_subpage("request_workshop"),
        "wagtail_dashboard": reverse("wagtailadmin_home"),
        "ceiling": reverse("bench_ceiling"),
    }
    targets = [{**asdict(entry), "path": urls[entry.key]} for entry in [*MIX, CEILING]]
    for target in targets:
        if target["key"] == "lesson_anon":  # a visitor answers the confidence question first
            target["setup_path"] = open_module.url + open_module.reverse_subpage(
                "confidence", args=["before"]
            )
        if target["method"] == "POST":
            target["form_path"] = stage + "?change=1"  # where bench/load.py reads the form to send
    return {"accounts": who, "password": demo_password(), "targets": targets}


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(discover()))
