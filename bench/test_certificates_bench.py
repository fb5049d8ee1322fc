"""Timings for certificates and the register, printed rather than asserted (`make bench`):
a timing test would fail on a busy machine without anything being wrong."""

import statistics
import time
from datetime import date

import pytest
from django.test import Client

from certificates import services
from certificates.models import Certificate
from lms.models import Role
from tests.certificates.conftest import many_holders
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def timed(label: str, action, repeat: int = 5) -> None:
    durations = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        durations.append(time.perf_counter() - started)
    print(
        f"\n{label}: median {statistics.median(durations) * 1000:.0f} ms, max {max(durations) * 1000:.0f} ms"
    )


def test_certificate_pdf_render_and_cache():
    holder = UserFactory(full_name="Bench Holder")

    def render_fresh():
        certificate = services.issue(
            holder=holder,
            title="Understanding Neglect",
            completed_on=date(2026, 11, 20),
            cpd_hours=3,
            source_type="bench",
            source_id=Certificate.objects.count() + 10_000_000,
        )
        services.pdf_bytes(certificate)

    services.pdf_bytes(
        services.issue(
            holder=holder,
            title="Warm-up",
            completed_on=date(2026, 1, 1),
            cpd_hours=1,
            source_type="bench-warm",
            source_id=1,
        )
    )
    timed("Certificate PDF, first render", render_fresh)
    rendered = Certificate.objects.filter(source_type="bench").first()
    timed("Certificate PDF, render only (target under 300 ms)", lambda: services.render(rendered))
    cached = Certificate.objects.filter(source_type="bench").first()
    timed("Certificate PDF, cached", lambda: services.pdf_bytes(Certificate.objects.get(pk=cached.pk)))
    certificates = list(Certificate.objects.filter(source_type="bench"))
    timed("ZIP of 5 cached certificates", lambda: services.zip_of(certificates), repeat=3)


def test_register_at_ten_thousand_holders():
    many_holders(10_000, organisations=50)
    client = Client()
    client.force_login(UserFactory(roles=[Role.MANAGER]))
    timed("Register, first page of 10,000", lambda: client.get("/accreditation/"))
    timed(
        "Register, name search",
        lambda: client.get("/accreditation/", {"name": "holder 09", "can_lead": "on"}),
    )
    timed(
        "Register CSV export, 10,000 rows",
        lambda: b"".join(client.get("/accreditation/export.csv").streaming_content),
        repeat=3,
    )
    timed("Register XLSX export, 10,000 rows", lambda: client.get("/accreditation/export.xlsx"), repeat=2)
