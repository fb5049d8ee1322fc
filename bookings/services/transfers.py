"""Sending a named colleague instead: no charge, as long as the session has not started."""

from django.db import transaction
from django.db.models import Q

from bookings.models import Booking, BookingEvent
from bookings.models.bookings import ATTENDANCE, OPEN, BookingError
from bookings.services.common import check, lock, move, notify

NOT_TRANSFERABLE = (
    "A place can only pass to a colleague in the same organisation, because your manager accepted "
    "the charge policy on its behalf."
)


@transaction.atomic
def transfer(booking: Booking, *, colleague, by_user) -> Booking:
    booking, session = lock(booking)
    check(booking, "transfer", user=by_user)
    profile = getattr(colleague, "profile", None)
    if profile is None:
        raise BookingError("Your colleague needs an account with a completed profile first.")
    if (
        colleague == booking.user
        or Booking.objects.filter(session=session, user=colleague, status__in=[*OPEN, *ATTENDANCE]).exists()
    ):
        raise BookingError("Your colleague already has a booking on this session.")
    if profile.organisation_id != booking.organisation_id:
        raise BookingError(NOT_TRANSFERABLE)
    previous = booking.full_name
    # The organisation and the manager who approved stay: the manager accepted the charge policy
    # for this place, and their requests page keeps showing that decision. What was told about
    # the holder does not pass on: the colleague's name and job role come from their profile, and
    # access or dietary needs start empty (the previous holder's are theirs alone).
    move(
        booking,
        "transfer",
        actor=by_user,
        detail=transfer_detail(previous, colleague.full_name),
        user=colleague,
        full_name=colleague.full_name,
        job_role=profile.job_role,
        access_needs="",
    )
    notify(booking, "transferred", previous_name=previous, previous_user_id=by_user.pk)
    return booking


def transfer_detail(giver: str, receiver: str) -> str:
    """The history's words for a transfer, between the names each person had at the time."""
    return f"From {giver} to {receiver}"


def rename_in_transfers(user, names: set[str], replacement: str) -> int:
    """Put `replacement` for `user` in the history of every place they passed on or were given,
    theirs or a colleague's now. Each transfer's giver is its actor and its receiver the next
    transfer's giver (or, for the last, whoever holds the place), so only their side changes even
    when two holders share a name. `names` are those they went by; a name changed since falls
    back to the words either side of " to ". Returns how many entries changed."""
    bookings = Booking.objects.filter(Q(user=user) | Q(events__action="transferred", events__actor=user))
    events = (
        BookingEvent.objects.filter(booking__in=bookings.values("pk"), action="transferred")
        .select_related("booking")
        .order_by("booking_id", "at", "pk")
    )
    known = sorted((name for name in names if name), key=len, reverse=True)
    by_booking: dict[int, list[BookingEvent]] = {}
    for entry in events:
        by_booking.setdefault(entry.booking_id, []).append(entry)
    changed = []
    for history in by_booking.values():
        receivers = [later.actor_id for later in history[1:]] + [history[-1].booking.user_id]
        for entry, receiver in zip(history, receivers, strict=True):
            giver, to_receiver = _split(entry.detail, known)
            if giver is None:
                continue
            detail = transfer_detail(
                replacement if entry.actor_id == user.pk else giver,
                replacement if receiver == user.pk else to_receiver,
            )
            if detail != entry.detail:
                entry.detail = detail
                changed.append(entry)
    BookingEvent.objects.bulk_update(changed, ["detail"])
    return len(changed)


def _split(detail: str, known: list[str]) -> tuple[str | None, str | None]:
    if not detail.startswith("From ") or " to " not in detail:
        return None, None
    words = detail.removeprefix("From ")
    for name in known:
        if words.startswith(f"{name} to "):
            return name, words.removeprefix(f"{name} to ")
        if words.endswith(f" to {name}"):
            return words.removesuffix(f" to {name}"), name
    giver, _, receiver = words.partition(" to ")
    return giver, receiver
