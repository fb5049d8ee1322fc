"""BookingFactory builds each status as the services would have left it, so tests that start
from a status start from a booking the services accept."""

from datetime import timedelta

import pytest
from django.utils import timezone

from bookings import services
from bookings.models import BookingStatus, ChargeReason
from tests.factories import BookingFactory, ChargeFactory, SessionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("trait", "holds_a_seat", "approved", "confirmed"),
    [
        ("requested", False, False, False),
        ("declined", False, False, False),
        ("withdrawn", False, False, False),
        ("waitlisted", False, True, False),
        ("offered", True, True, False),
        ("confirmed", True, True, True),
        ("cancelled", False, True, True),
        ("attended", False, True, True),
        ("did_not_attend", False, True, True),
    ],
)
def test_each_status_has_the_timestamps_it_implies(trait, holds_a_seat, approved, confirmed):
    session = SessionFactory(capacity=3)
    booking = BookingFactory(session=session, **{trait: True})
    assert booking.status == BookingStatus(trait)
    assert services.places_left(session) == (2 if holds_a_seat else 3)
    assert (booking.approved_at is not None, booking.manager_accepted_policy) == (approved, approved)
    assert (booking.confirmed_at is not None) == confirmed
    assert bool(booking.approval_nonce) == (trait == "requested")
    assert booking.organisation == booking.user.profile.organisation


def test_a_requested_booking_is_one_the_manager_can_approve():
    booking = BookingFactory(requested=True)
    approved = services.approve(booking, by_email=booking.manager_email)
    assert approved.status == BookingStatus.CONFIRMED


def test_a_confirmed_booking_cancelled_inside_the_cut_off_is_charged():
    booking = BookingFactory(
        confirmed=True, session=SessionFactory(starts_at=timezone.now() + timedelta(days=3))
    )
    charge = services.cancel(booking, by_user=booking.user)
    assert (charge.amount, charge.reason) == (
        booking.session.course.charge_amount,
        ChargeReason.LATE_CANCELLATION,
    )


def test_a_charge_is_coded_as_its_booking_says():
    charge = ChargeFactory(non_attendance=True)
    assert charge.booking.status == BookingStatus.DID_NOT_ATTEND
    assert charge.organisation == charge.booking.organisation
    assert charge.organisation_is_council == charge.organisation.is_council
