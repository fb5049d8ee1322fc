from django.apps import AppConfig


class BookingsConfig(AppConfig):
    name = "bookings"
    verbose_name = "Classroom courses and bookings"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        import bookings.exports  # noqa: F401  (registers finance's kinds of stored export)
        from bookings.receivers import grant_accreditation, issue_certificate
        from bookings.signals import session_attended

        session_attended.connect(issue_certificate, dispatch_uid="bookings_issue_certificate")
        session_attended.connect(grant_accreditation, dispatch_uid="bookings_grant_accreditation")
