"""The test settings keep tests away from real files and follow the documented environment."""

import tempfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from lms.management.commands.seed_demo import DEFAULT_DEMO_PASSWORD, demo_password


def test_media_goes_to_a_temporary_directory_not_var_media(settings):
    root = Path(settings.MEDIA_ROOT)
    assert root.is_relative_to(tempfile.gettempdir())
    assert not root.is_relative_to(settings.BASE_DIR)
    name = default_storage.save("probe.txt", ContentFile(b"written by a test"))
    assert (root / name).read_bytes() == b"written by a test"
    default_storage.delete(name)


@pytest.mark.parametrize(("value", "expected"), [("another-password", "another-password"), (None, None)])
def test_the_demo_password_is_DEMO_PASSWORD_when_set(monkeypatch, value, expected):
    if value is None:
        monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("DEMO_PASSWORD", value)
    assert demo_password() == (expected or DEFAULT_DEMO_PASSWORD)
