# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:config/asgi.py
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
