"""The shared transition helper: the table decides, rules refuse with words, and `move` records
exactly what `allowed_actions` promised."""

from datetime import UTC, datetime

import pytest

from lms.states import StateMachine, Transition, TransitionError, allowed_actions, machine_for

NOON = datetime(2027, 3, 4, 12, tzinfo=UTC)


class Events:
    """Stands in for an AuditEvent table: keeps what `record` writes."""

    LABELS = {"open": "Opened"}
    created: list[dict] = []

    class objects:  # the manager's name on a real model
        @staticmethod
        def create(**fields):
            Events.created.append(fields)
            return fields


class Door:
    def __init__(self, status="shut", opens_at=NOON):
        self.status, self.opens_at, self.saved = status, opens_at, 0

    def save(self):
        self.saved += 1


def not_before_opening(door, at, user):
    return "It is not open yet." if at < door.opens_at else None


def only_keyholders(door, at, user):
    return None if user == "keyholder" else "Only a keyholder can do that."


MACHINE = StateMachine(
    model=Door,
    event_model=Events,
    event_fk="door",
    transitions=[
        Transition("open", frozenset({"shut"}), "open", label="Open", rules=(not_before_opening,)),
        Transition("lock", frozenset({"shut"}), "locked", label="Lock", rules=(only_keyholders,)),
        Transition(
            "close",
            frozenset({"open"}),
            lambda door: "shut",
            label="Close",
            reason_required=True,
            reason_prompt="Say why.",
        ),
    ],
)


@pytest.fixture(autouse=True)
def _clear_events():
    Events.created.clear()


def test_allowed_actions_follow_state_time_and_person():
    door = Door()
    assert allowed_actions(door, NOON, "visitor") == ["open"]
    assert allowed_actions(door, NOON, "keyholder") == ["open", "lock"]
    assert MACHINE.allowed_actions(door, datetime(2027, 3, 4, 11, tzinfo=UTC), "keyholder") == ["lock"]
    assert MACHINE.allowed_actions(Door("open"), NOON, "keyholder") == ["close"]
    assert machine_for(door) is MACHINE


def test_move_saves_the_new_state_and_records_who_and_from_where():
    door = Door()
    MACHINE.move(door, "open", actor=None, actor_email="host@example.org", at=NOON, detail=" windy ")
    assert door.status == "open" and door.saved == 1
    assert Events.created == [
        {
            "door": door,
            "actor": None,
            "actor_email": "host@example.org",
            "action": "open",
            "from_state": "shut",
            "to_state": "open",
            "detail": "windy",
        }
    ]


def test_move_applies_other_changes_with_the_state():
    door = Door("open")
    MACHINE.move(door, "close", detail="draught", at=NOON, opens_at=None)
    assert (door.status, door.opens_at) == ("shut", None)


@pytest.mark.parametrize(
    ("door", "action", "user", "message"),
    [
        (Door("open"), "open", None, "This is in this state, so it cannot be open."),
        (Door(opens_at=datetime(2028, 1, 1, tzinfo=UTC)), "open", None, "It is not open yet."),
        (Door(), "lock", "visitor", "Only a keyholder can do that."),
        (Door("open"), "close", None, "Say why."),
        (Door(), "paint", None, "That cannot be done here."),
    ],
)
def test_a_refused_move_changes_nothing_and_says_why(door, action, user, message):
    before = door.status
    with pytest.raises(TransitionError, match=message):
        MACHINE.move(door, action, actor=user, at=NOON)
    assert door.status == before and door.saved == 0
    assert Events.created == []


def test_the_refusal_can_be_an_apps_own_error():
    class DoorError(TransitionError):
        pass

    with pytest.raises(DoorError):
        MACHINE.move(Door("locked"), "open", at=NOON, error=DoorError)
