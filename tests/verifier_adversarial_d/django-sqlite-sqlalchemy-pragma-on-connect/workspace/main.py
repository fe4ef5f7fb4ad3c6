import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "web.settings")

from django.core.wsgi import get_wsgi_application
from waitress import serve

from data.engine import init_schema

init_schema()
serve(get_wsgi_application(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
