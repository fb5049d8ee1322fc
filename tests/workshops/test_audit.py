"""One audit trail: every change is a WorkshopEvent of the shared shape, and what coordinators
do in the admin also reaches Wagtail's own log, so its history reports show it. The admin page
offers the sections the transition table allows, never a guess from the status."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.models import Role
from tests.factories import with_role
from tests.factories.workshops import COORDINATOR_EMAIL
from tests.workshops.helpers import confirmed, coordinator, delivered, propose, submit
from workshops import services
from workshops.models import WorkshopRequest

pytestmark = pytest.mark.django_db


def wagtail_log(request) -> list[tuple[str, str]]:
    entries = ModelLogEntry.objects.filter(object_id=str(request.pk), action__startswith="workshops.")
    return [
        (entry.action, entry.user.email if entry.user else "")
        for entry in entries.order_by("timestamp", "pk")
    ]


def test_coordinators_actions_reach_wagtails_log_and_the_hosts_do_not():
    request = services.accept(propose(submit()))
    services.cancel(request, reason="Facilitator unwell.", by_user=coordinator())
    assert wagtail_log(request) == [
        ("workshops.propose", COORDINATOR_EMAIL),
        ("workshops.cancel", COORDINATOR_EMAIL),
    ]
    entry = ModelLogEntry.objects.get(object_id=str(request.pk), action="workshops.cancel")
    assert entry.data == {"detail": "Facilitator unwell."}
    assert entry.label == str(request)


def test_wagtails_site_history_names_the_workshop_actions(client):
    request = propose(submit())
    client.force_login(coordinator())
    client.get(reverse("workshops_admin:detail", args=[request.pk]))  # loads the admin's hooks
    from wagtail.log_actions import registry

    assert registry.get_action_label("workshops.propose") == "Date proposed"
    assert registry.get_action_label("workshops.request") == "Requested"


def test_the_host_is_recorded_by_their_email_and_a_coordinator_by_account():
    request = propose(submit())
    request = services.ask_for_another_date(request, message="Evenings, please.")
    host_event = request.events.last()
    assert (host_event.action, host_event.actor, host_event.actor_email, host_event.by_host) == (
        "another_date",
        None,
        "sam@example.org",
        True,
    )
    assert (host_event.from_state, host_event.to_state, host_event.label) == (
        "proposed",
        "requested",
        "Asked for another date",
    )


def page(client, request) -> str:
    client.force_login(coordinator())
    return client.get(reverse("workshops_admin:detail", args=[request.pk])).content.decode()


def test_a_passed_proposal_offers_no_confirm_button_because_confirming_would_be_refused(client):
    request = propose(submit())
    past = timezone.now() - timedelta(days=1)
    WorkshopRequest.objects.filter(pk=request.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    html = page(client, request)
    assert 'value="confirm"' not in html and "Propose a different date" in html
    assert 'value="decline"' in html


def test_each_state_shows_the_sections_its_actions_allow(client):
    requested = page(client, submit())
    assert "Propose a date and facilitator" in requested and 'value="decline"' in requested
    assert 'value="cancel"' not in requested and 'value="deliver"' not in requested
    workshop = confirmed(organisation_name="Confirmed")
    html = page(client, workshop)
    assert 'value="cancel"' in html and 'value="decline"' not in html and 'value="confirm"' not in html
    assert "The host will be asked to accept the new date" in html
    assert 'value="deliver"' not in html  # not started yet
    html = page(client, delivered(organisation_name="Delivered"))
    assert "Correct the attendance" in html and "Save the correction" in html
    assert 'value="propose"' not in html and 'value="cancel"' not in html


def test_wagtails_site_history_shows_a_coordinators_action_to_an_administrator(client):
    request = propose(submit(organisation_name="Site History Club"))
    client.force_login(with_role(Role.ADMINISTRATOR))
    page = client.get("/admin/reports/site-history/").content.decode()
    assert "Date proposed" in page and str(request) in page
