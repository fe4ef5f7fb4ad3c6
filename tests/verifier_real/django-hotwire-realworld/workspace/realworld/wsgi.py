# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:realworld/wsgi.py
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'realworld.settings')
