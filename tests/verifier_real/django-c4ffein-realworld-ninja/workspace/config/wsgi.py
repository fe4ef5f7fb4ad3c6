# excerpt of https://github.com/c4ffein/realworld-django-ninja@04ef47ced437:config/wsgi.py
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
