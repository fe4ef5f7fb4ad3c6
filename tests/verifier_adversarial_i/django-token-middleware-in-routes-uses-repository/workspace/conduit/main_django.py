"""Start-up: configure Django in code, create the schema, serve the WSGI app with waitress."""

import os

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "conduit-dev"),
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF="conduit.routes.urls",
    APPEND_SLASH=False,
    INSTALLED_APPS=[],
    MIDDLEWARE=[
        "django.middleware.common.CommonMiddleware",
        "conduit.routes.middleware.TokenUserMiddleware",
    ],
)
django.setup()

from django.core.wsgi import get_wsgi_application  # noqa: E402
from waitress import serve  # noqa: E402

from conduit.repositories.database import init_db  # noqa: E402

if __name__ == "__main__":
    init_db()
    serve(get_wsgi_application(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)
