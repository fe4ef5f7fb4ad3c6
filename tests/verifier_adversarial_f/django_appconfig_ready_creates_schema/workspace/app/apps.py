from django.apps import AppConfig


class ConduitConfig(AppConfig):
    name = "app"
    label = "conduit"
    default_auto_field = "django.db.models.AutoField"

    def ready(self) -> None:
        from app.db import init_db

        init_db()
