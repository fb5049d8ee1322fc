"""Development defaults: SQLite, console email, immediate tasks, DEBUG on."""

from .base import *  # noqa: F403
from .base import env, env_list, redis_caches

DEBUG = True
SECRET_KEY = env.get("SECRET_KEY", "dev-only-not-secret")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# One process's memory by default; REDIS_URL to try the shared cache production uses.
if env.get("REDIS_URL"):
    CACHES = redis_caches(env["REDIS_URL"])
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
    }
# Serve static files straight from static/ while developing (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
