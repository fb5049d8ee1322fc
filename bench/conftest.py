from tests.conftest import clear_cache, django_db_setup  # noqa: F401 - the same demo database as the tests
