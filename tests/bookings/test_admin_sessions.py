"""Sessions in the Wagtail admin: a trainer sees and changes only the sessions they run; workshop
coordinators and administrators organise them all. Every screen that opens one session (edit,
delete, copy, history, usage) answers 404 for a session outside the trainer's own, for GET and
POST alike, so nobody learns from the answer what someone else runs."""

from datetime import timedelta

import pytest
from django.utils import timezone

from bookings.models import Session
from lms.models import Role
from tests.factories import SessionFactory, area, with_role

pytestmark = pytest.mark.django_db

SINGLE_SESSION_SCREENS = ["edit", "delete", "copy", "history", "usage"]


@pytest.fixture
def trainer_a(db):
    return with_role(Role.TRAINER)


@pytest.fixture
def trainer_b(db):
    return with_role(Role.TRAINER)


@pytest.fixture
def own_session(trainer_a):
    return SessionFactory(trainers=[trainer_a], venue="Trainer A's own venue")


@pytest.fixture
def other_session(trainer_b):
    return SessionFactory(trainers=[trainer_b], venue="Trainer B's venue")


def form_data(session: Session, **changes) -> dict:
    """The session form as the admin posts it (trainers do not see the trainers field)."""

    def local(moment):
        return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")

    data = {
        "course": session.course_id,
        "starts_at": local(session.starts_at),
        "ends_at": local(session.ends_at),
        "local_authority": session.local_authority_id,
        "capacity": session.capacity,
        "venue": session.venue,
        "joining_instructions": session.joining_instructions,
        "booking_opens_at": local(session.booking_opens_at),
        "booking_closes_at": local(session.booking_closes_at),
    }
    return {**data, **changes}


def test_a_trainer_lists_only_the_sessions_they_run(client, trainer_a, own_session, other_session):
    client.force_login(trainer_a)
    for url in ["/admin/sessions/", "/admin/sessions/results/"]:
        page = client.get(url).content.decode()
        assert f"/admin/sessions/edit/{own_session.pk}/" in page
        assert f"/admin/sessions/edit/{other_session.pk}/" not in page


@pytest.mark.parametrize("screen", SINGLE_SESSION_SCREENS)
def test_a_trainer_cannot_open_another_trainers_session(client, trainer_a, other_session, screen):
    client.force_login(trainer_a)
    assert client.get(f"/admin/sessions/{screen}/{other_session.pk}/").status_code == 404


def test_a_trainer_cannot_change_another_trainers_session(client, trainer_a, other_session):
    client.force_login(trainer_a)
    response = client.post(
        f"/admin/sessions/edit/{other_session.pk}/", form_data(other_session, venue="Moved by trainer A")
    )
    assert response.status_code == 404
    other_session.refresh_from_db()
    assert other_session.venue == "Trainer B's venue"


def test_a_trainer_cannot_delete_another_trainers_session(client, trainer_a, other_session):
    client.force_login(trainer_a)
    assert client.post(f"/admin/sessions/delete/{other_session.pk}/").status_code == 404
    assert Session.objects.filter(pk=other_session.pk).exists()


def test_a_trainer_changes_their_own_session(client, trainer_a, own_session):
    client.force_login(trainer_a)
    assert client.get(f"/admin/sessions/edit/{own_session.pk}/").status_code == 200
    response = client.post(
        f"/admin/sessions/edit/{own_session.pk}/", form_data(own_session, venue="Library, Bedford")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    own_session.refresh_from_db()
    assert own_session.venue == "Library, Bedford"
    assert list(own_session.trainers.all()) == [trainer_a]


def test_a_session_a_trainer_adds_is_theirs_to_run(client, trainer_a, own_session):
    """Trainers cannot choose who trains, so the one who adds a session runs it: otherwise it
    would vanish from their list the moment they saved it."""
    client.force_login(trainer_a)
    starts = timezone.now() + timedelta(days=40)
    new = Session(
        course=own_session.course,
        starts_at=starts,
        ends_at=starts + timedelta(hours=6),
        local_authority=area(),
        capacity=12,
        venue="Community Centre, Dunstable",
        booking_opens_at=timezone.now(),
        booking_closes_at=starts,
    )
    response = client.post("/admin/sessions/new/", form_data(new))
    assert response.status_code == 302, response.content.decode()[:2000]
    added = Session.objects.get(venue="Community Centre, Dunstable")
    assert list(added.trainers.all()) == [trainer_a]
    assert f"/admin/sessions/edit/{added.pk}/" in client.get("/admin/sessions/").content.decode()


@pytest.mark.parametrize("role", [Role.WORKSHOP_COORDINATOR, Role.ADMINISTRATOR])
def test_organisers_see_and_change_every_session(client, own_session, other_session, role):
    client.force_login(with_role(role))
    page = client.get("/admin/sessions/").content.decode()
    assert f"/admin/sessions/edit/{own_session.pk}/" in page
    assert f"/admin/sessions/edit/{other_session.pk}/" in page
    response = client.post(
        f"/admin/sessions/edit/{other_session.pk}/",
        form_data(other_session, venue="Moved by the organisers", trainers=[]),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    other_session.refresh_from_db()
    assert other_session.venue == "Moved by the organisers"
