"""The shared per-address limit: exactly `limit` uses pass however they arrive, and a count
that vanishes between creating and counting starts a new window instead of failing."""

import threading

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory

from lms import ratelimit


def test_exactly_the_limit_passes_when_uses_arrive_together():
    start = threading.Barrier(20)
    answers = []

    def use():
        start.wait()
        answers.append(ratelimit.hit("test:together", 5, 60))

    threads = [threading.Thread(target=use) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers) == [False] * 15 + [True] * 5
    assert ratelimit.reached("test:together", 5)


def test_the_window_starts_at_the_first_use_and_then_resets():
    with time_machine.travel("2027-01-10 09:00", tick=False) as clock:
        assert [ratelimit.hit("test:window", 2, 60) for _ in range(3)] == [True, True, False]
        clock.shift(59)
        assert not ratelimit.hit("test:window", 2, 60)
        clock.shift(2)
        assert ratelimit.hit("test:window", 2, 60)


def test_a_count_that_expires_between_add_and_incr_starts_a_new_window(monkeypatch):
    """cache.add finds the key, then it expires before cache.incr: that is a first use."""
    real_add = cache.add
    calls = []

    def add_that_loses_the_race(key, value, timeout):
        calls.append(key)
        return False if len(calls) == 1 else real_add(key, value, timeout)

    monkeypatch.setattr(cache, "add", add_that_loses_the_race)
    assert ratelimit.hit("test:expired", 1, 60)
    assert cache.get("test:expired") == 1
    assert not ratelimit.hit("test:expired", 1, 60)


@pytest.mark.parametrize(("meta", "expected"), [({"REMOTE_ADDR": "192.0.2.9"}, "192.0.2.9"), ({}, "unknown")])
def test_the_address_is_remote_addr_never_a_header_a_client_sends(meta, expected):
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="203.0.113.1")
    request.META.pop("REMOTE_ADDR", None)
    request.META.update(meta)
    assert ratelimit.client_ip(request) == expected
