from django.apps import AppConfig


class ConduitConfig(AppConfig):
    name = "conduit"

    def ready(self):
        from django.core.management import call_command
        call_command("migrate", run_syncdb=True, verbosity=0)
