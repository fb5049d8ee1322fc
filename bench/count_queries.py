"""Queries per request, for the Hub and for the peer alike: plain Django, no project imports.

Reads targets as JSON on stdin ([{"key", "path", "method", "body", "user", "setup_path",
"setup_body"}], user an email or a username or ""; a setup_path is POSTed setup_body first, as a
visitor starting a module), requests each through Django's test client twice as that user
(force_login), and prints {key: [queries of the second request, its status]} as JSON: the first
warms per-process caches, as a served worker's would be warm. Run in the project's directory
with its DJANGO_SETTINGS_MODULE."""

import json
import os
import sys
from urllib.parse import parse_qsl

sys.path.insert(0, os.getcwd())

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def user_called(name: str):
    User = get_user_model()
    field = "email" if "@" in name else User.USERNAME_FIELD
    return User._default_manager.get(**{field: name})


def form(body: str) -> dict:
    data = {}
    for key, value in parse_qsl(body or "", keep_blank_values=True):
        data.setdefault(key, []).append(value)
    return data


def count(target) -> list[int]:
    client = Client(SERVER_NAME="127.0.0.1")
    if target.get("user"):
        client.force_login(user_called(target["user"]))
    if target.get("setup_path"):
        client.post(target["setup_path"], form(target["setup_body"]))
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            if target["method"] == "POST":
                response = client.post(target["path"], form(target["body"]))
            else:
                response = client.get(target["path"])
    return [len(queries), response.status_code]


if __name__ == "__main__":
    print(json.dumps({target["key"]: count(target) for target in json.load(sys.stdin)}))
