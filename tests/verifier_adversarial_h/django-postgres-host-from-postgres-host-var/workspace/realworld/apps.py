from django.apps import AppConfig


class RealworldConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "realworld"
