from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse

from lms.addresses import normalise
from lms.links import absolute_url
from lms.models import Role, User

STAFF_ROLES = (Role.MANAGER, Role.TRAINER, Role.FINANCE, Role.WORKSHOP_COORDINATOR, Role.SAFEGUARDING_LEAD)


def landing_url(user) -> str:
    """Where a person's work is: editors in the CMS; a practitioner who has not yet told us where
    they work at their profile (needed before any booking); everyone else at their dashboard."""
    if user.has_role(Role.EDITOR, Role.ADMINISTRATOR):
        return reverse("wagtailadmin_home")
    if not user.has_profile and not user.has_role(*STAFF_ROLES):
        return reverse("profile")
    return reverse("dashboard")


def address_taken(email: str, apart_from: User | None = None) -> bool:
    """Whether an address belongs to an account (other than `apart_from`): one signed up with
    it, or one confirmed it. Another account's unconfirmed request to add it (a pending claim)
    does not count, or anyone could stop the owner signing up by asking to add it first."""
    accounts = User.objects.filter(email__iexact=email)
    confirmed = EmailAddress.objects.filter(email__iexact=email, verified=True)
    if apart_from is not None:
        accounts = accounts.exclude(pk=apart_from.pk)
        confirmed = confirmed.exclude(user=apart_from)
    return accounts.exists() or confirmed.exists()


def pending_claims(email: str):
    """Other accounts' unconfirmed requests to add this address: the owner's sign-up removes
    them, so no link already sent for one can confirm it afterwards."""
    return EmailAddress.objects.filter(email__iexact=email, verified=False).exclude(user__email__iexact=email)


def confirmation_kind(email_address: EmailAddress) -> str:
    """What confirming this address would do: "own" (the account's own address), "added" (an
    extra address for that account) or "taken" (it belongs to another account, which alone may
    confirm it)."""
    if email_address.email.lower() == email_address.user.email.lower():
        return "own"
    return "taken" if address_taken(email_address.email, apart_from=email_address.user) else "added"


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return landing_url(request.user)

    def get_signup_redirect_url(self, request):
        return landing_url(request.user)

    def get_email_verification_redirect_url(self, email_address):
        return landing_url(email_address.user)

    # Links in account emails come from SITE_URL, like every other email's: built from the
    # request's host they would point wherever the visitor happened to reach the site.

    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key: str) -> str:
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_mail(self, template_prefix, email, context):
        """The "account already exists" and "unknown account" emails carry sign-up and reset
        links that allauth builds from the request; rebuild them from SITE_URL.

        allauth words a confirmation as sign-up's only while signing up; a confirmation of the
        account's own address sent later (at sign-in) is the same thing, and anything else is
        another account asking to add this address, which the email must say."""
        context = dict(context)
        own_address = "user" in context and context["user"].email.lower() == email.lower()
        if template_prefix == "account/email/email_confirmation" and own_address:
            template_prefix = "account/email/email_confirmation_signup"
        if "signup_url" in context:
            context["signup_url"] = absolute_url(reverse("account_signup"))
        if "password_reset_url" in context and template_prefix != "account/email/password_reset_key":
            context["password_reset_url"] = absolute_url(reverse("account_reset_password"))
        return super().send_mail(template_prefix, email, context)

    @transaction.atomic
    def clean_email(self, email: str) -> str:
        """Every address an account signs up with or adds is stored in its one spelling
        (lms.addresses.normalise), so looking a person up by an address typed later finds them
        whichever way it was typed."""
        return normalise(super().clean_email(email))

    def save_user(self, request, user, form, commit=True):
        """Everyone who signs up is a practitioner; other roles are granted by administrators.
        Signing up with an address another account only asked to add removes that request, and
        the address's confirmation cooldown with it: the owner's email goes now, not in minutes."""
        user.full_name = form.cleaned_data.get("full_name", "").strip()
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=Role.PRACTITIONER))
            removed, _ = pending_claims(user.email).delete()
            if removed and request is not None:
                ratelimit.clear(request, action="confirm_email", key=user.email.lower())
        return user

    @transaction.atomic
    def confirm_email(self, request, email_address):
        """An added address is confirmed as an extra address only. allauth makes a confirmed
        address primary when the account has no primary one (accounts made in the admin), which
        would hand the account someone else's address as its own; and an address another account
        signed up with is that account's to confirm."""
        kind = confirmation_kind(email_address)
        if kind == "taken":
            self.add_message(
                request,
                messages.ERROR,
                "account/messages/email_confirmation_failed.txt",
                {"email": email_address.email},
            )
            return False
        if kind == "added":
            user = email_address.user
            own, _ = EmailAddress.objects.get_or_create(user=user, email=user.email.lower())
            if not EmailAddress.objects.filter(user=user, primary=True).exists():
                own.primary = True
                own.save(update_fields=["primary"])
        return super().confirm_email(request, email_address)
