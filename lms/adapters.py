from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group
from django.urls import reverse

from lms.models import Role


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Send each role where its work is: editors to the CMS, practitioners to finish their
        profile first, everyone else to their dashboard."""
        user = request.user
        if user.has_role(Role.EDITOR, Role.ADMINISTRATOR):
            return reverse("wagtailadmin_home")
        if not user.has_profile and not user.has_role(
            Role.MANAGER, Role.TRAINER, Role.FINANCE, Role.WORKSHOP_COORDINATOR
        ):
            return reverse("profile")
        return super().get_login_redirect_url(request)

    def save_user(self, request, user, form, commit=True):
        """Everyone who signs up is a practitioner; other roles are granted by administrators."""
        user.full_name = form.cleaned_data.get("full_name", "").strip()
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=Role.PRACTITIONER))
        return user
