"""One way to change the state of anything that has one: bookings, charges, workshop requests,
accreditations and certificates.

Each stateful model declares a `StateMachine` beside its `TextChoices`: a table of named
`Transition`s saying which states an action may start from, where it leads, who may take it and
any time rule ("not once the session has started"). Services call `machine.move(...)`, which
checks all of that, saves and writes the audit event in one go; templates call
`allowed_actions(obj, at, user)` (or the `{% allowed_actions %}` tag), which asks the very same
rules, so a page never offers what the service would then refuse.

The machine only knows the rules it is given; locking the row (`select_for_update`) and the
side effects (emails after commit) stay with the service that owns the object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import models
from django.utils import timezone

# A rule that may refuse: given the object, the moment and the person, it returns the sentence
# to show them, or None when the action may go ahead.
Rule = Callable[[Any, datetime, Any], str | None]


class TransitionError(Exception):
    """An action the rules refuse. The message is a sentence the person can act on; views show
    it as a GOV.UK error. Each app's own error (BookingError, WorkshopError…) subclasses this."""


@dataclass(frozen=True)
class Transition:
    """One action: the states it starts from, the state it leads to, and its rules.

    `target` may be a function of the object when one action ends in different states (a
    practitioner's "cancel" withdraws a request but cancels a confirmed place). `rules` run in
    order after the state check; the first refusal wins. `reason_required` makes `move` refuse an
    empty `detail`, with `reason_prompt` as the message. `event_action` is the word the audit
    trail records when it differs from the action's name (a history kept in the past tense).
    """

    action: str
    sources: frozenset[str]
    target: str | Callable[[Any], str]
    label: str = ""
    rules: tuple[Rule, ...] = ()
    reason_required: bool = False
    reason_prompt: str = "Give a reason."
    event_action: str = ""

    def target_for(self, obj) -> str:
        return self.target(obj) if callable(self.target) else self.target


@dataclass
class StateMachine:
    """The transition table for one model, and the event model its history is written to.

    `event_model` is a concrete subclass of `lms.models.AuditEvent` whose foreign key to the object is
    `event_fk`. `refusal(obj, transition)` words the message for an action its current state does
    not allow; the default names the state.
    """

    model: type[models.Model]
    transitions: Iterable[Transition]
    event_model: type[models.Model]
    event_fk: str
    state_field: str = "status"
    wagtail_action_prefix: str = ""
    refusal: Callable[[Any, Transition], str] | None = None
    table: dict[str, Transition] = field(init=False)

    def __post_init__(self):
        self.table = {t.action: t for t in self.transitions}
        REGISTRY[self.model] = self

    # Asking --------------------------------------------------------------------------------

    def state(self, obj) -> str:
        return getattr(obj, self.state_field)

    def refusal_for(self, obj, action: str, at: datetime | None = None, user=None) -> str | None:
        """Why `user` may not take `action` on `obj` at `at`, or None if they may."""
        transition = self.table.get(action)
        if transition is None:
            return "That cannot be done here."
        if self.state(obj) not in transition.sources:
            return self.refusal(obj, transition) if self.refusal else self._default_refusal(obj, transition)
        at = at or timezone.now()
        for rule in transition.rules:
            if message := rule(obj, at, user):
                return message
        return None

    def allowed_actions(self, obj, at: datetime | None = None, user=None) -> list[str]:
        """Every action `user` may take on `obj` now, in the table's order."""
        at = at or timezone.now()
        return [action for action in self.table if self.refusal_for(obj, action, at, user) is None]

    def check(self, obj, action: str, *, at: datetime | None = None, user=None, error=TransitionError):
        if message := self.refusal_for(obj, action, at, user):
            raise error(message)
        return self.table[action]

    # Changing ------------------------------------------------------------------------------

    def move(
        self,
        obj,
        action: str,
        *,
        actor=None,
        actor_email: str = "",
        detail: str = "",
        at: datetime | None = None,
        error: type[Exception] = TransitionError,
        in_admin: bool = False,
        event_fields: dict | None = None,
        **changes,
    ):
        """Check the action, set the new state and any other `changes`, save, and record the
        event. The caller holds the row lock. Returns the event.

        `in_admin` mirrors the action into Wagtail's own audit log too, so the admin's history
        views show staff actions taken there.
        """
        at = at or timezone.now()
        transition = self.check(obj, action, at=at, user=actor, error=error)
        detail = (detail or "").strip()
        if transition.reason_required and not detail:
            raise error(transition.reason_prompt)
        was = self.state(obj)
        setattr(obj, self.state_field, transition.target_for(obj))
        for name, value in changes.items():
            setattr(obj, name, value)
        obj.save()
        return self.record(
            obj,
            transition.event_action or action,
            actor=actor,
            actor_email=actor_email,
            detail=detail,
            from_state=was,
            in_admin=in_admin,
            **(event_fields or {}),
        )

    def record(
        self,
        obj,
        action: str,
        *,
        actor=None,
        actor_email: str = "",
        detail: str = "",
        from_state: str | None = None,
        to_state: str | None = None,
        in_admin: bool = False,
        **extra,
    ):
        """Write an event for something that happened to `obj` without a change of state (a
        reminder sent, an invoice reference recorded) or after one made by `move`."""
        state = self.state(obj)
        event = self.event_model.objects.create(
            **{self.event_fk: obj},
            actor=actor,
            actor_email=actor_email or (getattr(actor, "email", "") or ""),
            action=action,
            from_state=state if from_state is None else from_state,
            to_state=state if to_state is None else to_state,
            detail=detail,
            **extra,
        )
        if in_admin and self.wagtail_action_prefix:
            log_in_wagtail(obj, f"{self.wagtail_action_prefix}.{action}", actor, detail)
        return event

    @staticmethod
    def _default_refusal(obj, transition: Transition) -> str:
        display = getattr(obj, "get_status_display", None)
        state = display().lower() if display else "in this state"
        return f"This is {state}, so it cannot be {transition.label.lower() or transition.action}."


# Every machine, by model: the template tag and `allowed_actions` find an object's rules here.
REGISTRY: dict[type[models.Model], StateMachine] = {}


def machine_for(obj) -> StateMachine:
    for klass in type(obj).__mro__:
        if klass in REGISTRY:
            return REGISTRY[klass]
    raise LookupError(f"{type(obj).__name__} has no state machine")


def allowed_actions(obj, at: datetime | None = None, user=None) -> list[str]:
    """What `user` may do to `obj` at `at`: the same rules `move` enforces."""
    return machine_for(obj).allowed_actions(obj, at, user)


def log_in_wagtail(obj, action: str, user, detail: str = "") -> None:
    """Mirror a staff action into Wagtail's audit log (its history and site history reports).
    The action must be registered in a `register_log_actions` hook (lms/wagtail_hooks.py)."""
    from wagtail.log_actions import log

    log(instance=obj, action=action, user=user, data={"detail": detail} if detail else {})


def register_wagtail_actions(actions, machine: StateMachine) -> None:
    """Teach Wagtail's audit log the machine's actions, in the event model's words; call it from
    a `register_log_actions` hook. Only machines with a `wagtail_action_prefix` are mirrored."""
    labels = {t.action: t.label or t.action.capitalize() for t in machine.table.values()}
    labels.update(machine.event_model.LABELS)
    noun = machine.model._meta.verbose_name
    for action, label in labels.items():
        actions.register_action(
            f"{machine.wagtail_action_prefix}.{action}", label, f"{noun.capitalize()}: {label}"
        )
