"""The cut-off: session start less 10 calendar days on the Europe/London clock. A confirmed
place cancelled at or after it is charged £105; before it, nothing."""

from datetime import UTC, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from bookings import services
from bookings.models import Charge
from tests.bookings.conftest import confirmed, london, make_session

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("cancel_at", "charged"),
    [
        (london(2027, 3, 4, 9, 29, 59), False),  # one second before the cut-off
        (london(2027, 3, 4, 9, 30), True),  # exactly at the cut-off
        (london(2027, 3, 4, 9, 30, 1), True),  # just after
        (london(2027, 3, 13, 18, 0), True),  # the evening before
    ],
)
def test_cancelling_around_the_cut_off(cancel_at, charged):
    with time_machine.travel(london(2027, 1, 10, 12, 0)):
        session = make_session(starts_at=london(2027, 3, 14, 9, 30))
        booking = confirmed(session)
    assert session.cutoff_at == london(2027, 3, 4, 9, 30)
    with time_machine.travel(cancel_at):
        charge = services.cancel(booking, by_user=booking.user)
    assert (charge is not None) == charged
    if charged:
        assert charge.amount == Decimal("105.00")
    assert Charge.objects.count() == int(charged)


@pytest.mark.parametrize(
    ("starts_at", "cutoff", "before", "after"),
    [
        # Clocks go forward on 28 March 2027: a 9:30am BST start has a 9:30am GMT cut-off.
        (
            london(2027, 4, 2, 9, 30),
            london(2027, 3, 23, 9, 30),
            london(2027, 3, 23, 9, 29),
            london(2027, 3, 23, 9, 30),
        ),
        # Clocks go back on 31 October 2027: a 9:30am GMT start has a 9:30am BST cut-off.
        (
            london(2027, 11, 5, 9, 30),
            london(2027, 10, 26, 9, 30),
            london(2027, 10, 26, 9, 29),
            london(2027, 10, 26, 9, 30),
        ),
    ],
)
def test_the_cut_off_is_counted_in_calendar_days_across_a_clock_change(starts_at, cutoff, before, after):
    with time_machine.travel(london(2027, 1, 10, 12, 0)):
        session = make_session(starts_at=starts_at)
        early, late = confirmed(session), confirmed(session)
    assert session.cutoff_at == cutoff
    elapsed = session.starts_at.astimezone(UTC) - session.cutoff_at.astimezone(UTC)
    assert elapsed in (timedelta(days=10, hours=-1), timedelta(days=10, hours=1))  # not 240 hours
    with time_machine.travel(before):
        assert services.cancel(early, by_user=early.user) is None
    with time_machine.travel(after):
        assert services.cancel(late, by_user=late.user).amount == Decimal("105.00")


def test_the_cut_off_follows_the_courses_own_days():
    with time_machine.travel(london(2027, 1, 10, 12, 0)):
        session = make_session(starts_at=london(2027, 3, 14, 9, 30))
    session.course.cutoff_days = 14
    assert session.cutoff_at == london(2027, 2, 28, 9, 30)


def test_people_are_told_the_charge_before_they_cancel():
    with time_machine.travel(london(2027, 1, 10, 12, 0)):
        session = make_session(starts_at=london(2027, 3, 14, 9, 30))
        booking = confirmed(session)
        assert services.charge_if_cancelled_now(booking) is None
    with time_machine.travel(london(2027, 3, 5, 12, 0)):
        assert services.charge_if_cancelled_now(booking) == Decimal("105.00")


def test_the_cut_off_is_on_the_london_clock_whatever_zone_is_active():
    """An admin request runs in its user's time zone; the cut-off must not move with it. Across the
    March change, 10 calendar days in Tokyo's zone would land an hour away from London's."""
    with time_machine.travel(london(2027, 1, 10, 12, 0)):
        session = make_session(starts_at=london(2027, 4, 2, 9, 30))
    with timezone.override("Asia/Tokyo"):
        assert session.cutoff_at == london(2027, 3, 23, 9, 30)
