"""Start-up: settings, schema, then waitress serving Django's WSGI app."""
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")

import django  # noqa: E402

django.setup()

from django.core.wsgi import get_wsgi_application  # noqa: E402
from waitress import serve  # noqa: E402

from conduit.wiring import create_schema  # noqa: E402

if __name__ == "__main__":
    create_schema()
    serve(get_wsgi_application(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
