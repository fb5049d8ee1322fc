"""Production settings refuse to start half-configured and pass Django's deployment checks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-" + "x" * 20,
    "ALLOWED_HOSTS": "learning.example.org",
    "DATABASE_URL": "postgres://hub@127.0.0.1:5432/hub",
}


def manage(*args, env):
    # Only what each test passes; DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests' process.
    ignored = {*PRODUCTION_ENV, "PROXY_TRUSTED", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_an_essential_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The {missing} environment variable is required in production." in result.stderr


def test_check_deploy_reports_zero_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def production_settings(*names, env):
    """The named settings as production computes them, from a fresh process."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name, None) for name in {list(names)!r}}}))"
    )
    result = manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_the_security_headers():
    found = production_settings("MIDDLEWARE", "CONTENT_SECURITY_POLICY_ENFORCED", env=PRODUCTION_ENV)
    assert found["CONTENT_SECURITY_POLICY_ENFORCED"] is True
    assert "lms.middleware_security.SecurityHeadersMiddleware" in found["MIDDLEWARE"]


@pytest.mark.parametrize(
    ("proxy_trusted", "header"), [(None, None), ("0", None), ("1", ["HTTP_X_FORWARDED_PROTO", "https"])]
)
def test_x_forwarded_proto_is_trusted_only_behind_a_declared_proxy(proxy_trusted, header):
    """Without a proxy that sets it, anyone could send X-Forwarded-Proto: https over plain HTTP and
    be treated as on a secure connection."""
    env = {**PRODUCTION_ENV, **({"PROXY_TRUSTED": proxy_trusted} if proxy_trusted else {})}
    assert production_settings("SECURE_PROXY_SSL_HEADER", env=env)["SECURE_PROXY_SSL_HEADER"] == header
