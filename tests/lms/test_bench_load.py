"""`make bench` (bench/load.py) measures the page mix bench/pages.py claims: every page type issue
13 lists, each on a route that exists; and its ceiling view never reaches the production URLs."""

import pytest
from django.apps import apps
from django.urls import resolve
from django.urls.exceptions import Resolver404

from bench import pages
from bench import urls as bench_urls
from lms.settings import base
from tests.lms.bad_input import url_patterns

# The page types issue 13's benchmark section lists, and that MIX must keep covering.
REQUIRED = {
    "home", "guidance", "learning_index", "module_anon", "module_signed_in", "lesson_anon",
    "lesson_signed_in", "assessment_stage", "assessment_submit", "catalogue", "booking_request",
    "manager_decision", "my_learning", "my_bookings", "trainer_register", "finance_charges",
    "gcp2_register", "certificate_verify", "workshop_request", "wagtail_dashboard",
}  # fmt: skip


def test_the_mix_covers_every_page_type_once():
    keys = [entry.key for entry in pages.MIX]
    assert sorted(keys) == sorted(REQUIRED)
    assert {entry.method for entry in pages.MIX} == {"GET", "POST"}
    assert any(entry.role == pages.ANONYMOUS for entry in pages.MIX)
    assert {entry.role for entry in pages.MIX} - {pages.ANONYMOUS} <= {
        "practitioner", "trainer", "finance", "lead", "editor",
    }  # fmt: skip


def test_every_route_the_mix_claims_exists():
    names = {name for _, name, _ in url_patterns()}
    for entry in pages.MIX:
        model_label, _, subpage = entry.route.partition(":")
        if "." in model_label:  # a Wagtail page type, and a route of its RoutablePageMixin
            model = apps.get_model(model_label)
            if subpage:
                routes = {pattern.name for pattern in model.get_subpage_urls()}
                assert subpage in routes, entry
        else:
            assert entry.route in names, entry


def test_the_ceiling_is_only_in_the_benchmark_urlconf():
    assert base.ROOT_URLCONF == "lms.urls"
    assert "bench_ceiling" not in {name for _, name, _ in url_patterns()}
    try:
        served = resolve("/bench/ceiling/", urlconf="lms.urls").func
    except Resolver404:
        served = None
    assert served is not bench_urls.ceiling  # at most Wagtail's page serving, which gives a 404
    assert resolve("/bench/ceiling/", urlconf="bench.urls").func is bench_urls.ceiling


def test_the_benchmark_never_loads_its_data_into_a_database_not_named_for_it():
    from bench.load import hub_database

    real = {"DATABASE_URL": "postgres://hub@db.example.org:5432/hub"}
    assert hub_database("M", real) == "postgres://postgres@127.0.0.1:5432/bench_m"  # not DATABASE_URL
    with pytest.raises(SystemExit, match="must start with bench_"):
        hub_database("M", {"BENCH_DATABASE_URL": "postgres://hub@db.example.org:5432/hub"})
    assert hub_database("L", {"BENCH_DATABASE_URL": "postgres://postgres@127.0.0.1/bench_big"}).endswith(
        "bench_big"
    )
