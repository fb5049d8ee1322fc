"""The invoice-reference import says before saving which references it would overwrite, saves
all or nothing at confirm even when a charge changed after the preview (and then shows the
rows again, checked afresh, with the reason), and records every change in the charge's history."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from bookings import services
from bookings.models import Charge, ChargeEvent, ChargeStatus
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session
from tests.factories import ProfileFactory, UserFactory, with_role

pytestmark = pytest.mark.django_db


def exported_charge():
    session = make_session(starts_at=timezone.now() + timedelta(days=3))
    user = ProfileFactory().user
    charge = services.cancel(confirmed(session, user), by_user=user)
    services.export_pending(by_user=UserFactory())
    charge.refresh_from_db()
    return charge


@pytest.fixture
def finance(client):
    user = with_role(Role.FINANCE)
    client.force_login(user)
    client.user = user
    return client


def preview(client, rows: dict):
    text = "Charge reference,Invoice reference\n" + "".join(f"{pk},{ref}\n" for pk, ref in rows.items())
    return client.post(reverse("finance:import"), {"file": SimpleUploadedFile("refs.csv", text.encode())})


def confirm(client, previewed):
    return client.post(
        reverse("finance:import"),
        {"confirm": "1", "preview": previewed.context["preview_token"]},
        follow=True,
    )


def test_the_preview_warns_about_each_reference_it_would_overwrite(finance):
    invoiced, fresh, same = exported_charge(), exported_charge(), exported_charge()
    services.record_invoice_reference(invoiced, "INV-OLD")
    services.record_invoice_reference(same, "INV-SAME")
    html = preview(finance, {invoiced.pk: "INV-NEW", fresh.pk: "INV-2", same.pk: "INV-SAME"}).content.decode()
    assert "Check before saving" in html
    assert "1 charge already has another invoice reference, which saving will replace" in html
    assert "Replaces INV-OLD" in html
    assert "Already recorded: no change" in html


def test_confirming_records_each_change_with_the_old_reference_and_counts_only_changes(finance):
    invoiced, fresh, same = exported_charge(), exported_charge(), exported_charge()
    services.record_invoice_reference(invoiced, "INV-OLD")
    services.record_invoice_reference(same, "INV-SAME")
    previewed = preview(finance, {invoiced.pk: "INV-NEW", fresh.pk: "INV-2", same.pk: "INV-SAME"})
    html = confirm(finance, previewed).content.decode()
    assert "Saved 2 invoice references. 1 was already recorded." in html
    events = ChargeEvent.objects.filter(action="invoiced", actor=finance.user)
    assert sorted(events.values_list("charge_id", "detail")) == sorted(
        [
            (invoiced.pk, "Invoice reference changed from INV-OLD to INV-NEW."),
            (fresh.pk, "Invoice reference INV-2."),
        ]
    )


def test_a_charge_waived_after_the_preview_saves_nothing_and_shows_the_rows_again(finance):
    one, two = exported_charge(), exported_charge()
    previewed = preview(finance, {one.pk: "INV-1", two.pk: "INV-2"})
    services.waive(two, by_user=UserFactory(), reason="Illness")  # in another tab, meanwhile

    response = confirm(finance, previewed)
    html = response.content.decode()
    assert "Some charges changed since the preview, so nothing was saved." in html
    assert f"Row 3: charge {two.pk} is waived, not exported." in html
    assert "Saved" not in html
    assert set(
        Charge.objects.filter(pk__in=[one.pk, two.pk]).values_list("invoice_reference", flat=True)
    ) == {""}
    assert not ChargeEvent.objects.filter(action="invoiced").exists()


def test_a_reference_recorded_after_the_preview_shows_the_overwrite_before_anything_is_saved(finance):
    one, two = exported_charge(), exported_charge()
    previewed = preview(finance, {one.pk: "INV-1", two.pk: "INV-2"})
    services.record_invoice_reference(two, "INV-OTHER", by_user=UserFactory())  # meanwhile

    html = confirm(finance, previewed).content.decode()
    assert "Some charges changed since the preview, so nothing was saved." in html
    assert "Replaces INV-OTHER" in html
    one.refresh_from_db()
    assert (one.status, one.invoice_reference) == (ChargeStatus.EXPORTED, "")

    again = finance.post(reverse("finance:import"), {"confirm": "1", "preview": _token(html)}, follow=True)
    assert "Saved 2 invoice references." in again.content.decode()
    assert dict(Charge.objects.filter(pk__in=[one.pk, two.pk]).values_list("pk", "invoice_reference")) == {
        one.pk: "INV-1",
        two.pk: "INV-2",
    }


def test_a_preview_is_confirmed_once(finance):
    charge = exported_charge()
    previewed = preview(finance, {charge.pk: "INV-1"})
    assert "Saved 1 invoice reference." in confirm(finance, previewed).content.decode()
    html = confirm(finance, previewed).content.decode()
    assert "that preview has expired, was already saved" in html
    assert ChargeEvent.objects.filter(charge=charge, action="invoiced").count() == 1


def test_someone_else_cannot_confirm_my_preview(finance):
    from django.test import Client

    charge = exported_charge()
    previewed = preview(finance, {charge.pk: "INV-1"})
    other = Client()
    other.force_login(with_role(Role.FINANCE))
    other.post(reverse("finance:import"), {"confirm": "1", "preview": previewed.context["preview_token"]})
    charge.refresh_from_db()
    assert charge.invoice_reference == ""


def _token(html: str) -> str:
    import re

    return re.search(r'name="preview" value="([^"]+)"', html).group(1)
