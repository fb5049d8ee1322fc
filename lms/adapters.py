from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group
from django.urls import reverse

from lms.links import absolute_url
from lms.models import Role

STAFF_ROLES = (Role.MANAGER, Role.TRAINER, Role.FINANCE, Role.WORKSHOP_COORDINATOR, Role.SAFEGUARDING_LEAD)


def landing_url(user) -> str:
    """Where a person's work is: editors in the CMS; a practitioner who has not yet told us where
    they work at their profile (needed before any booking); everyone else at their dashboard."""
    if user.has_role(Role.EDITOR, Role.ADMINISTRATOR):
        return reverse("wagtailadmin_home")
    if not user.has_profile and not user.has_role(*STAFF_ROLES):
        return reverse("profile")
    return reverse("dashboard")


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
        links that allauth builds from the request; rebuild them from SITE_URL."""
        context = dict(context)
        if "signup_url" in context:
            context["signup_url"] = absolute_url(reverse("account_signup"))
        if "password_reset_url" in context and template_prefix != "account/email/password_reset_key":
            context["password_reset_url"] = absolute_url(reverse("account_reset_password"))
        return super().send_mail(template_prefix, email, context)

    def save_user(self, request, user, form, commit=True):
        """Everyone who signs up is a practitioner; other roles are granted by administrators."""
        user.full_name = form.cleaned_data.get("full_name", "").strip()
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=Role.PRACTITIONER))
        return user
