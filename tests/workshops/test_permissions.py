"""Only workshop coordinators (and administrators) reach the queue, a request, the calendar and
the report; facilitators see their own workshops; hosts and everyone else see none of it."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from lms.models import Role
from tests.factories import UserFactory, with_role
from tests.workshops.helpers import confirmed, coordinator, propose, submit, trainer
from workshops import links, services
from workshops.models import WorkshopRequest

pytestmark = pytest.mark.django_db

ROLES = {
    "practitioner": Role.PRACTITIONER,
    "manager": Role.MANAGER,
    "trainer": Role.TRAINER,
    "finance": Role.FINANCE,
    "lead": Role.SAFEGUARDING_LEAD,
    "editor": Role.EDITOR,
    "coordinator": Role.WORKSHOP_COORDINATOR,
    "admin": Role.ADMINISTRATOR,
}
COORDINATORS = {"coordinator", "admin"}


def admin_screens():
    request = WorkshopRequest.objects.order_by("pk").first()
    return {
        "queue": reverse("workshops_admin:index"),
        "queue results": reverse("workshops_admin:index_results"),
        "request": reverse("workshops_admin:detail", args=[request.pk]),
        "calendar": reverse("workshops_admin:calendar"),
        "report": reverse("workshops_admin:report"),
        "report csv": reverse("workshops_admin:report") + "?format=csv",
    }


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_and_administrators_reach_the_coordinators_screens(client, role):
    first = submit()  # a real request, to look for
    client.force_login(with_role(ROLES[role]))
    for name, url in admin_screens().items():
        response = client.get(url)
        if role in COORDINATORS:
            assert response.status_code == 200, (role, name)
            if name == "request":
                assert first.reference in response.content.decode()
            continue
        # Wagtail answers a refusal with a redirect: to sign-in without admin access, to the
        # admin home with a message for those who have it (trainers, editors). Never the page.
        assert response.status_code == 302, (role, name)
        if response["Location"] == reverse("wagtailadmin_home"):
            landing = client.get(response["Location"]).content.decode()
            assert "permission" in landing, (role, name)
            assert first.reference not in landing and first.organisation_name not in landing, (role, name)
        else:  # to sign in, and back to this screen afterwards
            location = urlsplit(response["Location"])
            assert location.path == reverse("account_login"), (role, name)
            assert parse_qs(location.query)["next"] == [url], (role, name)


def test_a_trainer_with_admin_access_is_turned_away_with_a_message(client):
    client.force_login(trainer())
    response = client.get(reverse("workshops_admin:index"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "permission" in response.content.decode()


def test_a_trainer_without_the_role_cannot_act_on_a_request(client):
    request = submit()
    client.force_login(UserFactory(roles=["Trainers"]))
    response = client.post(
        reverse("workshops_admin:detail", args=[request.pk]), {"action": "decline", "decline-reason": "x"}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "requested"


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_trainer_cannot_tell_which_request_ids_exist(client, method):
    existing = submit()
    missing = WorkshopRequest.objects.order_by("-pk").first().pk + 1000
    client.force_login(trainer())
    answers = [
        getattr(client, method)(reverse("workshops_admin:detail", args=[pk]), {"action": "confirm"})
        for pk in (existing.pk, missing)
    ]
    assert [a.status_code for a in answers] == [302, 302]
    assert answers[0]["Location"] == answers[1]["Location"] == reverse("wagtailadmin_home")


def test_signed_out_people_and_hosts_are_sent_to_sign_in(client):
    request = submit()
    client.get(reverse("workshops:status", args=[links.status_token(request)]))  # a host, with their link
    for url in admin_screens().values():
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    for url in (
        reverse("workshops:facilitator_list"),
        reverse("workshops:facilitator_ics", args=[1]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_the_admin_menu_shows_community_workshops_only_to_coordinators(client):
    client.force_login(coordinator())
    assert "Community workshops" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(trainer())
    assert "Community workshops" not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize(
    ("role", "allowed"), [("practitioner", False), ("finance", False), ("trainer", True)]
)
def test_the_facilitators_list_is_for_trainers(client, role, allowed):
    client.force_login(with_role(ROLES[role]))
    assert client.get(reverse("workshops:facilitator_list")).status_code == (200 if allowed else 403)


def test_a_facilitator_sees_and_downloads_only_their_own_workshops(client):
    mine = confirmed(organisation_name="Mine")
    other_trainer = UserFactory(roles=["Trainers"])
    # Confirmed, so the only thing keeping the first trainer from its calendar file is ownership.
    theirs = services.accept(propose(submit(organisation_name="Theirs"), facilitator=other_trainer))
    client.force_login(trainer())
    page = client.get(reverse("workshops:facilitator_list")).content.decode()
    assert "Mine" in page and "Theirs" not in page
    ics = client.get(reverse("workshops:facilitator_ics", args=[mine.pk]))
    assert ics.status_code == 200 and ics["Content-Type"].startswith("text/calendar")
    assert client.get(reverse("workshops:facilitator_ics", args=[theirs.pk])).status_code == 404
    client.force_login(other_trainer)
    assert client.get(reverse("workshops:facilitator_ics", args=[mine.pk])).status_code == 404
    assert client.get(reverse("workshops:facilitator_ics", args=[theirs.pk])).status_code == 200
