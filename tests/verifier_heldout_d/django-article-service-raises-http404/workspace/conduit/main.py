"""Start-up: configure Django, create the schema, serve the WSGI app with waitress."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")

from django.core.wsgi import get_wsgi_application  # noqa: E402
from waitress import serve  # noqa: E402

from conduit.container import build_services  # noqa: E402
from conduit.views.api import configure  # noqa: E402


def main() -> None:
    application = get_wsgi_application()
    configure(build_services())
    serve(application, host=os.environ.get("HOST", "0.0.0.0"), port=int(os.environ.get("PORT", "8080")), threads=8)


if __name__ == "__main__":
    main()
