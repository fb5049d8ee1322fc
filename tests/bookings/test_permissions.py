"""Who may open each booking screen: 200 for the roles that need it, 403 (or sign-in) for others."""

import pytest
from django.urls import reverse

from bookings.models import Session
from lms.models import User

pytestmark = pytest.mark.django_db

ROLES = ["practitioner", "manager", "trainer", "finance", "coordinator"]


def url_for(name):
    session = Session.objects.filter(trainers__email="trainer@example.com").first()
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
def test_each_role_reaches_only_its_screens(client, screen, role):
    client.force_login(User.objects.get(email=f"{role}@example.com"))
    status = client.get(url_for(screen)).status_code
    assert status == (200 if role in ALLOWED[screen] else 403)


@pytest.mark.parametrize("screen", sorted(ALLOWED))
def test_signed_out_people_are_sent_to_sign_in(client, screen):
    response = client.get(url_for(screen))
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_trainers_manage_sessions_but_not_courses_or_who_trains(client):
    from bookings.models import Course

    trainer = User.objects.get(email="trainer@example.com")
    session = Session.objects.filter(trainers=trainer).first()
    client.force_login(trainer)
    edit = client.get(f"/admin/sessions/edit/{session.pk}/")
    assert edit.status_code == 200
    assert 'name="trainers"' not in edit.content.decode()
    course = Course.objects.first()
    assert client.get(f"/admin/courses/edit/{course.pk}/").status_code == 302  # no permission
    client.force_login(User.objects.get(email="coordinator@example.com"))
    assert 'name="trainers"' in client.get(f"/admin/sessions/edit/{session.pk}/").content.decode()


def test_capacity_cannot_drop_below_the_places_already_held():
    from django.core.exceptions import ValidationError

    session = Session.objects.filter(capacity=3).first()  # the nearly full demo session
    held = session.bookings.filter(status="confirmed").count()
    session.capacity = held - 1
    with pytest.raises(ValidationError, match="capacity cannot be less"):
        session.full_clean()
