import pytest
from django.core.management import call_command

# The database with the site's content, for transactional tests to restore (see tests/e2e/conftest.py).
SERIALIZED_DATABASE: dict[str, str] = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the site's content: the page tree, guidance, modules and
    resource documents. Not the demo people or their activity: tests build those themselves."""
    from django.db import connection

    with django_db_blocker.unblock():
        call_command("seed_demo", content_only=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
        # Transactional tests (the browser tests) empty the database after each test; restoring
        # this copy of the content is several times faster than seeding it again for each one.
        SERIALIZED_DATABASE["default"] = connection.creation.serialize_db_to_string()
    connection._test_serialized_contents = SERIALIZED_DATABASE["default"]


@pytest.fixture
def demo_password():
    """The demo accounts' password as seed_demo set it: DEMO_PASSWORD when the environment has it."""
    from lms.management.commands.seed_demo import demo_password

    return demo_password()


@pytest.fixture(autouse=True)
def clear_cache():
    """allauth keeps its rate limits in the cache, and pages and shared fragments are kept in the
    shared one: each test starts with none."""
    from django.core.cache import caches

    for alias in ("default", "shared"):
        caches[alias].clear()
    yield
    for alias in ("default", "shared"):
        caches[alias].clear()


def ensure_demo_site() -> None:
    """Transactional tests start from the migrations' data only: load the site content if it is
    missing (the same content every other test starts from)."""
    from lms.models import HomePage

    if not HomePage.objects.exists():
        call_command("seed_demo", content_only=True, stdout=open("/dev/null", "w"))  # noqa: SIM115
