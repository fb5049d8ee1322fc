"""Erasure reaches the person's name where it sits on records that are not theirs: the history
of a place they passed on or were given, Wagtail's log, and requests they were asked to decide."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from bookings import services
from bookings.models import Booking, BookingEvent, BookingStatus
from lms.models import User
from lms.privacy import erasure
from tests.bookings.conftest import make_session, request
from tests.factories import BookingFactory, ProfileFactory
from tests.lms.privacy_data import person_with_everything

pytestmark = pytest.mark.django_db


def colleague(name, organisation):
    return ProfileFactory(user__full_name=name, organisation=organisation).user


def transfer_details(booking):
    events = BookingEvent.objects.filter(booking=booking, action="transferred").order_by("pk")
    return list(events.values_list("detail", flat=True))


def test_a_place_passed_through_the_erased_person_names_only_their_pseudonym():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    carol = ProfileFactory(user__full_name="Carol Ahmed").user
    booking = services.approve(request(session, carol), by_email=carol.profile.manager_email)
    amira = colleague("Amira Ahmed", booking.organisation)
    ben = colleague("Ben Ahmed", booking.organisation)
    services.transfer(booking, colleague=amira, by_user=carol)
    services.transfer(Booking.objects.get(pk=booking.pk), colleague=ben, by_user=amira)

    pseudonym = erasure.erase_person(amira)

    assert transfer_details(booking) == [f"From Carol Ahmed to {pseudonym}", f"From {pseudonym} to Ben Ahmed"]


def test_the_history_of_a_place_they_passed_on_no_longer_holds_their_address(
    django_capture_on_commit_callbacks,
):
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    amira = ProfileFactory(user__full_name="Amira Ahmed", user__email="amira@example.org").user
    booking = services.approve(request(session, amira), by_email=amira.profile.manager_email)
    with django_capture_on_commit_callbacks(execute=True):
        services.transfer(booking, colleague=colleague("Ben Ahmed", booking.organisation), by_user=amira)
    emailed = BookingEvent.objects.get(booking=booking, action="emailed", detail__startswith="transferred:")
    assert "amira@example.org" in emailed.detail

    erasure.erase_person(amira)

    emailed.refresh_from_db()
    assert "amira" not in emailed.detail.lower()
    assert User.objects.get(pk=amira.pk).email in emailed.detail


def test_the_history_of_a_place_given_to_the_erased_person_names_only_their_pseudonym():
    session = make_session(starts_at=timezone.now() - timedelta(days=3))
    carol = ProfileFactory(user__full_name="Carol Ahmed").user
    booking = BookingFactory(session=session, user=carol, full_name="Carol Ahmed", attended=True)
    BookingEvent.objects.create(
        booking=booking, action="transferred", actor=carol, detail="From Carol Ahmed to Amira Ahmed"
    )
    amira = colleague("Amira Ahmed", booking.organisation)
    Booking.objects.filter(pk=booking.pk).update(user=amira, full_name="Amira Ahmed")

    pseudonym = erasure.erase_person(amira)

    assert transfer_details(booking) == [f"From Carol Ahmed to {pseudonym}"]


def test_wagtails_log_of_the_account_shows_only_the_pseudonym():
    amira = ProfileFactory(user__full_name="Amira Quayle", user__email="amira@example.org").user
    other = ProfileFactory(user__full_name="Ben Other").user
    log(instance=amira, action="wagtail.edit")
    log(instance=other, action="wagtail.edit")

    pseudonym = erasure.erase_person(amira)

    labels = dict(ModelLogEntry.objects.values_list("object_id", "label"))
    assert labels == {str(amira.pk): pseudonym, str(other.pk): "Ben Other"}


def test_wagtails_log_of_their_certificate_and_accreditation_names_only_the_pseudonym():
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    log(instance=amira.certificate, action="wagtail.edit")
    log(instance=amira.accreditation, action="wagtail.edit")
    before = list(ModelLogEntry.objects.order_by("pk").values_list("label", flat=True))
    assert all("Amira Quayle" in label for label in before)

    pseudonym = erasure.erase_person(amira.user)

    after = list(ModelLogEntry.objects.order_by("pk").values_list("label", flat=True))
    assert after == [label.replace("Amira Quayle", pseudonym) for label in before]


def test_wagtails_log_of_a_workshop_request_loses_the_contact_name_it_holds():
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    log(instance=amira.workshop_request, action="wagtail.edit")
    label = ModelLogEntry.objects.get().label
    assert "Amira Quayle" in label

    pseudonym = erasure.erase_person(amira.user)

    assert ModelLogEntry.objects.get().label == label.replace("Amira Quayle", pseudonym)


def test_a_colleagues_request_still_waiting_for_the_erased_manager_stays_addressed_to_them():
    """The request is the practitioner's, naming their manager, who can still decide it from the
    emailed link without an account; if nobody does, it closes as usual and the practitioner is
    told. Rewriting the address would strand it where nobody could ever answer."""
    manager = person_with_everything("Morgan Lee", "morgan@example.org")
    waiting = BookingFactory(manager_name="Morgan Lee", manager_email="morgan@example.org")
    assert waiting.status == BookingStatus.REQUESTED
    decided = BookingFactory(confirmed=True, manager_name="Morgan Lee", manager_email="morgan@example.org")

    pseudonym = erasure.erase_person(manager.user)

    waiting.refresh_from_db()
    decided.refresh_from_db()
    assert (waiting.manager_name, waiting.manager_email) == ("Morgan Lee", "morgan@example.org")
    assert decided.manager_name == pseudonym == User.objects.get(pk=manager.user.pk).full_name
    assert "morgan" not in decided.manager_email
