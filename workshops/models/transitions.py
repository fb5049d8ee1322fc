"""The workshop request's transition table: who may do what, from which state, and when.

The services move a request only through MACHINE (lms.states), and the coordinators' page and the
host's status page offer only what it allows. A host acts from their private link with no account
(user None); coordinators act in the Wagtail admin, where their actions also reach Wagtail's log.
"""

from lms.models import Role
from lms.states import StateMachine, Transition

from .requests import WorkshopEvent, WorkshopRequest, WorkshopStatus


def _coordinator(request, at, user):
    if user is not None and user.has_role(Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR):
        return None
    return "Only a workshop coordinator can do that."


def _host(request, at, user):
    return None if user is None else "Only the host can do that, from their private link."


def _host_or_coordinator(request, at, user):
    return None if user is None else _coordinator(request, at, user)


def _not_started(message):
    def rule(request, at, user):
        started = request.status == WorkshopStatus.CONFIRMED and request.starts_at <= at
        return message if started else None

    return rule


def _proposal_not_passed(message):
    def rule(request, at, user):
        return message if request.starts_at is not None and request.starts_at <= at else None

    return rule


def _has_started(request, at, user):
    return None if request.starts_at <= at else "Record attendance once the workshop has started."


STATE_PHRASES = {
    WorkshopStatus.REQUESTED: "waiting for a date",
    WorkshopStatus.PROPOSED: "waiting for the host to accept a date",
    WorkshopStatus.CONFIRMED: "confirmed",
    WorkshopStatus.DELIVERED: "delivered",
    WorkshopStatus.DECLINED: "declined",
    WorkshopStatus.CANCELLED: "cancelled",
}
# The end of "This workshop request is <state>, so …" when the state does not allow the action.
CANNOT = {
    "propose": "a date cannot be proposed",
    "accept": "there is no date to accept",
    "confirm": "it cannot be confirmed",
    "another_date": "there is no date to change",
    "decline": "it cannot be declined",
    "cancel": "it cannot be cancelled",
    "deliver": "attendance cannot be recorded: only a confirmed workshop is delivered",
    "correct_delivery": "there is no attendance to correct",
}


def _refusal(request, transition) -> str:
    if transition.action == "decline" and request.status == WorkshopStatus.CONFIRMED:
        return "This workshop is confirmed: cancel it instead, giving the host a reason."
    return f"This workshop request is {STATE_PHRASES[request.status]}, so {CANNOT[transition.action]}."


S = WorkshopStatus
MACHINE = StateMachine(
    model=WorkshopRequest,
    event_model=WorkshopEvent,
    event_fk="request",
    wagtail_action_prefix="workshops",
    refusal=_refusal,
    transitions=[
        Transition(
            "propose",
            frozenset({S.REQUESTED, S.PROPOSED, S.CONFIRMED}),
            S.PROPOSED,
            label="Propose a date",
            rules=(
                _coordinator,
                _not_started(
                    "This workshop has already started, so it can no longer be rearranged. "
                    "Record it as delivered once it has finished."
                ),
            ),
        ),
        Transition(
            "confirm",
            frozenset({S.PROPOSED}),
            S.CONFIRMED,
            label="Confirm",
            rules=(_coordinator, _proposal_not_passed("The proposed date has passed. Propose another date.")),
        ),
        Transition(
            "accept",
            frozenset({S.PROPOSED}),
            S.CONFIRMED,
            label="Accept the date",
            rules=(
                _host,
                _proposal_not_passed("The proposed date has passed. Ask for another date instead."),
            ),
        ),
        Transition(
            "another_date",
            frozenset({S.PROPOSED, S.CONFIRMED}),
            S.REQUESTED,
            label="Ask for another date",
            rules=(_host, _not_started("This workshop has already started.")),
        ),
        Transition(
            "decline",
            frozenset({S.REQUESTED, S.PROPOSED}),
            S.DECLINED,
            label="Decline",
            rules=(_coordinator,),
            reason_required=True,
            reason_prompt="Give a reason for declining: the host will see it.",
        ),
        Transition(
            "cancel",
            frozenset({S.REQUESTED, S.PROPOSED, S.CONFIRMED}),
            S.CANCELLED,
            label="Cancel",
            rules=(
                _host_or_coordinator,
                _not_started("This workshop has already started, so it can no longer be cancelled."),
            ),
        ),
        Transition(
            "deliver",
            frozenset({S.CONFIRMED}),
            S.DELIVERED,
            label="Record as delivered",
            rules=(_coordinator, _has_started),
        ),
        Transition(
            "correct_delivery",
            frozenset({S.DELIVERED}),
            S.DELIVERED,
            label="Correct the attendance",
            rules=(_coordinator,),
        ),
    ],
)
