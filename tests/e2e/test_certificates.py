"""A practitioner completes Listen Up, Speak Up, downloads the certificate and checks it online;
a manager looks someone up on the GCP2 register. Each page checked with axe-core."""

import io
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from courses.demo import correct_responses
from courses.models import ModulePage
from lms.models import Role
from tests.e2e.conftest import assert_no_axe_violations
from tests.e2e.test_learning import take_by_mouse
from tests.factories import (
    AccreditationFactory,
    CertificateFactory,
    ProfileFactory,
    practitioner,
    with_role,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_certificate_from_listen_up_speak_up_verifies_as_valid(page, sign_in_as):
    ProfileFactory(user__email="learner@example.org", user__full_name="Morgan Ellery")
    sign_in_as("learner@example.org")
    module = ModulePage.objects.get(slug="listen-up-speak-up")
    page.goto(module.url)
    page.get_by_role("button", name="Start module").click()
    page.get_by_label(re.compile("^3")).check()
    page.get_by_role("button", name="Continue to the first lesson").click()
    for _ in module.lessons():
        page.get_by_role("button", name="Mark as done and continue").click()
    page.get_by_role("button", name="Start the assessment").click()
    take_by_mouse(page, module, correct_responses(module))
    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")

    page.goto("/my-learning/")
    link = page.get_by_role("link", name=re.compile(r"Download certificate SLH-\d{4}-\d{6} \(PDF\)"))
    with page.expect_download() as download:
        link.click()
    pdf = PdfReader(io.BytesIO(open(download.value.path(), "rb").read()))  # noqa: SIM115
    text = pdf.pages[0].extract_text()
    assert "Morgan Ellery" in text and "Listen Up, Speak Up" in text
    verify_url = re.search(r"https?://\S+/certificates/verify/[\w-]+/", re.sub(r"\s+", "", text)).group(0)

    page.goto(urlsplit(verify_url).path)  # the address printed is the site's public one
    expect(page.get_by_role("heading", name="Valid")).to_be_visible()
    expect(page.get_by_text("Morgan Ellery")).to_be_visible()
    assert_no_axe_violations(page)


def test_a_manager_finds_who_can_lead_a_gcp2_assessment(page, sign_in_as):
    AccreditationFactory(holder_name="Marnie Dobbs", suspended=True)
    AccreditationFactory(holder_name="Priyanka Vale")
    sign_in_as(practitioner(user=with_role(Role.MANAGER)).email)
    page.goto("/account/")
    page.get_by_role("link", name="GCP2 accreditation register").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("GCP2 accreditation register")
    assert_no_axe_violations(page)

    page.get_by_label("Name").fill("Marnie")
    page.get_by_label("Only people who can lead a GCP2 assessment today").check()
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_text("Nobody on the register matches your search.")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Name").fill("Priyanka")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Priyanka Vale").click()
    expect(page.get_by_role("heading", name="Can lead a GCP2 assessment today")).to_be_visible()
    assert_no_axe_violations(page)


def test_a_trainer_suspends_an_accreditation_with_a_reason(page, sign_in_as):
    AccreditationFactory(holder_name="Gracie Adams")
    sign_in_as(with_role(Role.TRAINER).email)
    page.goto("/accreditation/?name=Gracie")
    page.get_by_role("link", name="Gracie Adams").click()
    page.get_by_role("button", name="Suspend").click()
    expect(page.get_by_role("link", name="Give a reason to suspend the accreditation.")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Reason").fill("Left the organisation; her new manager will confirm her role")
    page.get_by_role("button", name="Suspend").click()
    expect(page.get_by_text("Gracie Adams's accreditation has been suspended.")).to_be_visible()
    expect(page.get_by_text("Cannot lead a GCP2 assessment today")).to_be_visible()
    assert_no_axe_violations(page)


def test_staff_certificate_and_import_screens_are_accessible(page, sign_in_as, tmp_path):
    CertificateFactory(holder__full_name="Priyanka Vale")
    sign_in_as(with_role(Role.TRAINER).email)
    page.goto("/certificates/staff/")
    page.get_by_label("Certificate number, name or email").fill("Priyanka")
    page.get_by_role("button", name="Search").click()
    # Wait for the results page: axe run mid-navigation sees a page with no heading at all.
    expect(page.get_by_text("1 certificate found")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name=re.compile(r"SLH-\d{4}-\d{6}")).first.click()
    expect(page.get_by_role("button", name=re.compile("Revoke certificate"))).to_be_visible()
    assert_no_axe_violations(page)

    bad_list = tmp_path / "trained.csv"
    bad_list.write_text(
        "Name,Email,Organisation,Date trained,Trainer\nAl Nobody,al@example.org,Nowhere,1/1/2020,T\n"
    )
    page.goto("/accreditation/import/")
    page.get_by_label("Spreadsheet of accredited practitioners").set_input_files(str(bad_list))
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_text("Row 2: there is no organisation called 'Nowhere'")).to_be_visible()
    assert_no_axe_violations(page)
