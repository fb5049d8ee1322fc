"""Load synthetic data at scale for `make bench`: `manage.py seed_scale --size S|M|L`.

Runs seed_demo first (idempotent), then bench.scale. Refuses a database that already has scale
data rather than doubling it: load each size into a fresh database."""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from bench import scale


class Command(BaseCommand):
    help = "Load deterministic synthetic data for benchmarking (S, M or L) after the demo."

    def add_arguments(self, parser):
        parser.add_argument("--size", choices=list(scale.SIZES), default="S", help="XS is for the tests.")
        parser.add_argument("--seed", type=int, default=scale.SEED, help="The random seed (default fixed).")

    def handle(self, *args, size, seed, **options):
        if getattr(settings, "IS_PRODUCTION", False):
            raise CommandError("seed_scale loads made-up people and refuses to run with production settings.")
        if scale.has_scale_data():
            raise CommandError("This database already has scale data: load it into a fresh one.")
        started = time.monotonic()
        call_command("seed_demo", stdout=self.stdout)
        verbose = options["verbosity"] > 1

        def log(message):
            if verbose:
                self.stdout.write(f"{time.monotonic() - started:7.1f} s  {message}")

        counts = scale.load(scale.SIZES[size], seed=seed, log=log)
        elapsed = time.monotonic() - started
        for label, count in counts.items():
            self.stdout.write(f"{label:32} {count:>9,}")
        self.stdout.write(self.style.SUCCESS(f"Size {size} loaded in {elapsed:.1f} s."))
