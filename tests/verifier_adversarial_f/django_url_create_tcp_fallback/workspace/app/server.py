"""Django (settings configured in code) serving the API through waitress."""
from __future__ import annotations

import json
import os

import django
from django.conf import settings as django_settings

if not django_settings.configured:
    django_settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("JWT_SECRET", "dev"),
        ROOT_URLCONF="app.urls",
        ALLOWED_HOSTS=["*"],
        MIDDLEWARE=["app.middleware.django_errors.ErrorMiddleware"],
        INSTALLED_APPS=[],
        DATABASES={},
        USE_TZ=True,
    )
    django.setup()

from app.db import init_db  # noqa: E402

init_db()


from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()

if __name__ == "__main__":
    from waitress import serve

    serve(application, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)
