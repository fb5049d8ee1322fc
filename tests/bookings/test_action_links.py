"""Pages offer an action only where the transition table allows it, so nobody is shown a link
or a button that the service would then refuse."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from bookings import services
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session, request
from tests.factories import ProfileFactory, UserFactory, with_role

pytestmark = pytest.mark.django_db


def my_bookings(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("bookings:my_bookings")).content.decode()


def test_a_confirmed_place_offers_cancel_and_transfer_before_the_start(client):
    booking = confirmed(make_session(starts_at=timezone.now() + timedelta(days=20)))
    html = my_bookings(client, booking.user)
    assert reverse("bookings:cancel", args=[booking.pk]) in html
    assert reverse("bookings:transfer", args=[booking.pk]) in html


def test_a_confirmed_place_on_a_started_session_offers_no_cancel_link(client):
    session = make_session(starts_at=timezone.now() + timedelta(days=20))
    booking = confirmed(session)
    with time_machine.travel(session.starts_at + timedelta(hours=1)):
        html = my_bookings(client, booking.user)
        assert reverse("bookings:cancel", args=[booking.pk]) not in html
        assert reverse("bookings:transfer", args=[booking.pk]) not in html
        response = client.get(reverse("bookings:cancel", args=[booking.pk]), follow=True)
    assert "The session has started. Speak to the trainer." in response.content.decode()


def test_a_request_offers_withdraw_not_cancel(client, session, practitioner):
    booking = request(session, practitioner)
    html = my_bookings(client, practitioner)
    assert "Withdraw request" in html and "Send a colleague instead" not in html
    page = client.get(reverse("bookings:cancel", args=[booking.pk])).content.decode()
    assert "Withdraw your request" in page


def test_an_ended_booking_offers_nothing(client, session, practitioner):
    booking = request(session, practitioner)
    services.cancel(booking, by_user=practitioner)
    html = my_bookings(client, practitioner)
    assert reverse("bookings:cancel", args=[booking.pk]) not in html


def test_finance_is_offered_waive_only_for_charges_the_table_lets_it_waive(client):
    def late_charge():
        session = make_session(starts_at=timezone.now() + timedelta(days=3))
        user = ProfileFactory().user
        return services.cancel(confirmed(session, user), by_user=user)

    invoiced, waived = late_charge(), late_charge()
    services.export_pending(by_user=UserFactory())
    services.record_invoice_reference(invoiced, "INV-1")
    services.waive(waived, by_user=UserFactory(), reason="Illness")
    exported = late_charge()
    services.export_pending(by_user=UserFactory())
    pending = late_charge()
    client.force_login(with_role(Role.FINANCE))
    html = client.get(reverse("finance:charges")).content.decode()
    for charge in (pending, exported):
        assert reverse("finance:waive", args=[charge.pk]) in html
    for charge in (invoiced, waived):
        assert reverse("finance:waive", args=[charge.pk]) not in html


def test_the_register_enables_marks_only_once_the_session_has_started(client):
    session = make_session(starts_at=timezone.now() + timedelta(days=2))
    booking = confirmed(session)
    client.force_login(with_role(Role.WORKSHOP_COORDINATOR))
    radio = re.compile(rf'<input [^>]*id="attendance-{booking.pk}_0"[^>]*>')
    html = client.get(reverse("bookings:register", args=[session.pk])).content.decode()
    assert 'value="attended"' in radio.search(html).group() and " disabled" in radio.search(html).group()
    with time_machine.travel(session.starts_at + timedelta(hours=1)):
        html = client.get(reverse("bookings:register", args=[session.pk])).content.decode()
    assert " disabled" not in radio.search(html).group()


def test_asking_the_table_on_every_row_costs_no_query_per_row(client):
    """The rules read only the row and its session, so pages stay flat however long they get."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    user = ProfileFactory().user
    client.force_login(user)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("bookings:my_bookings")).status_code == 200
        return len(captured)

    confirmed(make_session(), user)
    queries()  # the first page view fills per-site caches
    one = queries()
    for _ in range(4):
        confirmed(make_session(), user)
    request(make_session(), user)
    assert queries() == one


@pytest.mark.parametrize(
    ("role", "hours_from_now", "offered"),
    [
        (Role.WORKSHOP_COORDINATOR, 48, True),
        (Role.ADMINISTRATOR, 48, True),
        (Role.WORKSHOP_COORDINATOR, -1, False),  # started: mark the register instead
        (Role.TRAINER, 48, False),  # the session's own trainer does not cancel it
    ],
)
def test_cancel_this_session_is_offered_only_where_the_rules_allow(client, role, hours_from_now, offered):
    session = make_session(starts_at=timezone.now() + timedelta(hours=hours_from_now))
    person = with_role(role)
    session.trainers.add(person)
    client.force_login(person)
    html = client.get(reverse("bookings:register", args=[session.pk])).content.decode()
    assert (reverse("bookings:cancel_session", args=[session.pk]) in html) is offered
