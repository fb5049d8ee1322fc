"""The privacy notice says what the code does: the retention periods it states are the ones the
daily job applies, read from the same settings."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_notice_states_the_retention_periods_from_settings(client, settings):
    settings.RETENTION = {
        "anonymous_learning_days": 45,
        "unverified_account_days": 9,
        "workshop_contact_years": 3,
        "task_results_days": 5,
    }
    response = client.get("/privacy-notice/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "45 days" in html
    assert "9 days" in html
    assert "3 years" in html
    assert "5 days after it was sent" in html


def test_the_notice_says_how_to_download_and_delete(client):
    html = client.get("/privacy-notice/").content.decode()
    assert "Download your data" in html
    assert "Delete your account" in html


def test_the_footer_links_to_the_notice(client):
    html = client.get("/").content.decode()
    assert '<a class="govuk-footer__link" href="/privacy-notice/">Privacy notice</a>' in html
