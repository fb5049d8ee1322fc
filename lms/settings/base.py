"""Settings shared by every environment. Configuration comes from environment variables only."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = os.environ


def env_bool(name: str, default: bool = False) -> bool:
    value = env.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


def redis_caches(url: str) -> dict:
    """Both caches on one Redis: allauth's rate limits in "default", and what is rendered once for
    everyone (lms.page_cache, lms.shared_cache) in "shared", under a prefix of its own."""
    redis = "django.core.cache.backends.redis.RedisCache"
    return {
        "default": {"BACKEND": redis, "LOCATION": url},
        "shared": {"BACKEND": redis, "LOCATION": url, "KEY_PREFIX": "shared"},
    }


INSTALLED_APPS = [
    "lms",
    "courses",
    "bookings",
    "workshops",
    "certificates",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "import_export",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lms.middleware_security.SecurityHeadersMiddleware",  # after WhiteNoise: static files keep caching
    # Stores anonymous pages as the middleware below left them (cookies, Vary); lms/page_cache.
    "lms.page_cache.middleware.StorePage",
    "lms.middleware.DropUnsafeCookies",  # before the session cookie is looked up
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # NUL and other control characters in a URL or form never reach a view (lms/middleware.py).
    "lms.middleware.RefuseControlCharacters",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: answers from the page cache once the session, CSRF and messages middleware have run.
    "lms.page_cache.middleware.ServeCachedPage",
    # Wagtail's routing (site, page, its specific page) answered from memory; lms/page_cache.
    "lms.page_cache.routing.RouteFromMemory",
]

# Content-Security-Policy (lms.middleware_security): enforced in production; off here so that
# Django's debug pages keep their inline script. The tests switch it on to check it.
CONTENT_SECURITY_POLICY_ENFORCED = False

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

# GOV.UK form groups for {{ form }} and {{ field.as_field_group }}; see lms/rendering.py.
FORM_RENDERER = "lms.rendering.GovUKFormRenderer"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.site",
            ],
        },
    },
]

# SQLite under var/ by default (zero set-up); PostgreSQL whenever DATABASE_URL is set.
DATABASE_URL = env.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    VAR_DIR.mkdir(exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-allauth: email is the username; verification is mandatory so that
# booking emails and certificates reach the person who owns the address.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
# Never "remember me": practitioners often share computers, and Quick Exit must leave no session.
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_FORMS = {"signup": "lms.forms.SignupForm", "login": "lms.forms.LoginForm"}
ACCOUNT_ADAPTER = "lms.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Safeguarding Learning Hub] "
# Failed sign-ins are limited per account (strict) and per address (generous) separately: a
# council office shares one address, and one person's typos must not lock out everyone there.
# Sign-in attempts of any outcome are capped per address well above a room signing in at once.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "100/5m/ip,5/5m/key",
    "login": "120/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Background work: django-tasks. Immediate in development and tests; the
# database backend and its worker (`manage.py db_worker`) in production.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

WAGTAIL_SITE_NAME = "Safeguarding Learning Hub"
# Everyone works on the partnership's clock: times typed and shown in the admin are London times
# (a per-user zone would shift a proposed workshop or a charge cut-off by the hours between them).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
WAGTAILADMIN_BASE_URL = env.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"  # private pages: the same sign-in as everything else
# Keep editors' email addresses and browsing away from third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# Classroom bookings: how long a manager's approval link and a waiting-list offer stay open.
BOOKING_APPROVAL_DAYS = int(env.get("BOOKING_APPROVAL_DAYS", "7"))
BOOKING_OFFER_HOURS = int(env.get("BOOKING_OFFER_HOURS", "48"))

# Privacy: how long personal data is kept before the daily `apply_retention` job removes it.
# The privacy notice (/privacy-notice/) reads these same numbers, so it always says what is done.
RETENTION = {
    # A visitor's eLearning without an account, not claimed by signing up, after their last step.
    "anonymous_learning_days": int(env.get("RETENTION_ANONYMOUS_LEARNING_DAYS", "30")),
    # An account whose email address was never verified, with no bookings.
    "unverified_account_days": int(env.get("RETENTION_UNVERIFIED_ACCOUNT_DAYS", "14")),
    # A workshop host's contact details, after the workshop (or the request, if it never ran).
    "workshop_contact_years": int(env.get("RETENTION_WORKSHOP_CONTACT_YEARS", "2")),
    # A finished background task's stored arguments (an email's recipients and text), after it
    # finished: long enough to look into a failure, no longer.
    "task_results_days": int(env.get("RETENTION_TASK_RESULTS_DAYS", "7")),
}

# Whole pages for visitors without a session, kept this many seconds at most (0 turns the cache
# off); emptied on every publish and settings change (lms/page_cache). Besides Wagtail's pages,
# these views (by URL name) are the same for every visitor without a session.
PAGE_CACHE_SECONDS = int(env.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_VIEWS = ["privacy_notice", "search"]

# Quick Exit sends people to a neutral site after clearing their session.
QUICK_EXIT_URL = env.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")

DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "Safeguarding Learning Hub <no-reply@example.com>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Private links (a host's status link, a manager's approval link) carry their key in the
    # path: never write it to the logs. On the logger, so every handler gets the redacted record.
    "filters": {"redact_private_links": {"()": "lms.logging.RedactPrivateLinks"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_private_links"]}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Task ids and PDF layout steps are noise at INFO; our own code logs at INFO.
        "lms": {"level": env.get("LOG_LEVEL", "INFO")},
        "django": {"level": env.get("LOG_LEVEL", "INFO")},
        "django.request": {"filters": ["redact_private_links"]},
        "django.db.backends": {"level": "WARNING"},
    },
}
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
