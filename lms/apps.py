from django.apps import AppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Safeguarding Learning Hub"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lms import lookups, shared_cache
        from lms.page_cache import receivers as page_cache_receivers
        from lms.spreadsheets import sanitise_wagtail_exports

        sanitise_wagtail_exports()
        lookups.register()
        page_cache_receivers.connect()
        shared_cache.connect()
