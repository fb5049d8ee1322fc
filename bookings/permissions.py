"""Who may manage which session in the Wagtail admin. The model permissions (from the roles'
groups) say what someone may do to sessions at all; this narrows a trainer to the sessions they
run, by the rule `Session.objects.managed_by` that the register uses too."""

from wagtail.permission_policies import ModelPermissionPolicy

from bookings.models import Session


class SessionPermissionPolicy(ModelPermissionPolicy):
    def __init__(self):
        super().__init__(Session)

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return self.user_has_permission(user, action) and self.is_managed_by(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return self.user_has_any_permission(user, actions) and self.is_managed_by(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Session.objects.none()
        return Session.objects.managed_by(user)

    @staticmethod
    def is_managed_by(user, session: Session) -> bool:
        return Session.objects.managed_by(user).filter(pk=session.pk).exists()


session_permission_policy = SessionPermissionPolicy()
