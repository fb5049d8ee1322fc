"""The seeded public site: page tree, guidance content, tables, search and the seed itself."""

import re

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents.models import Document
from wagtail.models import Page

from lms.content import guidance
from lms.models import GuidanceIndexPage, GuidancePage, HomePage, StandardPage, User

pytestmark = pytest.mark.django_db


def test_the_page_tree_is_built_from_the_content():
    home = HomePage.objects.get()
    assert home.get_url() == "/"
    index = GuidanceIndexPage.objects.child_of(home).get(slug="guidance")
    slugs = list(GuidancePage.objects.child_of(index).values_list("slug", flat=True))
    assert slugs == [page["slug"] for page in guidance.GUIDANCE_PAGES]
    # The privacy notice is not a page: it is written from the code's rules (lms.privacy_views).
    assert set(StandardPage.objects.values_list("slug", flat=True)) == {"accessibility-statement"}


@pytest.mark.parametrize("page", guidance.GUIDANCE_PAGES + guidance.STANDARD_PAGES, ids=lambda p: p["slug"])
def test_every_seeded_page_renders_with_its_title_and_a_source(client, page):
    url = f"/guidance/{page['slug']}/" if page in guidance.GUIDANCE_PAGES else f"/{page['slug']}/"
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<h1 class="govuk-heading-xl">{page["title"]}</h1>'.replace("'", "&#x27;") in html
    if page in guidance.GUIDANCE_PAGES:
        assert '<p class="app-source">Source:' in html


def test_the_definition_of_neglect_is_quoted_with_its_citation(client):
    html = client.get("/guidance/what-is-neglect/").content.decode()
    assert "persistent failure to meet a child" in html
    assert "Working Together to Safeguard Children 2023" in html


def test_horwaths_age_group_table_is_an_accessible_html_table(client):
    html = client.get("/guidance/types-of-neglect/").content.decode()
    table = re.search(r"<table class=\"govuk-table\">.*?</table>", html, re.S).group(0)
    assert '<caption class="govuk-table__caption govuk-table__caption--m">' in table
    headers = re.findall(r'<th scope="col" class="govuk-table__header">([^<]+)</th>', table)
    assert headers == [
        "Age group",
        "Medical",
        "Nutritional",
        "Emotional",
        "Educational",
        "Physical",
        "Lack of supervision",
    ]
    row_headers = re.findall(r'<th scope="row" class="govuk-table__header">([^<]+)</th>', table)
    assert len(row_headers) == 4
    assert "1,200 to 1,500 calories" in table


def test_the_guidance_index_lists_its_pages_in_order(client):
    html = client.get("/guidance/").content.decode()
    listed = re.findall(r'<h2 class="govuk-heading-m govuk-!-margin-bottom-1"><a [^>]+>([^<]+)</a>', html)
    assert listed == [page["title"].replace("'", "&#x27;") for page in guidance.GUIDANCE_PAGES]


def test_resources_offer_printable_pdfs_made_from_the_guidance(client):
    html = client.get("/guidance/resources/").content.decode()
    documents = Document.objects.all()
    assert documents.count() == 2
    for document in documents:
        assert document.title.replace("'", "&#x27;") in html
        with document.file.open("rb") as pdf:
            assert pdf.read(5) == b"%PDF-"
    assert "(PDF," in html


def test_search_finds_guidance_by_its_words(client):
    html = client.get("/search/", {"q": "Horwath"}).content.decode()
    assert "Horwath&#x27;s six classifications of neglect" in html
    assert "result" in html
    html = client.get("/search/", {"q": "xyzzy-nothing"}).content.decode()
    assert "0 results" in html


def seed_demo() -> None:
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def demo_counts() -> tuple[int, ...]:
    from bookings.models import Booking, Session
    from certificates.models import Accreditation, Certificate

    models = (Page, Document, User, Session, Booking, Accreditation, Certificate)
    return tuple(model.objects.count() for model in models)


def test_seed_demo_is_idempotent():
    seed_demo()  # these tests run it themselves rather than count on the session's demo
    counts = demo_counts()
    seed_demo()
    assert demo_counts() == counts


def test_seed_demo_keeps_editors_changes():
    page = GuidancePage.objects.get(slug="risk-factors")
    page.title = "Risk factors (edited)"
    page.save_revision().publish()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert GuidancePage.objects.get(slug="risk-factors").title == "Risk factors (edited)"


@pytest.mark.parametrize(
    ("email", "lands_on"),
    [
        ("practitioner@example.com", "/account/"),
        ("manager@example.com", "/account/"),
        ("trainer@example.com", "/account/"),
        ("finance@example.com", "/account/"),
        ("coordinator@example.com", "/account/"),
        ("editor@example.com", "/admin/"),
        ("admin@example.com", "/admin/"),
    ],
)
def test_each_demo_account_signs_in_with_the_demo_password(client, demo_password, email, lands_on):
    """What README promises: the demo accounts take DEMO_PASSWORD (or the default) and land at work."""
    seed_demo()
    response = client.post("/account/login/", {"login": email, "password": demo_password})
    assert response.status_code == 302
    assert response["Location"] == lands_on
    assert client.get(lands_on).status_code == 200


def test_seed_demo_refuses_production_settings(settings):
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError, match="refuses to run with production settings"):
        call_command("seed_demo")


def test_navigation_marks_the_current_section(client):
    html = client.get("/guidance/risk-factors/").content.decode()
    assert re.search(
        r'<a class="govuk-service-navigation__link" href="/guidance/" aria-current="true">', html
    )


@pytest.mark.parametrize("extra_pages", [0, 30])
def test_guidance_index_queries_do_not_grow_with_pages(client, django_assert_max_num_queries, extra_pages):
    index = GuidanceIndexPage.objects.get()
    for n in range(extra_pages):
        index.add_child(instance=GuidancePage(title=f"Extra {n}", slug=f"extra-{n}", intro="More."))
    with django_assert_max_num_queries(12):
        response = client.get("/guidance/")
    assert response.content.decode().count('<h2 class="govuk-heading-m govuk-!-margin-bottom-1">') == (
        len(guidance.GUIDANCE_PAGES) + extra_pages
    )


@pytest.mark.parametrize("extra_results", [0, 30])
def test_search_queries_do_not_grow_with_results(client, django_assert_max_num_queries, extra_results):
    index = GuidanceIndexPage.objects.get()
    for n in range(extra_results):
        index.add_child(instance=GuidancePage(title=f"Neglect note {n}", slug=f"note-{n}", intro="Neglect."))
    with django_assert_max_num_queries(16):
        assert client.get("/search/", {"q": "neglect"}).status_code == 200
