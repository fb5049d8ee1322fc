"""A place on a session: requested, approved by a manager, confirmed or waitlisted, then
cancelled, transferred or attended. Every change is recorded as a BookingEvent."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from lms.states import TransitionError


class BookingStatus(models.TextChoices):
    REQUESTED = "requested", "Waiting for manager approval"
    DECLINED = "declined", "Declined by manager"
    EXPIRED = "expired", "Closed: manager did not reply"
    WITHDRAWN = "withdrawn", "Withdrawn before approval"
    WAITLISTED = "waitlisted", "On the waiting list"
    OFFERED = "offered", "Place offered"
    CONFIRMED = "confirmed", "Confirmed"
    CANCELLED = "cancelled", "Cancelled"
    SESSION_CANCELLED = "session_cancelled", "Session cancelled by organisers"
    ATTENDED = "attended", "Attended"
    PARTIAL = "partial", "Partially attended"
    DID_NOT_ATTEND = "did_not_attend", "Did not attend"


class BookingError(TransitionError):
    """A request the rules refuse; the message is shown to the person."""


# Statuses that hold one of the session's seats.
SEAT_HOLDING = (BookingStatus.CONFIRMED, BookingStatus.OFFERED)
# Statuses a person can still cancel or withdraw from.
OPEN = (BookingStatus.REQUESTED, BookingStatus.WAITLISTED, BookingStatus.OFFERED, BookingStatus.CONFIRMED)
ATTENDANCE = (BookingStatus.ATTENDED, BookingStatus.PARTIAL, BookingStatus.DID_NOT_ATTEND)


class BookingQuerySet(models.QuerySet):
    def holding_seats(self):
        return self.filter(status__in=SEAT_HOLDING)

    def waitlist(self):
        """The waiting list in order: earliest approval first."""
        return self.filter(status=BookingStatus.WAITLISTED).order_by("approved_at", "pk")

    def addressed_to(self, email: str):
        return self.filter(manager_email__iexact=email)

    def open(self):
        return self.filter(status__in=OPEN)

    def cancellable(self, at=None):
        """Open bookings on sessions that have not started by `at`: what a practitioner may still
        cancel, and what the organisers' cancelling a session ends."""
        return self.open().filter(session__starts_at__gt=at or timezone.now())


class Booking(models.Model):
    session = models.ForeignKey("bookings.Session", on_delete=models.PROTECT, related_name="bookings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="bookings")
    # What the practitioner told us when requesting, kept as it was then.
    full_name = models.CharField(max_length=150)
    organisation = models.ForeignKey("lms.Organisation", on_delete=models.PROTECT, related_name="bookings")
    job_role = models.CharField(max_length=150)
    manager_name = models.CharField(max_length=150)
    manager_email = models.EmailField()
    access_needs = models.TextField("access or dietary needs", blank=True)
    policy_acknowledged_at = models.DateTimeField()

    status = models.CharField(max_length=20, choices=BookingStatus.choices, default=BookingStatus.REQUESTED)
    requested_at = models.DateTimeField(auto_now_add=True)
    approval_nonce = models.CharField(max_length=32, blank=True, help_text="Cleared once the link is used.")
    approval_expires_at = models.DateTimeField(null=True, blank=True)
    approval_reminded_at = models.DateTimeField(null=True, blank=True)
    cutoff_reminded_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    manager_accepted_policy = models.BooleanField(default=False)
    decided_by_email = models.EmailField(blank=True)
    decline_reason = models.TextField(blank=True)
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = BookingQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            # One live booking per person per session.
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=Q(status__in=[*OPEN, *ATTENDANCE]),
                name="one_live_booking_per_person",
            ),
        ]
        indexes = [models.Index(fields=["session", "status"]), models.Index(fields=["manager_email"])]

    def __str__(self) -> str:
        return f"{self.full_name} on {self.session_id} ({self.get_status_display()})"


class BookingEvent(models.Model):
    """The audit trail: who did what to a booking, and when."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_email = models.EmailField(blank=True, help_text="For managers acting from an email link.")
    action = models.CharField(max_length=40)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action} on booking {self.booking_id}"
