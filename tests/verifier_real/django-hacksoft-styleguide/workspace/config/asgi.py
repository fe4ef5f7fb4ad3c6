# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/asgi.py
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.django.base")
