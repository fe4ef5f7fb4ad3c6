"""Start-up for Django (web layer only; the data layer is SQLAlchemy): settings, URLs, waitress."""

from __future__ import annotations

import types

import django
from django.conf import settings as django_settings
from django.core.wsgi import get_wsgi_application
from waitress import serve

from .config import Settings, load_settings
from .container import build_services
from .routes import build_urlpatterns


def configure_django(settings: Settings):  # type: ignore[no-untyped-def]
    urlconf = types.ModuleType("conduit_urls")
    urlconf.urlpatterns = build_urlpatterns(build_services(settings))  # type: ignore[attr-defined]
    django_settings.configure(
        DEBUG=False,
        SECRET_KEY=settings.jwt_secret,
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=urlconf,
        DATABASES={},
        INSTALLED_APPS=[],
        MIDDLEWARE=[],
        APPEND_SLASH=False,
        USE_TZ=True,
    )
    django.setup()
    return get_wsgi_application()


def main() -> None:
    settings = load_settings()
    serve(configure_django(settings), host=settings.host, port=settings.port, threads=8, ident="conduit")


if __name__ == "__main__":
    main()
