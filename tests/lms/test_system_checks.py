"""Django's system checks pass: `manage.py migrate` refuses to run when they do not, so a model
error (a page route named like a Model method, say) would stop `make run` before any page."""

from django.core.management import call_command


def test_the_system_checks_find_no_errors():
    call_command("check", fail_level="ERROR")
