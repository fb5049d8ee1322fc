"""Every finance status change is recorded with who and when: raised, exported in which batch,
invoiced with which reference (an overwritten reference keeps old and new), waived and why,
reinstated after a register correction."""

from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from bookings import services
from bookings.models import BookingStatus, Charge, ChargeEvent, ChargeStatus
from bookings.services import BookingError
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session
from tests.factories import ProfileFactory, UserFactory, with_role

pytestmark = pytest.mark.django_db


def late_cancellation() -> Charge:
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    user = ProfileFactory().user
    return services.cancel(confirmed(session, user), by_user=user)


def history(charge) -> list[tuple]:
    return list(charge.events.values_list("action", "from_state", "to_state", "actor_email", "detail"))


def test_raising_a_charge_records_it_with_amount_and_reason():
    charge = late_cancellation()
    assert history(charge) == [("raised", "", "pending", "", "£105.00, late cancellation")]


def test_exporting_records_the_batch_and_who_exported():
    finance = UserFactory(email="money@example.org")
    first, second = late_cancellation(), late_cancellation()
    batch = services.export_pending(by_user=finance)
    for charge in (first, second):
        exported = charge.events.get(action="exported")
        assert (exported.from_state, exported.to_state) == ("pending", "exported")
        assert (exported.actor, exported.actor_email) == (finance, "money@example.org")
        assert exported.detail == f"Exported in batch {batch.pk}."
        assert exported.at == batch.created_at  # one statement writes them all: the time still reads back
    assert services.export_pending(by_user=finance) is None  # nothing new: no second event
    assert ChargeEvent.objects.filter(action="exported").count() == 2


def test_an_invoice_reference_and_its_replacement_are_both_recorded():
    finance = UserFactory()
    charge = late_cancellation()
    services.export_pending(by_user=finance)
    services.record_invoice_reference(charge, "INV-1", by_user=finance)
    services.record_invoice_reference(charge, "INV-1", by_user=finance)  # same again: no event
    services.record_invoice_reference(charge, "INV-2", by_user=finance)
    invoiced = list(charge.events.filter(action="invoiced").values_list("from_state", "to_state", "detail"))
    assert invoiced == [
        ("exported", "invoiced", "Invoice reference INV-1."),
        ("invoiced", "invoiced", "Invoice reference changed from INV-1 to INV-2."),
    ]
    charge.refresh_from_db()
    assert (charge.status, charge.invoice_reference) == (ChargeStatus.INVOICED, "INV-2")


def test_the_invoice_import_screen_records_who_imported(client):
    finance = with_role(Role.FINANCE)
    client.force_login(finance)
    charge = late_cancellation()
    services.export_pending(by_user=finance)
    upload = SimpleUploadedFile(
        "refs.csv", f"Charge reference,Invoice reference\n{charge.pk},INV-77\n".encode()
    )
    preview = client.post(reverse("finance:import"), {"file": upload})
    client.post(reverse("finance:import"), {"confirm": "1", "preview": preview.context["preview_token"]})
    assert charge.events.get(action="invoiced").actor == finance


def test_waiving_records_the_reason_and_who():
    finance = UserFactory()
    charge = late_cancellation()
    services.waive(charge, by_user=finance, reason="Family emergency")
    waived = charge.events.get(action="waived")
    assert (waived.from_state, waived.to_state, waived.actor, waived.detail) == (
        "pending",
        "waived",
        finance,
        "Family emergency",
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_waiver_without_a_reason_changes_and_records_nothing(reason):
    charge = late_cancellation()
    with pytest.raises(BookingError, match="Give a reason"):
        services.waive(charge, by_user=UserFactory(), reason=reason)
    assert Charge.objects.get(pk=charge.pk).status == ChargeStatus.PENDING
    assert not charge.events.filter(action="waived").exists()


def test_an_invoiced_charge_cannot_be_waived_and_nothing_is_recorded():
    charge = late_cancellation()
    services.export_pending(by_user=UserFactory())
    services.record_invoice_reference(charge, "INV-9")
    with pytest.raises(BookingError, match="invoiced and cannot be waived"):
        services.waive(charge, by_user=UserFactory(), reason="Too late")
    assert not charge.events.filter(action="waived").exists()


def test_a_register_correction_waives_and_marking_absent_again_reinstates():
    session = make_session(starts_at=timezone.now() + timedelta(days=1))
    booking = confirmed(session)
    trainer = UserFactory()
    with time_machine.travel(session.starts_at + timedelta(hours=8)):
        services.mark_attendance(booking, BookingStatus.DID_NOT_ATTEND, by_user=trainer)
        services.mark_attendance(booking, BookingStatus.ATTENDED, by_user=trainer)
        services.mark_attendance(booking, BookingStatus.DID_NOT_ATTEND, by_user=trainer)
    charge = Charge.objects.get(booking=booking)
    assert [(a, f, t) for a, f, t, *_ in history(charge)] == [
        ("raised", "", "pending"),
        ("waived", "pending", "waived"),
        ("reinstated", "waived", "pending"),
    ]
    assert charge.events.get(action="reinstated").actor == trainer


def test_the_migration_writes_the_history_charges_already_carry():
    """Charges raised before ChargeEvent existed get their events from the charge's own fields."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("bookings.migrations.0010_booking_charge_events")
    finance = UserFactory(email="money@example.org")
    invoiced, waived = late_cancellation(), late_cancellation()
    batch = services.export_pending(by_user=finance)
    services.record_invoice_reference(invoiced, "INV-5")
    services.waive(waived, by_user=finance, reason="Illness")
    ChargeEvent.objects.all().delete()
    migration.charge_history(apps, None)
    assert [(a, f, t, e, d) for a, f, t, e, d in history(invoiced)] == [
        ("raised", "", "pending", "", ""),
        ("exported", "pending", "exported", "money@example.org", f"Exported in batch {batch.pk}."),
        ("invoiced", "exported", "invoiced", "", "Invoice reference INV-5."),
    ]
    assert history(waived)[-1] == ("waived", "", "waived", "money@example.org", "Illness")


def test_the_migration_fills_from_and_to_states_of_past_booking_events(session, practitioner):
    from importlib import import_module

    from django.apps import apps

    from bookings.models import BookingEvent
    from tests.bookings.conftest import request

    migration = import_module("bookings.migrations.0010_booking_charge_events")
    booking = request(session, practitioner)
    services.decline(booking, by_email=booking.manager_email, reason="Not now")
    BookingEvent.objects.update(from_state="", to_state="", actor_email="")
    migration.fill_booking_events(apps, None)
    assert list(booking.events.values_list("action", "from_state", "to_state", "actor_email")) == [
        ("requested", "", "requested", practitioner.email),
        ("declined", "requested", "declined", ""),
    ]
