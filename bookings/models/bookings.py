"""A place on a session: requested, approved by a manager, confirmed or waitlisted, then
cancelled, transferred or attended. The transition table below says which action may follow
which state and when; every change goes through it and is recorded as a BookingEvent."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from lms import addresses, validators
from lms.models import AuditEvent
from lms.states import StateMachine, Transition, TransitionError


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
        """Requests sent to exactly this address, spelt as requests store it (lms.addresses)."""
        return self.filter(manager_email__iexact=addresses.normalise(email))

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
    full_name = models.CharField(max_length=150, validators=validators.PERSON_TEXT)
    organisation = models.ForeignKey("lms.Organisation", on_delete=models.PROTECT, related_name="bookings")
    job_role = models.CharField(max_length=150, validators=validators.PERSON_TEXT)
    manager_name = models.CharField(max_length=150, validators=validators.PERSON_TEXT)
    manager_email = models.EmailField()
    access_needs = models.TextField("access or dietary needs", validators=validators.TEXT, blank=True)
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
    decline_reason = models.TextField(validators=validators.TEXT, blank=True)
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


class BookingEvent(AuditEvent):
    """The audit trail: who did what to a booking, and when. Actions are recorded in the past
    tense ("approved", "charge waived"), as the history has always been written."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="events")

    class Meta(AuditEvent.Meta):
        pass

    def __str__(self) -> str:
        return f"{self.action} on booking {self.booking_id}"


# The transition table ---------------------------------------------------------------------
# Rules take (booking, at, user) and return the sentence that refuses, or None. They read only
# the booking and its session, so a list of bookings asks them without a query per row.


def _session_not_started(message: str):
    def rule(booking, at, user):
        return message if booking.session.starts_at <= at else None

    return rule


def _only_the_person_booked(message: str):
    def rule(booking, at, user):
        return None if getattr(user, "pk", None) is not None and user.pk == booking.user_id else message

    return rule


def _request_not_expired(booking, at, user):
    if booking.approval_expires_at and at >= booking.approval_expires_at:
        return "This request has expired and was closed."
    return None


def _not_their_own_request(booking, at, user):
    if getattr(user, "pk", None) is not None and user.pk == booking.user_id:
        return "You cannot approve or decline your own request."
    return None


def _session_not_cancelled(booking, at, user):
    return "This session has been cancelled by the organisers." if booking.session.is_cancelled else None


def _offer_still_open(booking, at, user):
    if at >= min(booking.offer_expires_at, booking.session.starts_at):
        return "This offer has expired and the place has gone to the next person."
    return None


def _by_the_booking_rules(booking, at, user):
    """Moves only the rules make (the waiting list, expiry), never a person."""
    return "That happens automatically." if user is not None else None


def _session_is_being_cancelled(booking, at, user):
    """A place ends this way only because the organisers cancelled the whole session."""
    return None if booking.session.is_cancelled else "Only the organisers can cancel the session."


def _approved_state(booking) -> str:
    return BookingStatus.CONFIRMED if booking.session.places_left > 0 else BookingStatus.WAITLISTED


_ONLY_YOU_CANCEL = _only_the_person_booked("Only the person booked can cancel this place.")
_CANCEL_BEFORE_START = _session_not_started("The session has started. Speak to the trainer.")


def _marked_after_start(booking, at, user):
    if booking.session.starts_at > at:
        return "Attendance can be marked once the session has started."
    return None


_REGISTER = frozenset({BookingStatus.CONFIRMED, *ATTENDANCE})

_REFUSALS = {
    "withdraw": "This booking is no longer open, so there is nothing to cancel.",
    "cancel": "This booking is no longer open, so there is nothing to cancel.",
    "accept_offer": "There is no place offered to you on this session.",
    "transfer": "Only a confirmed place can be passed to a colleague.",
    "mark_attended": "Only confirmed places can be marked on the register.",
    "mark_partial": "Only confirmed places can be marked on the register.",
    "mark_did_not_attend": "Only confirmed places can be marked on the register.",
}


def _refusal(booking, transition) -> str:
    if transition.action in _REFUSALS:
        return _REFUSALS[transition.action]
    return f"This request has already been dealt with: {booking.get_status_display().lower()}."


MACHINE = StateMachine(
    model=Booking,
    event_model=BookingEvent,
    event_fk="booking",
    refusal=_refusal,
    transitions=[
        Transition(
            "approve",
            frozenset({BookingStatus.REQUESTED}),
            _approved_state,
            label="Approve",
            event_action="approved",
            rules=(
                _request_not_expired,
                _not_their_own_request,
                _session_not_cancelled,
                _session_not_started(
                    "This session has already started, so the request can no longer be approved."
                ),
            ),
        ),
        Transition(
            "decline",
            frozenset({BookingStatus.REQUESTED}),
            BookingStatus.DECLINED,
            label="Decline",
            event_action="declined",
            rules=(_request_not_expired, _not_their_own_request),
            reason_required=True,
            reason_prompt="Give a reason for declining: the practitioner will see it.",
        ),
        Transition(
            "withdraw",
            frozenset({BookingStatus.REQUESTED}),
            BookingStatus.WITHDRAWN,
            label="Withdraw request",
            event_action="withdrawn",
            rules=(_ONLY_YOU_CANCEL, _CANCEL_BEFORE_START),
        ),
        Transition(
            "cancel",
            frozenset({BookingStatus.WAITLISTED, BookingStatus.OFFERED, BookingStatus.CONFIRMED}),
            BookingStatus.CANCELLED,
            label="Cancel",
            event_action="cancelled",
            rules=(_ONLY_YOU_CANCEL, _CANCEL_BEFORE_START),
        ),
        Transition(
            "accept_offer",
            frozenset({BookingStatus.OFFERED}),
            BookingStatus.CONFIRMED,
            label="Accept the place",
            event_action="accepted offer",
            rules=(
                _only_the_person_booked("There is no place offered to you on this session."),
                _offer_still_open,
            ),
        ),
        Transition(
            "transfer",
            frozenset({BookingStatus.CONFIRMED}),
            BookingStatus.CONFIRMED,
            label="Send a colleague instead",
            event_action="transferred",
            rules=(
                _only_the_person_booked("Only the person booked can pass their place on."),
                _session_not_started("The session has started, so the place can no longer be passed on."),
            ),
        ),
        Transition(
            "offer",
            frozenset({BookingStatus.WAITLISTED}),
            BookingStatus.OFFERED,
            event_action="offered",
            rules=(_by_the_booking_rules,),
        ),
        Transition(
            "confirm_from_waitlist",
            frozenset({BookingStatus.WAITLISTED}),
            BookingStatus.CONFIRMED,
            event_action="confirmed from waiting list",
            rules=(_by_the_booking_rules,),
        ),
        Transition(
            "expire",
            frozenset({BookingStatus.REQUESTED}),
            BookingStatus.EXPIRED,
            event_action="expired",
            rules=(_by_the_booking_rules,),
        ),
        Transition(
            "lapse_offer",
            frozenset({BookingStatus.OFFERED}),
            BookingStatus.CANCELLED,
            event_action="offer lapsed",
            rules=(_by_the_booking_rules,),
        ),
        Transition(
            "session_cancelled",
            frozenset(OPEN),
            BookingStatus.SESSION_CANCELLED,
            event_action="session cancelled",
            rules=(_session_is_being_cancelled,),
        ),
        Transition(
            "mark_attended",
            _REGISTER,
            BookingStatus.ATTENDED,
            label="Attended",
            event_action="marked attended",
            rules=(_marked_after_start,),
        ),
        Transition(
            "mark_partial",
            _REGISTER,
            BookingStatus.PARTIAL,
            label="Partially attended",
            event_action="marked partially attended",
            rules=(_marked_after_start,),
        ),
        Transition(
            "mark_did_not_attend",
            _REGISTER,
            BookingStatus.DID_NOT_ATTEND,
            label="Did not attend",
            event_action="marked did not attend",
            rules=(_marked_after_start,),
        ),
    ],
)

# The register's action for each attendance mark.
MARK_ACTIONS = {
    BookingStatus.ATTENDED: "mark_attended",
    BookingStatus.PARTIAL: "mark_partial",
    BookingStatus.DID_NOT_ATTEND: "mark_did_not_attend",
}
