import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit_site.settings")
application = get_wsgi_application()

from api.db import init_db  # noqa: E402  (schema at start-up, once settings are loaded)

init_db()
