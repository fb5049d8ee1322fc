from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "eLearning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import user_logged_in

        from courses.receivers import claim_on_sign_in, issue_certificate
        from courses.signals import module_completed

        user_logged_in.connect(claim_on_sign_in, dispatch_uid="courses_claim_on_sign_in")
        module_completed.connect(issue_certificate, dispatch_uid="courses_issue_certificate")
