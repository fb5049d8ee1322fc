from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = "Certificates and accreditation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import email_confirmed

        import certificates.exports  # noqa: F401  (registers the register's stored export)
        from certificates.receivers import claim_held_accreditations

        email_confirmed.connect(claim_held_accreditations, dispatch_uid="certificates_claim_held")
