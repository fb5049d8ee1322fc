"""Classroom courses and their sessions, with the charge policy that applies to them."""

from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from lms import validators
from lms.formatting import on_partnership_clock, partnership_zone
from lms.models import AuditEvent, Role
from lms.states import StateMachine, Transition


class Course(models.Model):
    title = models.CharField(max_length=150, validators=validators.SINGLE_LINE)
    slug = models.SlugField(max_length=150, unique=True)
    summary = models.TextField(
        validators=validators.TEXT, help_text="What the course covers and who it is for."
    )
    duration = models.CharField(
        max_length=60,
        validators=validators.SINGLE_LINE,
        default="One day",
        help_text="For example 'One day'.",
    )
    cpd_hours = models.DecimalField("CPD hours", max_digits=4, decimal_places=2, default=Decimal("6.00"))
    accredited = models.BooleanField(default=False)
    accreditation = models.CharField(
        max_length=150,
        validators=validators.SINGLE_LINE,
        blank=True,
        help_text="What attending grants, e.g. 'GCP2 assessment lead'. Empty if nothing.",
    )
    accreditation_scheme = models.ForeignKey(
        "certificates.AccreditationScheme",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="courses",
        help_text="Attending a session of this course grants this accreditation.",
    )
    charges_apply = models.BooleanField(
        default=True, help_text="Charge for late cancellation and non-attendance."
    )
    cutoff_days = models.PositiveSmallIntegerField(
        default=10, help_text="Cancelling this many calendar days or fewer before the start is charged."
    )
    charge_amount = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        default=Decimal("105.00"),
        validators=[MinValueValidator(Decimal("0"))],
    )

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    CANCELLED = "cancelled", "Cancelled by the organisers"


class SessionQuerySet(models.QuerySet):
    def bookable(self, now=None):
        now = now or timezone.now()
        return self.filter(
            status=SessionStatus.SCHEDULED,
            starts_at__gt=now,
            booking_opens_at__lte=now,
            booking_closes_at__gt=now,
        )

    def managed_by(self, user):
        """The sessions this person may manage in the admin and run the register of: every one for
        the organisers (workshop coordinators and administrators), their own for a trainer."""
        if not user.is_authenticated:
            return self.none()
        if user.has_role(Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR):
            return self
        if user.has_role(Role.TRAINER):
            return self.filter(trainers=user)
        return self.none()

    def with_places_taken(self):
        """Each session's seats held, counted by a probe of the bookings' (session, status) index
        for the sessions listed, never by grouping every booking ever made."""
        from bookings.models.bookings import SEAT_HOLDING

        return self.annotate(places_taken=_bookings_counted(status__in=SEAT_HOLDING))

    def with_booked_and_waiting(self):
        """The register list's figures: seats held, and people on the waiting list."""
        from bookings.models.bookings import SEAT_HOLDING, BookingStatus

        return self.annotate(
            booked=_bookings_counted(status__in=SEAT_HOLDING),
            waiting=_bookings_counted(status=BookingStatus.WAITLISTED),
        )


def _bookings_counted(**matching):
    from bookings.models.bookings import Booking

    counted = (
        Booking.objects.filter(session=OuterRef("pk"), **matching)
        .order_by()
        .values("session")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=models.IntegerField()), 0)


class Session(models.Model):
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="sessions")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField(help_text="For a session over several days, the end of the last day.")
    local_authority = models.ForeignKey(
        "lms.LocalAuthority", on_delete=models.PROTECT, related_name="sessions"
    )
    venue = models.TextField(
        validators=validators.TEXT, blank=True, help_text="Address, or leave empty for an online session."
    )
    online = models.BooleanField(default=False)
    joining_instructions = models.TextField(
        validators=validators.TEXT, blank=True, help_text="Sent to confirmed attendees only."
    )
    capacity = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    trainers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="sessions_trained")
    booking_opens_at = models.DateTimeField(default=timezone.now)
    booking_closes_at = models.DateTimeField()
    status = models.CharField(max_length=16, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED)
    cancelled_reason = models.TextField(validators=validators.TEXT, blank=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        permissions = [("assign_trainers", "Can choose who trains a session")]
        # The catalogue and the register lists page sessions by start, in every area or one.
        indexes = [
            models.Index(fields=["starts_at", "id"], name="session_by_start"),
            models.Index(fields=["local_authority", "starts_at", "id"], name="session_area_by_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.title}, {on_partnership_clock(self.starts_at):%-d %B %Y}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.pk and self.capacity is not None:
            held = self.bookings.holding_seats().count()
            if self.capacity < held:
                raise ValidationError(
                    {"capacity": f"{held} places are already confirmed or offered: capacity cannot be less."}
                )

    @property
    def cutoff_at(self) -> datetime:
        """The charge cut-off: the start, less the course's cut-off days, counted in calendar days on
        the partnership's clock, settings.TIME_ZONE (so a 9:30am start has a 9:30am cut-off across
        a clock change)."""
        local_start = on_partnership_clock(self.starts_at).replace(tzinfo=None)
        return (local_start - timedelta(days=self.course.cutoff_days)).replace(tzinfo=partnership_zone())

    def in_charge_window(self, at=None) -> bool:
        return self.course.charges_apply and (at or timezone.now()) >= self.cutoff_at

    @property
    def places_left(self) -> int:
        """Seats not yet confirmed or offered. Uses `with_places_taken()`'s count when the list
        was fetched with it (one query for a whole catalogue); otherwise counts now, which under
        the session's row lock is the number the booking rules trust."""
        taken = getattr(self, "places_taken", None)
        if taken is None:
            taken = self.bookings.holding_seats().count()
        return max(self.capacity - taken, 0)

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED


class SessionEvent(AuditEvent):
    """The history of a session's own state: who cancelled it, when and why."""

    LABELS = {"cancel": "Cancelled by the organisers"}

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="events")

    class Meta(AuditEvent.Meta):
        pass


def _organisers_only(session, at, user):
    """Workshop coordinators and administrators organise sessions; a session's trainer does not
    cancel it on their own."""
    if user is None or not user.has_role(Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR):
        return "Only the organisers (workshop coordinators and administrators) can cancel a session."
    return None


def _not_started(session, at, user):
    return "This session has already started. Mark the register instead." if session.starts_at <= at else None


MACHINE = StateMachine(
    model=Session,
    event_model=SessionEvent,
    event_fk="session",
    refusal=lambda session, transition: "This session is already cancelled.",
    transitions=[
        Transition(
            "cancel",
            frozenset({SessionStatus.SCHEDULED}),
            SessionStatus.CANCELLED,
            label="Cancel this session",
            rules=(_not_started, _organisers_only),
        ),
    ],
)
