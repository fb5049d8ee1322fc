"""Erasing a named person on request: their personal data goes, while the charges and registers
finance and audit need stay, under a pseudonym, with their organisation."""

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command

from bookings.models import BookingEvent, Charge
from certificates.models import AccreditationEvent
from courses.models import Enrolment
from lms.models import PractitionerProfile, User
from lms.privacy import erasure
from tests.factories import TEST_PASSWORD, BookingFactory, ProfileFactory, SessionFactory
from tests.lms.privacy_data import person_with_everything

pytestmark = pytest.mark.django_db


def test_erasing_keeps_the_finance_and_audit_records_under_a_pseudonym():
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    organisation = amira.booking.organisation

    pseudonym = erasure.erase_person(amira.user)

    assert pseudonym.startswith("Erased person ")
    user = User.objects.get(pk=amira.user.pk)
    assert user.full_name == pseudonym
    assert "amira" not in user.email
    assert not user.is_active
    assert not user.has_usable_password()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not PractitionerProfile.objects.filter(user=user).exists()
    assert not Enrolment.objects.filter(user=user).exists()

    booking = user.bookings.get()
    assert booking.full_name == pseudonym
    assert booking.organisation == organisation
    assert booking.access_needs == ""
    assert booking.job_role == ""
    charge = Charge.objects.get(pk=amira.charge.pk)
    assert (charge.amount, charge.organisation, charge.invoice_reference) == (
        amira.charge.amount,
        organisation,
        "INV-amira@example.org",
    )
    assert BookingEvent.objects.get(booking=booking, action="cancelled").actor_email == ""
    assert AccreditationEvent.objects.get(accreditation=amira.accreditation).actor_email == ""

    amira.certificate.refresh_from_db()
    amira.accreditation.refresh_from_db()
    amira.workshop_request.refresh_from_db()
    assert amira.certificate.holder_name == pseudonym
    assert amira.accreditation.holder_name == pseudonym
    assert "amira" not in amira.accreditation.holder_email
    assert amira.accreditation.organisation is not None
    assert amira.workshop_request.contact_email == ""
    assert amira.workshop_request.contact_name == ""


def test_nobody_else_is_touched():
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    ben = person_with_everything("Ben Other", "ben@example.org")

    erasure.erase_person(amira.user)

    ben.user.refresh_from_db()
    ben.booking.refresh_from_db()
    ben.workshop_request.refresh_from_db()
    assert (ben.user.full_name, ben.user.email, ben.user.is_active) == ("Ben Other", "ben@example.org", True)
    assert ben.booking.full_name == "Ben Other"
    assert ben.workshop_request.contact_email == "ben@example.org"
    assert BookingEvent.objects.get(booking=ben.booking, action="cancelled").actor_email == "ben@example.org"
    assert Enrolment.objects.filter(user=ben.user).exists()


def test_erasing_twice_changes_nothing_the_second_time():
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    pseudonym = erasure.erase_person(amira.user)
    before = User.objects.values().get(pk=amira.user.pk)

    assert erasure.erase_person(User.objects.get(pk=amira.user.pk)) == pseudonym
    assert User.objects.values().get(pk=amira.user.pk) == before


def test_an_erased_person_cannot_sign_in(client):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    erasure.erase_person(amira.user)
    assert not client.login(email="amira@example.org", password=TEST_PASSWORD)


def test_an_open_future_place_is_cancelled_through_the_booking_rules_before_erasing():
    user = ProfileFactory().user
    booking = BookingFactory(user=user, confirmed=True, session=SessionFactory())

    erasure.erase_person(user)

    booking.refresh_from_db()
    assert booking.status == "cancelled"
    assert booking.events.filter(action="cancelled").exists()


def test_the_command_erases_a_person_named_by_email(capsys):
    amira = person_with_everything("Amira Quayle", "amira@example.org")
    call_command("erase_person", "AMIRA@example.org", "--yes")
    assert "Erased person" in capsys.readouterr().out
    assert User.objects.get(pk=amira.user.pk).full_name.startswith("Erased person ")


def test_the_command_says_when_nobody_has_that_address():
    with pytest.raises(CommandError, match="No account"):
        call_command("erase_person", "nobody@example.org", "--yes")


def test_a_managers_address_leaves_the_requests_they_were_asked_to_decide():
    manager = person_with_everything("Morgan Lee", "morgan@example.org")
    decided = BookingFactory(confirmed=True, manager_name="Morgan Lee", manager_email="MORGAN@example.org")
    other = BookingFactory(confirmed=True, manager_name="Sam Other", manager_email="sam@example.org")

    erasure.erase_person(manager.user)

    decided.refresh_from_db()
    other.refresh_from_db()
    assert decided.manager_name == User.objects.get(pk=manager.user.pk).full_name
    assert "morgan" not in decided.manager_email.lower()
    assert decided.decided_by_email == ""
    assert decided.manager_accepted_policy  # what the organisation agreed to stays
    assert (other.manager_name, other.manager_email, other.decided_by_email) == (
        "Sam Other",
        "sam@example.org",
        "sam@example.org",
    )


def test_a_place_the_rules_refuse_to_cancel_does_not_stop_the_erasure(monkeypatch):
    from bookings import services

    user = ProfileFactory().user
    BookingFactory(user=user, confirmed=True, session=SessionFactory())

    def refuse(booking, by_user):
        raise services.BookingError("The session has started. Speak to the trainer.")

    monkeypatch.setattr(services, "cancel", refuse)
    assert erasure.erase_person(user).startswith("Erased person ")


def test_a_stored_certificate_pdf_with_the_name_is_removed_once_the_erasure_is_saved(
    django_capture_on_commit_callbacks,
):
    from django.core.files.base import ContentFile

    amira = person_with_everything("Amira Quayle", "amira@example.org")
    certificate = amira.certificate
    certificate.pdf.save("amira.pdf", ContentFile(b"%PDF Amira Quayle"))
    name, storage = certificate.pdf.name, certificate.pdf.storage

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        erasure.erase_person(amira.user)
    assert storage.exists(name)  # not before the erasure is saved
    for callback in callbacks:
        callback()

    assert not storage.exists(name)
    certificate.refresh_from_db()
    assert not certificate.pdf
