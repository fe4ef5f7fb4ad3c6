# excerpt of https://github.com/c4ffein/realworld-django-htmx@554721d279be:config/wsgi.py
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
