"""Community workshops: a host (school, club, community group, workplace) asks for a free
Listen Up, Speak Up or Neglect Matters workshop; coordinators propose a date and facilitator, the
host accepts, and after delivery coordinators record who came. Every change is a WorkshopEvent."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Q

from bookings.models import Session, SessionStatus
from lms import validators
from lms.models import AuditEvent


class Workshop(models.TextChoices):
    LISTEN_UP_SPEAK_UP = "listen_up_speak_up", "Listen Up, Speak Up"
    NEGLECT_MATTERS = "neglect_matters", "Neglect Matters"


class HostType(models.TextChoices):
    SCHOOL = "school", "School or college"
    CLUB = "club", "Sports or activity club"
    COMMUNITY_GROUP = "community_group", "Community group"
    FAITH_GROUP = "faith_group", "Faith group"
    WORKPLACE = "workplace", "Workplace"
    OTHER = "other", "Other"


class WorkshopFormat(models.TextChoices):
    FACE_TO_FACE = "face_to_face", "Face-to-face"
    ONLINE = "online", "Online"


class TimeOfDay(models.TextChoices):
    MORNING = "morning", "Morning"
    AFTERNOON = "afternoon", "Afternoon"
    EVENING = "evening", "Evening"


class Audience(models.TextChoices):
    STAFF = "staff", "Staff or employees"
    VOLUNTEERS = "volunteers", "Volunteers"
    PARENTS = "parents", "Parents and carers"
    YOUNG_PEOPLE = "young_people", "Young people aged 16 or over"
    COMMUNITY = "community", "Members of the community"


class WorkshopStatus(models.TextChoices):
    REQUESTED = "requested", "Requested"
    PROPOSED = "proposed", "Date proposed"
    CONFIRMED = "confirmed", "Confirmed"
    DELIVERED = "delivered", "Delivered"
    DECLINED = "declined", "Declined"
    CANCELLED = "cancelled", "Cancelled"


# A facilitator is committed to these: they count for clashes and appear in calendars.
SCHEDULED = (WorkshopStatus.PROPOSED, WorkshopStatus.CONFIRMED)
OPEN = (WorkshopStatus.REQUESTED, WorkshopStatus.PROPOSED, WorkshopStatus.CONFIRMED)
# The area of a host outside the partnership's three local authorities (no LocalAuthority).
OUTSIDE = "Outside the partnership's areas"


class WorkshopRequestQuerySet(models.QuerySet):
    def scheduled(self):
        return self.filter(status__in=SCHEDULED, starts_at__isnull=False)

    def delivered(self):
        return self.filter(status=WorkshopStatus.DELIVERED)

    def facilitated_by(self, user):
        return self.filter(facilitator=user)

    def with_clash_flag(self):
        """Annotate `has_clash`: the facilitator has another proposed or confirmed workshop, or a
        classroom session they train, overlapping in time. One query however many rows. The
        rule itself is overlapping_workshops and overlapping_sessions below, shared with the warning
        when proposing (workshops.clashes)."""
        row = (OuterRef("facilitator"), OuterRef("starts_at"), OuterRef("ends_at"))
        return self.annotate(
            has_clash=Q(status__in=SCHEDULED, facilitator__isnull=False)
            & (
                Exists(overlapping_workshops(*row).exclude(pk=OuterRef("pk")))
                | Exists(overlapping_sessions(*row))
            )
        )


class WorkshopRequest(models.Model):
    reference = models.CharField(max_length=20, unique=True, editable=False)
    workshop = models.CharField(max_length=32, choices=Workshop.choices)

    # What the host told us.
    organisation_name = models.CharField(max_length=200, validators=validators.PERSON_TEXT)
    organisation_type = models.CharField(max_length=20, choices=HostType.choices)
    local_authority = models.ForeignKey(
        "lms.LocalAuthority",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="workshop_requests",
        help_text="Empty when the host is outside the partnership's three areas.",
    )
    format = models.CharField(max_length=20, choices=WorkshopFormat.choices)
    address = models.TextField(validators=validators.TEXT, blank=True)
    postcode = models.CharField(max_length=10, validators=validators.SINGLE_LINE, blank=True)
    audience = models.JSONField(default=list, help_text="Audience values the host ticked.")
    audience_size = models.PositiveIntegerField(validators=[MinValueValidator(1), MaxValueValidator(1000)])
    contact_name = models.CharField(max_length=150, validators=validators.PERSON_TEXT)
    contact_email = models.EmailField()
    contact_phone = models.CharField(max_length=30, validators=validators.SINGLE_LINE)
    accessibility_needs = models.TextField(validators=validators.TEXT, blank=True)
    consent_to_contact = models.BooleanField(default=False)

    status = models.CharField(max_length=16, choices=WorkshopStatus.choices, default=WorkshopStatus.REQUESTED)
    submitted_at = models.DateTimeField(auto_now_add=True)
    # Half of the host's status link: without it, knowing a request's id opens nothing.
    secret = models.CharField(max_length=32, editable=False)

    # Scheduling, set by coordinators.
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="workshops_facilitated",
    )
    message_to_host = models.TextField(
        validators=validators.TEXT, blank=True, help_text="Sent with the latest proposal."
    )
    closed_reason = models.TextField(
        validators=validators.TEXT, blank=True, help_text="Why it was declined or cancelled."
    )

    # After delivery.
    attendance = models.PositiveIntegerField(null=True, blank=True)
    delivered_audience = models.JSONField(default=list, blank=True)
    delivery_note = models.TextField(validators=validators.TEXT, blank=True)

    objects = WorkshopRequestQuerySet.as_manager()

    class Meta:
        db_table = "bookings_workshoprequest"  # made in bookings; the table stayed when the app moved
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="workshop_ends_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=SCHEDULED)
                | (Q(starts_at__isnull=False) & Q(facilitator__isnull=False)),
                name="scheduled_workshop_has_date_and_facilitator",
            ),
            models.CheckConstraint(
                condition=~Q(status=WorkshopStatus.DELIVERED) | Q(attendance__isnull=False),
                name="delivered_workshop_has_attendance",
            ),
        ]
        indexes = [
            models.Index(fields=["facilitator", "starts_at"]),
            # The coordinators' queue, 50 to a page, newest first or sorted by a column (then id),
            # filtered by status or not.
            models.Index(fields=["status", "submitted_at", "id"]),
            models.Index(fields=["submitted_at", "id"]),
            models.Index(fields=["organisation_name", "id"]),
            models.Index(fields=["starts_at", "id"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.get_workshop_display()} for {self.organisation_name}"

    @property
    def area_name(self) -> str:
        return self.local_authority.name if self.local_authority_id else OUTSIDE

    @property
    def is_online(self) -> bool:
        return self.format == WorkshopFormat.ONLINE

    def audience_labels(self, values=None) -> list[str]:
        labels = dict(Audience.choices)
        return [labels.get(value, value) for value in (self.audience if values is None else values)]

    @property
    def delivered_audience_labels(self) -> list[str]:
        return self.audience_labels(self.delivered_audience)

    @property
    def has_calendar_file(self) -> bool:
        """Only a confirmed workshop has a calendar file: the facilitator's .ics link serves
        only these (views.facilitator_ics), so pages offer the link by asking this."""
        return self.status == WorkshopStatus.CONFIRMED


class PreferredDate(models.Model):
    """One of up to three dates the host suggested, with a part of the day."""

    request = models.ForeignKey(WorkshopRequest, on_delete=models.CASCADE, related_name="preferred_dates")
    date = models.DateField()
    time_of_day = models.CharField(max_length=10, choices=TimeOfDay.choices)
    position = models.PositiveSmallIntegerField()

    class Meta:
        db_table = "bookings_preferreddate"
        ordering = ["request", "position"]
        constraints = [
            models.UniqueConstraint(fields=["request", "position"], name="one_preferred_date_per_position")
        ]

    def __str__(self) -> str:
        return f"{self.date:%-d %B %Y}, {self.get_time_of_day_display().lower()}"


class WorkshopEvent(AuditEvent):
    """The audit trail: each change of a request, by whom (a coordinator, or the host from their
    link, `by_host`) and when."""

    request = models.ForeignKey(WorkshopRequest, on_delete=models.CASCADE, related_name="events")
    by_host = models.BooleanField(default=False)

    LABELS = {
        "request": "Requested",
        "propose": "Date proposed",
        "accept": "Date accepted",
        "confirm": "Confirmed",
        "another_date": "Asked for another date",
        "decline": "Declined",
        "cancel": "Cancelled",
        "deliver": "Delivered",
        "correct_delivery": "Delivery corrected",
    }

    class Meta(AuditEvent.Meta):
        db_table = "bookings_workshopevent"

    def __str__(self) -> str:
        return f"{self.action} on {self.request_id}"

    @property
    def actor_label(self) -> str:
        if self.by_host:
            return "Host"
        return self.actor.full_name if self.actor else "System"


class WorkshopReferenceCounter(models.Model):
    """The last reference number issued each year: WS-2026-0042 is the 42nd of 2026."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "bookings_workshopreferencecounter"

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"


def overlapping_workshops(facilitator, starts_at, ends_at):
    """The facilitator's proposed or confirmed workshops overlapping the time (touching is not
    overlapping). The arguments are values, or OuterRefs when WorkshopRequest.objects
    .with_clash_flag() asks the same of every row at once: the rule is written only here."""
    return WorkshopRequest.objects.filter(
        facilitator=facilitator, status__in=SCHEDULED, starts_at__lt=ends_at, ends_at__gt=starts_at
    )


def overlapping_sessions(facilitator, starts_at, ends_at):
    """The scheduled classroom sessions the facilitator trains overlapping the time."""
    return Session.objects.filter(
        trainers=facilitator, status=SessionStatus.SCHEDULED, starts_at__lt=ends_at, ends_at__gt=starts_at
    )
