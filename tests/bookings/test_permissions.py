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
