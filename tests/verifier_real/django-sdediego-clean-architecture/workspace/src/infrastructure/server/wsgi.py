# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/server/wsgi.py
import os

from django.core.wsgi import get_wsgi_application

env = os.environ.get('DJANGO_ENV')

os.environ.setdefault('DJANGO_SETTINGS_MODULE', settings_module)
