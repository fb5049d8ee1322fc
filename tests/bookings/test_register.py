from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse

from bookings.models import BookingStatus, Charge
from lms.models import Role
from tests.bookings.conftest import confirmed, make_session
from tests.factories import ProfileFactory, UserFactory, practitioner, with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(db):
    return with_role(Role.TRAINER)


@pytest.fixture
def past_session(trainer):
    session = make_session()
    session.trainers.add(trainer)
    people = [confirmed(session) for _ in range(3)]
    return session, people


def test_the_sessions_trainer_marks_attendance_and_did_not_attend_is_charged(client, trainer, past_session):
    session, (present, absent, partial) = past_session
    url = reverse("bookings:register", args=[session.pk])
    with time_machine.travel(session.starts_at + timedelta(hours=8)):
        client.force_login(trainer)
        assert present.full_name in client.get(url).content.decode()
        client.post(
            url,
            {
                "action": "register",
                f"attendance-{present.pk}": "attended",
                f"attendance-{absent.pk}": "did_not_attend",
                f"attendance-{partial.pk}": "partial",
            },
        )
    statuses = {b.pk: b.status for b in session.bookings.all()}
    assert statuses == {
        present.pk: BookingStatus.ATTENDED,
        absent.pk: BookingStatus.DID_NOT_ATTEND,
        partial.pk: BookingStatus.PARTIAL,
    }
    assert list(Charge.objects.values_list("booking_id", flat=True)) == [absent.pk]


def test_a_walk_in_is_added_as_attended(client, trainer, past_session):
    session, _ = past_session
    walker = ProfileFactory().user
    with time_machine.travel(session.starts_at + timedelta(hours=1)):
        client.force_login(trainer)
        client.post(
            reverse("bookings:register", args=[session.pk]), {"action": "walk_in", "email": walker.email}
        )
    assert session.bookings.get(user=walker).status == BookingStatus.ATTENDED


def test_the_register_prints_as_a_sign_in_sheet(client, trainer, past_session):
    session, people = past_session
    client.force_login(trainer)
    html = client.get(reverse("bookings:register", args=[session.pk]), {"print": "1"}).content.decode()
    assert "Sign-in sheet" in html and all(p.full_name in html for p in people)


@pytest.mark.parametrize("role", [Role.PRACTITIONER, Role.FINANCE, Role.MANAGER])
def test_other_roles_cannot_open_a_register(client, past_session, role):
    session, _ = past_session
    client.force_login(practitioner(user=with_role(role)))
    assert client.get(reverse("bookings:register", args=[session.pk])).status_code == 403


def test_a_trainer_of_another_session_cannot_open_this_register(client, past_session):
    session, _ = past_session
    other_trainer = UserFactory(roles=["Trainers"])
    client.force_login(other_trainer)
    assert client.get(reverse("bookings:register", args=[session.pk])).status_code == 403
    client.force_login(with_role(Role.WORKSHOP_COORDINATOR))
    assert client.get(reverse("bookings:register", args=[session.pk])).status_code == 200


@pytest.mark.parametrize("people", [3, 40])
def test_register_queries_stay_flat(client, django_assert_max_num_queries, trainer, people):
    session = make_session(capacity=50)
    session.trainers.add(trainer)
    for _ in range(people):
        confirmed(session)
    client.force_login(trainer)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("bookings:register", args=[session.pk]))
    assert response.content.decode().count('type="radio"') == 3 * people


def test_a_walk_in_is_found_only_by_an_address_its_account_has_proved(client, trainer, past_session):
    """An account that merely claims a colleague's address is not the person at the door."""
    session, _ = past_session
    claimant = ProfileFactory(user__verified=False).user
    with time_machine.travel(session.starts_at + timedelta(hours=1)):
        client.force_login(trainer)
        html = client.post(
            reverse("bookings:register", args=[session.pk]), {"action": "walk_in", "email": claimant.email}
        ).content.decode()
    assert "No account uses that email address." in html
    assert not session.bookings.filter(user=claimant).exists()
