"""Django (settings configured in code) serving the API through waitress."""
from __future__ import annotations

import json
import os

from pathlib import Path

import django
from django.conf import settings as django_settings

if not django_settings.configured:
    django_settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("JWT_SECRET", "dev"),
        ROOT_URLCONF="app.urls",
        ALLOWED_HOSTS=["*"],
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "app.middleware.django_errors.ErrorMiddleware",
        ],
        INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.sessions"],
        SESSION_ENGINE="django.contrib.sessions.backends.db",
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": Path(__file__).resolve().parent.parent / "db.sqlite3"}},
        USE_TZ=True,
    )
    django.setup()

from app.db import init_db  # noqa: E402

from django.core.management import call_command  # noqa: E402

init_db()
call_command("migrate", interactive=False, verbosity=0)


from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()

if __name__ == "__main__":
    from waitress import serve

    serve(application, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)
