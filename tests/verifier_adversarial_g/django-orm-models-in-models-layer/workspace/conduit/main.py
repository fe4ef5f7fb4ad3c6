"""Start-up: Django settings (the `conduit` app holds the models), schema sync, URLs, waitress."""

from __future__ import annotations

import types
from urllib.parse import urlparse

import django
from django.conf import settings as django_settings
from django.core.management import call_command
from django.core.wsgi import get_wsgi_application
from waitress import serve

from conduit.config import Settings, load_settings


def database_config(url: str) -> dict:
    if url.startswith("sqlite"):
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": url.split("sqlite:///", 1)[1]}
    parsed = urlparse(url)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parsed.path.lstrip("/"),
        "USER": parsed.username or "",
        "PASSWORD": parsed.password or "",
        "HOST": parsed.hostname or "localhost",
        "PORT": str(parsed.port or 5432),
    }


def configure_django(settings: Settings):  # type: ignore[no-untyped-def]
    urlconf = types.ModuleType("conduit_urls")
    django_settings.configure(
        DEBUG=False,
        SECRET_KEY=settings.jwt_secret,
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=urlconf,
        DATABASES={"default": database_config(settings.database_url)},
        INSTALLED_APPS=["conduit"],
        MIDDLEWARE=[],
        APPEND_SLASH=False,
        USE_TZ=True,
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    )
    django.setup()
    call_command("migrate", run_syncdb=True, verbosity=0)

    from conduit.container import build_services
    from conduit.routes import build_urlpatterns

    urlconf.urlpatterns = build_urlpatterns(build_services(settings))  # type: ignore[attr-defined]
    return get_wsgi_application()


def main() -> None:
    settings = load_settings()
    serve(configure_django(settings), host=settings.host, port=settings.port, threads=8, ident="conduit")


if __name__ == "__main__":
    main()
