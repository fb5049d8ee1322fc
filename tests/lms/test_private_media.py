"""Stored exports live under MEDIA_ROOT/private/: development serves other uploads, never those."""

import importlib

import pytest
from django.test import Client, override_settings
from django.urls import clear_url_caches


@pytest.fixture
def debug_urls(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "private" / "exports").mkdir(parents=True)
    (tmp_path / "private" / "exports" / "charges.csv").write_text("Name\nSecret Person\n")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.txt").write_text("public")
    import lms.urls

    with override_settings(DEBUG=True):
        importlib.reload(lms.urls)
        clear_url_caches()
        yield
    importlib.reload(lms.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_development_serves_uploads_but_not_private_files(debug_urls):
    client = Client()
    assert client.get("/media/images/logo.txt").status_code == 200
    response = client.get("/media/private/exports/charges.csv")
    assert response.status_code == 404
    assert b"Secret Person" not in response.content
