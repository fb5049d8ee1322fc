"""Demo community workshops: the workshop pages, and requests in every state, made through the
real services so each has its history and emails. Idempotent: pages are only added when
missing (editors' changes survive), requests only when there are none."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from lms.formatting import at_partnership_time
from lms.models import LocalAuthority, User
from workshops import content, services
from workshops.models import (
    WorkshopFormat,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopRequest,
)

# Fictional hosts. The phone numbers are from Ofcom's range reserved for drama (01632 960xxx),
# so none of them reaches a real person.
HOSTS = [
    {
        "workshop": "listen_up_speak_up",
        "organisation_name": "Riverside Primary School",
        "organisation_type": "school",
        "area": "luton",
        "format": WorkshopFormat.FACE_TO_FACE,
        "address": "Riverside Primary School, staff room",
        "postcode": "LU1 1AA",
        "audience": ["staff", "parents"],
        "audience_size": 30,
        "contact_name": "Hannah Price",
        "contact_phone": "01632 960001",
        "accessibility_needs": "Step-free access through the side gate.",
    },
    {
        "workshop": "listen_up_speak_up",
        "organisation_name": "Kempston Rovers Youth Football Club",
        "organisation_type": "club",
        "area": "bedford-borough",
        "format": WorkshopFormat.FACE_TO_FACE,
        "address": "Clubhouse, Kempston Rovers Youth Football Club",
        "postcode": "MK42 7AA",
        "audience": ["volunteers", "parents", "young_people"],
        "audience_size": 25,
        "contact_name": "Dev Sharma",
        "contact_phone": "01632 960002",
    },
    {
        "workshop": "neglect_matters",
        "organisation_name": "Dunstable Community Library",
        "organisation_type": "workplace",
        "area": "central-bedfordshire",
        "format": WorkshopFormat.FACE_TO_FACE,
        "address": "Community Library, meeting room",
        "postcode": "LU6 1AA",
        "audience": ["staff"],
        "audience_size": 12,
        "contact_name": "Grace Adeyemi",
        "contact_phone": "01632 960003",
    },
    {
        "workshop": "listen_up_speak_up",
        "organisation_name": "St Anne's Parish Toddler Group",
        "organisation_type": "faith_group",
        "area": "luton",
        "format": WorkshopFormat.ONLINE,
        "audience": ["volunteers", "parents"],
        "audience_size": 15,
        "contact_name": "Joseph Mensah",
        "contact_phone": "01632 960004",
    },
    {
        "workshop": "listen_up_speak_up",
        "organisation_name": "Biggleswade Taxi Drivers' Association",
        "organisation_type": "workplace",
        "area": "central-bedfordshire",
        "format": WorkshopFormat.ONLINE,
        "audience": ["staff"],
        "audience_size": 40,
        "contact_name": "Ali Khan",
        "contact_phone": "01632 960005",
    },
    {
        "workshop": "neglect_matters",
        "organisation_name": "Milton Keynes Leisure Trust",
        "organisation_type": "workplace",
        "area": "",
        "format": WorkshopFormat.FACE_TO_FACE,
        "address": "Leisure centre, training suite",
        "postcode": "MK9 1AA",
        "audience": ["staff"],
        "audience_size": 20,
        "contact_name": "Rosa Lopez",
        "contact_phone": "01632 960006",
    },
    {
        "workshop": "neglect_matters",
        "organisation_name": "Bedford Family Hub Volunteers",
        "organisation_type": "community_group",
        "area": "bedford-borough",
        "format": WorkshopFormat.ONLINE,
        "audience": ["volunteers"],
        "audience_size": 18,
        "contact_name": "Tom Walker",
        "contact_phone": "01632 960007",
    },
]


def at(days: int, hour: int = 9, minute: int = 30) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return at_partnership_time(day, time(hour, minute))


def seed_content(home) -> None:
    _pages(home)


def seed(home) -> None:
    index = _pages(home)
    if index is not None and not WorkshopRequest.objects.exists():
        _requests()


def _pages(home) -> WorkshopIndexPage | None:
    index = WorkshopIndexPage.objects.child_of(home).first()
    if index is None:
        index = WorkshopIndexPage(show_in_menus=True, **content.INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
    for data in content.PAGES:
        if not WorkshopPage.objects.child_of(index).filter(workshop=data["workshop"]).exists():
            page = WorkshopPage(**data)
            index.add_child(instance=page)
            page.save_revision().publish()
    return index


def _submit(n: int, days_ahead: int):
    host = dict(HOSTS[n])
    area = host.pop("area")
    workshop = host.pop("workshop")
    return services.submit(
        workshop=workshop,
        local_authority=LocalAuthority.objects.filter(slug=area).first(),
        contact_email=f"host{n + 1}@example.com",
        preferred_dates=[
            (at(days_ahead).date(), "morning"),
            (at(days_ahead + 7).date(), "afternoon"),
        ],
        consent_to_contact=True,
        **host,
    )


def _requests() -> None:
    coordinator = User.objects.filter(email="coordinator@example.com").first()
    trainer = User.objects.filter(email="trainer@example.com").first()
    if coordinator is None or trainer is None:
        return

    def propose(request, days, hour=10):
        starts = at(days, hour, 0)
        return services.propose(
            request,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            facilitator=trainer,
            by_user=coordinator,
            despite_clash=True,  # one of them deliberately clashes, to show the flag
        )

    # Requested: waiting for a coordinator (one from outside the three areas).
    _submit(0, 21)
    _submit(5, 30)
    # Proposed: waiting for the host. On the same day as a classroom session the demo trainer
    # runs (24 days ahead, 9:30am to 4:30pm), so the queue shows a clash.
    propose(_submit(1, 20), 24)
    # Confirmed: the host accepted.
    services.accept(propose(_submit(3, 10), 12, hour=18))
    # Delivered: confirmed, then the date passed and the coordinator recorded who came.
    delivered = services.accept(propose(_submit(2, 5), 8))
    starts = at(-9, 10, 0)
    WorkshopRequest.objects.filter(pk=delivered.pk).update(
        starts_at=starts, ends_at=starts + timedelta(hours=1)
    )
    services.record_delivery(
        delivered,
        attendance=11,
        audience=["staff"],
        note="Good discussion about school absence.",
        by_user=coordinator,
    )
    # Declined, with the reason the host sees.
    services.decline(
        _submit(4, 14),
        reason="Our facilitators cannot cover evening shifts this month. Please ask again next month.",
        by_user=coordinator,
    )
    # Cancelled by the host.
    services.cancel(_submit(6, 16), reason="Our volunteers' meeting has moved.")
