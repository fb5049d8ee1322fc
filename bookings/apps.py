from django.apps import AppConfig


class BookingsConfig(AppConfig):
    name = "bookings"
    verbose_name = "Classroom courses and bookings"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bookings.receivers import issue_certificate
        from bookings.signals import session_attended

        session_attended.connect(issue_certificate, dispatch_uid="bookings_issue_certificate")
