"""Production: everything comes from the environment and a missing essential stops start-up."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env, env_bool, env_list, redis_caches


def required(name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable is required in production.")
    return value


DEBUG = False
IS_PRODUCTION = True  # demo data and other development conveniences refuse to run
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = required("ALLOWED_HOSTS").split(",")
required("DATABASE_URL")  # base.py has already parsed it into DATABASES
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Caches shared by every app server: "default" holds allauth's rate limits, so they hold across
# servers; "shared" holds what is rendered once for everyone (lms.page_cache, lms.shared_cache).
# Kept apart so that culling one never drops the other: a full page cache must never cull the
# sign-in lockouts.
if env.get("REDIS_URL"):
    CACHES = redis_caches(env["REDIS_URL"])
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "lms_cache"},
        "shared": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "lms_shared_cache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

# Trust X-Forwarded-Proto only behind a proxy that terminates TLS, sets the header and
# overwrites any a client sent (PROXY_TRUSTED=1). Without one, anyone could claim https.
if env_bool("PROXY_TRUSTED"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY_ENFORCED = True  # see lms.middleware_security
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
