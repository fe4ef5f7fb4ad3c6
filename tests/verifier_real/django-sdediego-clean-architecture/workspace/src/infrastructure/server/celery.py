# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/server/celery.py
import os

from celery import Celery

env = os.environ.get('DJANGO_ENV')

os.environ.setdefault('DJANGO_SETTINGS_MODULE', settings_module)

app.config_from_object('django.conf:settings', namespace='CELERY')

app.autodiscover_tasks()
