from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group
from django.urls import reverse

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

    def save_user(self, request, user, form, commit=True):
        """Everyone who signs up is a practitioner; other roles are granted by administrators."""
        user.full_name = form.cleaned_data.get("full_name", "").strip()
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=Role.PRACTITIONER))
        return user
