"""Test settings: fast hasher, locmem cache and mail outbox, immediate tasks, throwaway media."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Always this process's memory, whatever REDIS_URL says: each test empties the cache
# (tests/conftest.py), which must never flush a Redis that something else uses.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
}
QUICK_EXIT_URL = "https://www.bbc.co.uk/weather"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Tests save certificates, documents and exports: into a directory of their own, made for this
# run and removed when it ends, never into var/media (or a MEDIA_ROOT set in the environment).
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="learning-hub-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)

# The periods the retention tests count to, whatever RETENTION_* the environment sets.
RETENTION = {
    "anonymous_learning_days": 30,
    "unverified_account_days": 14,
    "workshop_contact_years": 2,
    "task_results_days": 7,
}
