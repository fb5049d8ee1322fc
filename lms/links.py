"""Signed links in emails: a manager's approval link, a host's status link. One loader for all,
so each checks the signature, the age and the object's own secret the same way.

The token carries the object's id and a random secret stored on the object. The signature
proves we issued it; the secret means an id alone, or another object's id swapped in, opens
nothing; clearing the secret once the link has done its job makes a single-use link.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils.crypto import constant_time_compare


def absolute_url(path: str) -> str:
    """The address of `path` on the public site (SITE_URL). Every link in every email is built
    here, so none depends on which address the person who triggered the email happened to use."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


class LinkError(Exception):
    """A link that opens nothing."""


class InvalidLink(LinkError):
    """Altered, for another purpose, or for no object."""


class ExpiredLink(LinkError):
    """Genuine, but older than its lifetime."""


class UsedLink(LinkError):
    """Genuine and in date, but its single use is spent. Carries the object, so the page can say
    what actually happened to it."""

    def __init__(self, obj):
        super().__init__("This link has already been used.")
        self.obj = obj


@dataclass(frozen=True)
class SignedLink:
    salt: str
    max_age: Callable[[], timedelta]
    secret_field: str
    id_param: str = "id"
    secret_param: str = "s"  # noqa: S105 - the name of a query parameter, not a password
    compress: bool = False

    def token(self, obj: models.Model) -> str:
        payload = {self.id_param: obj.pk, self.secret_param: getattr(obj, self.secret_field)}
        return signing.dumps(payload, salt=self.salt, compress=self.compress)

    def load(self, token: str, queryset: models.QuerySet) -> models.Model:
        """The object the link opens. Raises ExpiredLink, InvalidLink, or UsedLink when the
        object's secret has been cleared."""
        try:
            data = signing.loads(token, salt=self.salt, max_age=self.max_age())
        except signing.SignatureExpired as error:
            raise ExpiredLink("This link has expired.") from error
        except signing.BadSignature as error:
            raise InvalidLink("This link is not valid.") from error
        if (
            not isinstance(data, dict)
            or not isinstance(data.get(self.id_param), int)
            or not isinstance(data.get(self.secret_param), str)
        ):
            raise InvalidLink("This link is not valid.")
        obj = queryset.filter(pk=data[self.id_param]).first()
        if obj is None:
            raise InvalidLink("This link is not valid.")
        secret = getattr(obj, self.secret_field)
        if not secret:
            raise UsedLink(obj)
        if not constant_time_compare(secret, data[self.secret_param]):
            raise InvalidLink("This link is not valid.")
        return obj
