# excerpt of hotwire-django/hotwire-django-realworld@e2ff333f8e8f:realworld/asgi.py
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'realworld.settings')
