"""Checks for views, one decorator per rule, so every view states who may use it."""

from functools import wraps

from allauth.account.models import EmailAddress
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from lms.addresses import normalise
from lms.models import Role, User


def role_required(*roles: Role):
    """Signed-out people go to sign in; signed-in people without the role get 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_role(*roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def has_verified_email(user) -> bool:
    """Whether this account has proved it receives mail at its own address (user.email): allauth
    marked that address verified for this account. Any other verified address, or a session
    that began some other way, proves nothing about user.email."""
    return (
        user.is_authenticated
        and EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()
    )


def account_at_verified_address(address: str):
    """The account that has proved it receives mail at this address, or None. Looking a person
    up by an address someone typed (a walk-in, a colleague given a place) must not find an
    account that merely claims the address."""
    return User.objects.filter(
        emailaddress__email__iexact=normalise(address), emailaddress__verified=True
    ).first()


def verified_email_required(view):
    """For views that act on the authority of the signed-in person's email address, such as the
    requests addressed to a line manager: anyone can type a manager's address into an account,
    only its owner can confirm it. Signed-out people go to sign in; an unconfirmed address gets
    a 403 saying how to confirm it."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_verified_email(request.user):
            return TemplateResponse(request, "account/verified_email_required.html", status=403)
        return view(request, *args, **kwargs)

    wrapped.requires_verified_email = True  # tests/bookings/test_manager_requests_verified.py
    return wrapped
