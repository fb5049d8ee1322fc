"""Tests start from the site's content and nothing of the demo's people: `seed_demo --content-only`
loads the pages the tests navigate, and seed_demo on top of it adds the demo as it always has."""

import pytest
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.models import Page

from bookings.models import Booking, Course, CourseCataloguePage, Session
from certificates.models import Accreditation, Certificate
from courses.models import Enrolment, LearningIndexPage, ModulePage
from lms.management.commands.seed_demo import DEMO_ACCOUNTS
from lms.models import GuidancePage, HomePage, Organisation, User
from workshops.models import WorkshopIndexPage, WorkshopPage, WorkshopRequest

pytestmark = pytest.mark.django_db

DEMO_ACTIVITY = (User, Course, Session, Booking, Accreditation, Certificate, Enrolment, WorkshopRequest)


def seed_demo(*args: str) -> None:
    call_command("seed_demo", *args, stdout=open("/dev/null", "w"))  # noqa: SIM115


def activity_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in DEMO_ACTIVITY}


def test_every_test_starts_from_the_site_content_and_no_demo_people():
    assert HomePage.objects.get().url == "/"
    assert GuidancePage.objects.filter(slug="resources").exists() and Document.objects.count() == 2
    assert set(ModulePage.objects.values_list("slug", flat=True)) == {
        "understanding-neglect",
        "child-poverty",
        "listen-up-speak-up",
    }
    for index in (LearningIndexPage, CourseCataloguePage, WorkshopIndexPage):
        assert index.objects.get().live
    assert WorkshopPage.objects.count() == 2
    assert activity_counts() == dict.fromkeys(activity_counts(), 0)
    assert not Organisation.objects.filter(name="Riverside Primary School").exists()


def test_content_only_again_adds_nothing():
    pages, documents = Page.objects.count(), Document.objects.count()
    seed_demo("--content-only")
    assert (Page.objects.count(), Document.objects.count()) == (pages, documents)
    assert activity_counts() == dict.fromkeys(activity_counts(), 0)


def test_the_full_demo_adds_people_and_activity_but_no_pages_to_the_content():
    pages = Page.objects.count()
    seed_demo()
    assert Page.objects.count() == pages
    counts = activity_counts()
    # Certificates are made after commit, which a test's transaction never reaches.
    del counts["Certificate"]
    assert all(counts.values()), counts
    demo_accounts = {(email, name) for email, name, _role in DEMO_ACCOUNTS}
    assert demo_accounts <= set(User.objects.values_list("email", "full_name"))
