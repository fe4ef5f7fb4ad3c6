# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/wsgi.py
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.django.base")
