"""The headers production sends (lms.middleware_security), with the production switch turned on
here: a Content-Security-Policy that allows no inline script on the public site and a relaxed,
documented one only in the Wagtail admin; a Permissions-Policy; and `Cache-Control: no-store,
private` on every page that may show someone's personal data, so a shared computer's browser
cache (or a proxy) never keeps it."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from lms.models import Role
from tests.factories import CertificateFactory, practitioner, with_role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def production_headers(settings):
    settings.CONTENT_SECURITY_POLICY_ENFORCED = True


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for directive in policy.split(";"):
        name, *sources = directive.split()
        parsed[name] = sources
    return parsed


def is_never_cached(response) -> bool:
    cache_control = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"no-store", "private"} <= cache_control


def test_the_public_site_allows_no_inline_script(client):
    response = client.get("/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_only_the_admin_may_run_inline_script(client):
    client.force_login(with_role(Role.EDITOR))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]  # the editor's preview panel frames the page


def test_features_no_page_needs_are_switched_off(client):
    permissions = {
        feature.split("=")[0].strip(): feature.split("=")[1].strip()
        for feature in client.get("/")["Permissions-Policy"].split(",")
    }
    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert permissions[feature] == "()"


def test_a_public_page_to_a_visitor_may_be_cached(client):
    response = client.get("/")
    assert not is_never_cached(response)


def test_every_page_to_a_signed_in_person_is_never_stored(client):
    client.force_login(practitioner())
    assert is_never_cached(client.get("/"))  # the header names them
    assert is_never_cached(client.get(reverse("dashboard")))


@pytest.mark.parametrize(
    "url",
    [
        "/account/login/",
        "/bookings/approve/not-a-real-token/",  # a manager's link, without an account
        "/workshops/status/not-a-real-token/",  # a host's link, without an account
        "/workshops/find-your-request/",
        "/finance/",
        "/accreditation/",
        "/training/sessions/",
    ],
)
def test_personal_screens_are_never_stored_even_signed_out(client, url):
    assert is_never_cached(client.get(url))


def test_a_certificate_check_is_never_stored(client):
    certificate = CertificateFactory()
    response = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert response.status_code == 200
    assert is_never_cached(response)


def test_headers_are_off_in_development_and_tests_unless_switched_on(client, settings):
    settings.CONTENT_SECURITY_POLICY_ENFORCED = False
    assert "Content-Security-Policy" not in client.get("/")


# What the public policy refuses: a <script> with no src (data blocks of JSON aside), an inline
# event handler attribute, a javascript: link. Caught here, before a browser refuses it.
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"javascript:", re.IGNORECASE)


def our_templates() -> list[Path]:
    return sorted((Path(settings.BASE_DIR) / "templates").rglob("*.html"))


@pytest.mark.parametrize(
    "pattern", [INLINE_SCRIPT, EVENT_HANDLER, JAVASCRIPT_URL], ids=["script", "on", "url"]
)
def test_no_template_has_inline_script(pattern):
    templates = our_templates()
    assert len(templates) > 50
    found = [
        f"{path.relative_to(settings.BASE_DIR)}: {match.group(0)}"
        for path in templates
        for match in pattern.finditer(path.read_text())
    ]
    assert found == []
