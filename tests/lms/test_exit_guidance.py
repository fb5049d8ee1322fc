"""GOV.UK's Exit this page pattern: the page also says how to clear browsing history, because
leaving the site does not remove it from the browser's history."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/privacy-notice/"])
def test_the_exit_guidance_says_how_to_clear_browsing_history(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Exit this page does not remove this site from your browser&#x27;s history" in html or (
        "Exit this page does not remove this site from your browser's history" in html
    )
    assert "delete this site from your browsing history" in html
    assert "private browsing window" in html
