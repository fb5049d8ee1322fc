"""Settings for `make bench`: production settings plus the ceiling view's URLconf.

Everything else (middleware, caches, WhiteNoise, DEBUG off) is exactly production's, read from the
same environment variables. Only bench/load.py serves with this module; lms.urls never routes
/bench/ceiling/ (tests/lms/test_bench_load.py checks)."""

from lms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
