"""Start-up: configure Django, build the services, serve the WSGI app with waitress."""
from __future__ import annotations

import os

from dotenv import load_dotenv  # noqa: E402

# .env wins so that every developer runs against the same settings.
load_dotenv(os.path.join(os.path.dirname(os.path.dirname(__file__)), ".env"), override=True)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")

import django  # noqa: E402

django.setup()

from django.core.wsgi import get_wsgi_application  # noqa: E402
from waitress import serve  # noqa: E402

from conduit.container import services  # noqa: E402

if __name__ == "__main__":
    services()  # create the schema and the services before the first request
    serve(get_wsgi_application(), host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), threads=8)
