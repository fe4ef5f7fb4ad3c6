"""Serve the WSGI application with waitress on $PORT (optionally migrating first)."""

import os

import django
from waitress import serve

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")


def main() -> None:
    django.setup()
    if os.environ.get("DJANGO_AUTO_MIGRATE") == "1":
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=1)

    from conduit.wsgi import application

    serve(application, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)


if __name__ == "__main__":
    main()
