"""Start-up: points Django at conduit.settings and serves the WSGI app with waitress."""

from __future__ import annotations

import os

from waitress import serve


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")
    from django.core.wsgi import get_wsgi_application

    from conduit.config import load_settings

    settings = load_settings()
    application = get_wsgi_application()
    serve(application, host=settings.host, port=settings.port, threads=8, ident="conduit")


if __name__ == "__main__":
    main()
