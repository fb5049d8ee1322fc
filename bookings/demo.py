"""Demo courses and sessions: both courses in all three areas, some nearly full, one inside the
charge window, one in the past with bookings for the trainer to mark. Idempotent."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from bookings import services
from bookings.factories import BookingFactory, CourseFactory, SessionFactory
from bookings.models import Booking, BookingStatus, Course, CourseCataloguePage, Session
from certificates.models import AccreditationScheme
from lms.factories import ProfileFactory, area
from lms.formatting import at_partnership_time
from lms.models import LocalAuthority, Organisation, User

COURSES = [
    {
        "slug": "gcp2-practitioner-training",
        "title": "GCP2 Practitioner Training",
        "summary": (
            "One day of accredited training in the Graded Care Profile 2 (GCP2), the tool used across "
            "Bedfordshire to assess, measure and support families where there are concerns about neglect. "
            "You must complete it to lead a GCP2 assessment."
        ),
        "accredited": True,
        "accreditation": "GCP2 assessment lead",
    },
    {
        "slug": "understanding-neglect",
        "title": "Understanding Neglect",
        "summary": (
            "A one-day classroom course on recognising and responding to child neglect, from before birth "
            "to adolescence, for practitioners in every agency."
        ),
        "accredited": False,
        "accreditation": "",
    },
]
VENUES = {
    "luton": "Luton Town Hall, George Street, Luton",
    "bedford-borough": "Borough Hall, Cauldwell Street, Bedford",
    "central-bedfordshire": "Priory House, Monks Walk, Chicksands",
}
CATALOGUE = {
    "title": "Courses",
    "slug": "courses",
    "intro": (
        "Classroom courses for practitioners. Your line manager approves each place. If you cancel late "
        "or do not attend, your organisation may be charged: each session shows its cut-off date."
    ),
}


def at(days: int, hour: int = 9, minute: int = 30) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return at_partnership_time(day, time(hour, minute))


def seed_content(home) -> None:
    """The courses catalogue page, which lists whatever courses there are."""
    if not CourseCataloguePage.objects.exists():
        page = CourseCataloguePage(show_in_menus=True, **CATALOGUE)
        home.add_child(instance=page)
        page.save_revision().publish()


def seed(home) -> None:
    _seed_courses()


def _seed_courses() -> None:
    if Course.objects.exists():
        return
    gcp2 = AccreditationScheme.objects.filter(name="GCP2 assessment lead").first()
    courses = {
        data["slug"]: CourseFactory(**data, accreditation_scheme=gcp2 if data["accredited"] else None)
        for data in COURSES
    }
    trainer = User.objects.filter(email="trainer@example.com").first()
    areas = {authority.slug: authority for authority in LocalAuthority.objects.all()}
    plan = [
        # course, area, days from now, capacity
        ("gcp2-practitioner-training", "luton", 6, 12),  # inside the charge window
        ("gcp2-practitioner-training", "bedford-borough", 24, 12),
        ("gcp2-practitioner-training", "central-bedfordshire", 38, 3),  # nearly full
        ("understanding-neglect", "luton", 45, 20),
        ("understanding-neglect", "bedford-borough", 52, 2),  # nearly full
        ("understanding-neglect", "central-bedfordshire", 66, 20),
        ("gcp2-practitioner-training", "luton", -3, 12),  # in the past, to mark
        ("gcp2-practitioner-training", "bedford-borough", -120, 12),  # marked: the practitioner attended
    ]
    sessions = []
    for slug, area_slug, days, capacity in plan:
        starts = at(days)
        sessions.append(
            SessionFactory(
                course=courses[slug],
                starts_at=starts,
                ends_at=starts.replace(hour=16, minute=30),
                local_authority=areas[area_slug],
                venue=VENUES[area_slug],
                capacity=capacity,
                booking_opens_at=at(-90),
                booking_closes_at=at(days - 1, 17, 0),
                joining_instructions="Please arrive 15 minutes early. Lunch is provided.",
                trainers=[trainer] if trainer else None,
            )
        )
    _demo_bookings(sessions)


def _attendee(n: int) -> User:
    """A practitioner who booked through the demo; they never sign in (no usable password)."""
    user = User.objects.filter(email=f"attendee{n}@example.com").first()
    if user is None:
        user = ProfileFactory(
            user__email=f"attendee{n}@example.com",
            user__full_name=f"Demo Attendee {n}",
            user__password=None,
            user__verified=False,
            organisation=Organisation.objects.order_by("pk")[n % 3],
            job_role="Practitioner",
            local_authority=area("luton"),
            manager_name="Marcus Bennett",
            manager_email="manager@example.com",
        ).user
    return user


def _demo_bookings(sessions) -> None:
    """Fill some seats through the real services, so every booking has its history."""
    upcoming_small, past = sessions[2], sessions[6]
    for n, session in [(1, upcoming_small), (2, upcoming_small), (3, sessions[4])]:
        booking = services.request_place(
            session,
            _attendee(n),
            manager_name="Marcus Bennett",
            manager_email="manager@example.com",
            acknowledged_policy=True,
        )
        services.approve(booking, by_email="manager@example.com")
    for n in (4, 5, 6, 7):
        booking = services.request_place(
            sessions[1],
            _attendee(n),
            manager_name="Marcus Bennett",
            manager_email="manager@example.com",
            acknowledged_policy=True,
        )
        if n == 7:
            continue  # left waiting for the demo manager to approve
        services.approve(booking, by_email="manager@example.com")
    # The past session: requested and approved before it ran, waiting to be marked.
    Session.objects.filter(pk=past.pk).update(booking_closes_at=at(30))
    past.refresh_from_db()
    for n in (8, 9, 10):
        _confirmed_booking(past, _attendee(n))
    # Months ago the demo practitioner attended GCP2 training: a certificate and the accreditation.
    practitioner = User.objects.filter(email="practitioner@example.com", profile__isnull=False).first()
    trainer = User.objects.filter(email="trainer@example.com").first()
    if practitioner and trainer:
        booking = _confirmed_booking(sessions[7], practitioner)
        services.mark_attendance(booking, BookingStatus.ATTENDED, by_user=trainer)


def _confirmed_booking(session, user) -> Booking:
    """A place requested and approved before the session ran (the services refuse past sessions)."""
    days_before = (session.starts_at - timezone.now()).days
    return BookingFactory(
        session=session, user=user, confirmed=True, policy_acknowledged_at=at(days_before - 20)
    )
