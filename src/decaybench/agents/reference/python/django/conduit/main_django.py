"""Start-up for Django (web layer only: no ORM, no migrations): settings, URLs, waitress."""

from __future__ import annotations

import types

import django
from conduit.config import Settings, load_settings
from conduit.container import build_api
from conduit.routes.django_views import build_urlpatterns
from django.conf import settings as django_settings
from django.core.wsgi import get_wsgi_application
from waitress import serve


def configure_django(settings: Settings):  # type: ignore[no-untyped-def]
    # The URL configuration is a module object built here, so the views get the wired API.
    urlconf = types.ModuleType("conduit_urls")
    urlconf.urlpatterns = build_urlpatterns(build_api(settings))  # type: ignore[attr-defined]
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
        DATA_UPLOAD_MAX_MEMORY_SIZE=5 * 1024 * 1024,
    )
    django.setup()
    return get_wsgi_application()


def main() -> None:
    settings = load_settings()
    serve(configure_django(settings), host=settings.host, port=settings.port, threads=8, ident="conduit")


if __name__ == "__main__":
    main()
