"""Who may open each booking screen: 200 for the roles that need it, 403 (or sign-in) for others."""

import pytest
from django.urls import reverse

from lms.models import Role
from tests.factories import BookingFactory, SessionFactory, practitioner, with_role

pytestmark = pytest.mark.django_db

ROLES = ["practitioner", "manager", "trainer", "finance", "coordinator"]


@pytest.fixture
def people(db):
    """One person per role; the practitioner and the manager with profiles, as they would have."""
    return {
        "practitioner": practitioner(),
        "manager": practitioner(user=with_role(Role.MANAGER)),
        "trainer": with_role(Role.TRAINER),
        "finance": with_role(Role.FINANCE),
        "coordinator": with_role(Role.WORKSHOP_COORDINATOR),
    }


@pytest.fixture
def session(people):
    """A session the trainer runs."""
    return SessionFactory(trainers=[people["trainer"]])


def url_for(name, session):
    return {
        "my_bookings": reverse("bookings:my_bookings"),
        "manager_requests": reverse("bookings:manager_requests"),
        "trainer_sessions": reverse("bookings:trainer_sessions"),
        "register": reverse("bookings:register", args=[session.pk]),
        "cancel_session": reverse("bookings:cancel_session", args=[session.pk]),
        "finance": reverse("finance:charges"),
        "finance_import": reverse("finance:import"),
    }[name]


ALLOWED = {
    "my_bookings": set(ROLES),
    "manager_requests": set(ROLES),  # each sees only requests addressed to their own email
    "trainer_sessions": {"trainer", "coordinator"},
    "register": {"trainer", "coordinator"},
    "cancel_session": {"coordinator"},
    "finance": {"finance"},
    "finance_import": {"finance"},
}


@pytest.mark.parametrize("screen", sorted(ALLOWED))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_only_its_screens(client, people, session, screen, role):
    client.force_login(people[role])
    status = client.get(url_for(screen, session)).status_code
    assert status == (200 if role in ALLOWED[screen] else 403)


@pytest.mark.parametrize("screen", sorted(ALLOWED))
def test_signed_out_people_are_sent_to_sign_in(client, session, screen):
    response = client.get(url_for(screen, session))
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_trainers_manage_sessions_but_not_courses_or_who_trains(client, people, session):
    client.force_login(people["trainer"])
    edit = client.get(f"/admin/sessions/edit/{session.pk}/")
    assert edit.status_code == 200
    assert 'name="trainers"' not in edit.content.decode()
    course = session.course
    assert client.get(f"/admin/courses/edit/{course.pk}/").status_code == 302  # no permission
    client.force_login(people["coordinator"])
    assert 'name="trainers"' in client.get(f"/admin/sessions/edit/{session.pk}/").content.decode()


def test_capacity_cannot_drop_below_the_places_already_held():
    from django.core.exceptions import ValidationError

    session = SessionFactory(capacity=3)
    BookingFactory.create_batch(2, session=session, confirmed=True)  # nearly full
    held = session.bookings.filter(status="confirmed").count()
    session.capacity = held - 1
    with pytest.raises(ValidationError, match="capacity cannot be less"):
        session.full_clean()
