"""The workshop pages are Wagtail pages editors own; seed_demo adds them and requests in every
state, and running it again changes nothing an editor wrote. (Every test's database has the
pages; the demo's requests only the tests here that run seed_demo themselves.)"""

import pytest
from django.core.management import call_command

from lms.models import HomePage
from workshops.models import WorkshopIndexPage, WorkshopPage, WorkshopRequest, WorkshopStatus

pytestmark = pytest.mark.django_db


def seed_demo() -> None:
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_section_and_both_workshops_are_published_and_in_the_menu(client):
    index = WorkshopIndexPage.objects.get()
    assert index.live and index.show_in_menus and index.url == "/workshops/"
    assert set(WorkshopPage.objects.child_of(index).values_list("workshop", flat=True)) == {
        "listen_up_speak_up",
        "neglect_matters",
    }
    assert 'href="/workshops/"' in client.get("/").content.decode()


def test_the_page_types_fit_only_where_they_belong():
    assert WorkshopIndexPage.parent_page_types == ["lms.HomePage"]
    assert WorkshopIndexPage.subpage_types == ["workshops.WorkshopPage"]
    assert WorkshopPage.parent_page_types == ["workshops.WorkshopIndexPage"]
    assert WorkshopPage.subpage_types == []
    assert not WorkshopPage.can_create_at(HomePage.objects.get())


def test_the_pages_state_only_facts_from_the_seeds(client):
    listen = client.get("/workshops/listen-up-speak-up/").content.decode()
    for fact in ["One hour", "Face-to-face or online", "Free", "school, club, community group or workplace"]:
        assert fact in listen
    neglect = client.get("/workshops/neglect-matters/").content.decode()
    for fact in ["libraries, leisure centres", "children&#x27;s centres", "2018", "call 999"]:
        assert fact in neglect
    assert "Length" not in neglect  # the seeds give no length for Neglect Matters, so neither do we
    # Seed 000 says the workshop is face-to-face or online, for a school, club, community group
    # or workplace to host; it says nothing of premises, nor that it suits adults who do not
    # work with children.
    for claim in ["premises", "do not need to work with children", "Any adult"]:
        assert claim not in listen


def test_the_demo_has_a_request_in_every_state():
    seed_demo()
    statuses = set(WorkshopRequest.objects.values_list("status", flat=True))
    assert statuses >= set(WorkshopStatus.values)
    delivered = WorkshopRequest.objects.get(status=WorkshopStatus.DELIVERED)
    assert delivered.attendance and delivered.starts_at < delivered.events.last().at
    assert WorkshopRequest.objects.with_clash_flag().filter(has_clash=True).exists()


def test_seed_demo_again_keeps_editors_changes_and_adds_no_requests():
    seed_demo()
    assert WorkshopRequest.objects.exists()
    page = WorkshopPage.objects.get(workshop="neglect_matters")
    page.title = "Neglect Matters (edited)"
    page.save_revision().publish()
    requests = WorkshopRequest.objects.count()
    seed_demo()
    assert WorkshopPage.objects.get(workshop="neglect_matters").title == "Neglect Matters (edited)"
    assert WorkshopPage.objects.count() == 2 and WorkshopRequest.objects.count() == requests
