from django.apps import AppConfig


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = "Community workshops"
    default_auto_field = "django.db.models.BigAutoField"
