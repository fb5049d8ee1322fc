"""The one signed-link loader: genuine, in date and matching the object's own secret, or a
clear reason why not."""

from datetime import timedelta

import pytest
import time_machine
from django.core import signing
from django.utils import timezone

from lms.links import ExpiredLink, InvalidLink, SignedLink, UsedLink
from lms.models import User

pytestmark = pytest.mark.django_db

# Any model with a secret column will do for the loader; a user's name stands in for one here.
LINK = SignedLink(salt="tests.links", max_age=lambda: timedelta(days=7), secret_field="full_name")


@pytest.fixture
def person():
    return User.objects.create_user(email="link-holder@example.org", full_name="s3cret", password="x")


def test_a_genuine_link_opens_its_object(person):
    assert LINK.load(LINK.token(person), User.objects.all()) == person


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        signing.dumps({"id": 1, "s": "s3cret"}, salt="another.purpose"),
        signing.dumps({"id": "1", "s": "s3cret"}, salt="tests.links"),
        signing.dumps(["not", "a", "dict"], salt="tests.links"),
        signing.dumps({"id": 10**9, "s": "s3cret"}, salt="tests.links"),
    ],
)
def test_tampered_or_foreign_links_open_nothing(person, token):
    with pytest.raises(InvalidLink):
        LINK.load(token, User.objects.all())


def test_another_objects_id_with_this_secret_opens_nothing(person):
    other = User.objects.create_user(email="other@example.org", full_name="different", password="x")
    token = signing.dumps({"id": other.pk, "s": "s3cret"}, salt="tests.links")
    with pytest.raises(InvalidLink):
        LINK.load(token, User.objects.all())


def test_an_old_link_has_expired(person):
    token = LINK.token(person)
    with time_machine.travel(timezone.now() + timedelta(days=8)), pytest.raises(ExpiredLink):
        LINK.load(token, User.objects.all())


def test_a_spent_link_says_so_and_carries_its_object(person):
    token = LINK.token(person)
    User.objects.filter(pk=person.pk).update(full_name="")
    with pytest.raises(UsedLink) as used:
        LINK.load(token, User.objects.all())
    assert used.value.obj == person


def test_absolute_urls_use_the_public_address(settings):
    from lms.links import absolute_url

    settings.WAGTAILADMIN_BASE_URL = "https://learning.example.org/"
    assert absolute_url("/bookings/") == "https://learning.example.org/bookings/"
